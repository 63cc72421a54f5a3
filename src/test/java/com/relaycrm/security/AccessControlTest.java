package com.relaycrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.customer.Customer;
import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who may reach what: nothing anonymously, tasks only for their groups, records only as the role allows. */
@RelayIntegrationTest
class AccessControlTest {

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;

    @Autowired ServiceRequestFixtures serviceRequests;

    ServiceRequest request;
    Task dispatchTask;

    @BeforeEach
    void aRequestWaitingForDispatch() {
        ServiceRequestFixtures.Waiting waiting = serviceRequests.requestWaitingForDispatch();
        request = waiting.request();
        dispatchTask = waiting.task();
    }

    @AfterEach
    void clearIdentity() {
        identityService.clearAuthentication();
    }

    @Test
    void nothingButTheLoginAndTheHealthStatusIsReachableAnonymously() {
        for (String path : List.of("/api/customers", "/api/service-requests", "/api/service-requests/" + request.getId(),
                "/engine-rest/task", "/engine-rest/process-definition", "/actuator/info",
                "/camunda/api/engine/engine/default/task")) {
            assertThat(api.get(null, path).getStatusCode().value()).as(path).isIn(401, 403);
        }
        assertThat(api.get(null, "/camunda/app/tasklist/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("service1", "/api/customers").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(api.get("service1", "wrong", "/api/customers").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("service1", "wrong", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("nobody", "nobody", "/api/customers").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aUserOfAnotherGroupNeitherSeesNorCompletesTheTask() {
        identityService.setAuthentication("sales1", List.of("sales"));
        assertThat(taskService.createTaskQuery().taskId(dispatchTask.getId()).count()).isZero();
        assertThatThrownBy(() -> taskService.complete(dispatchTask.getId(), Map.of("engineerId", "engineer1")))
                .isInstanceOf(AuthorizationException.class);

        identityService.setAuthentication("service1", List.of("service"));
        assertThat(taskService.createTaskQuery().taskId(dispatchTask.getId()).count()).isOne();
        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(dispatchTask.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theEngineRestApiShowsEachUserOnlyTheirTasks() {
        String path = "/engine-rest/task?processInstanceId=" + request.getProcessInstanceId();
        assertThat(api.get("service1", path).getBody()).contains(dispatchTask.getId());
        assertThat(api.get("sales1", path).getBody()).isEqualTo("[]");
        assertThat(api.get("engineer1", path).getBody()).isEqualTo("[]");
        ResponseEntity<String> form = api.get("service1", "/engine-rest/task/" + dispatchTask.getId() + "/deployed-form");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).as("the Camunda Form Tasklist renders for the task")
                .contains("\"service-request-dispatch\"");
        assertThat(api.get("sales1", "/engine-rest/task/" + dispatchTask.getId() + "/deployed-form").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tasklistCardsShowTheRequestToThoseWhoMaySeeTheTaskButNotTheWholeProcess() {
        String filterId = filterService.createTaskFilterQuery().filterName("My group tasks / 我的组任务").singleResult().getId();
        String list = api.getHal("service1", "/engine-rest/filter/" + filterId + "/list?maxResults=500");
        assertThat(list).contains(dispatchTask.getId()).contains(request.getRequestNumber()).contains("Display flickers");
        assertThat(api.getHal("sales1", "/engine-rest/filter/" + filterId + "/list?maxResults=500"))
                .doesNotContain(request.getRequestNumber());
        assertThat(api.get("service1", "/engine-rest/process-instance/" + request.getProcessInstanceId() + "/variables")
                .getStatusCode()).as("the process instance itself stays closed").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void serviceRequestsAreVisibleToTheDeskAndToTheEngineerTheyWereDispatchedTo() {
        String path = "/api/service-requests/" + request.getId();
        assertThat(api.getJson("service1", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getJson("engineer1", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getJson("sales1", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("sales1", "/api/service-requests").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        identityService.setAuthentication("service1", List.of("service"));
        taskService.complete(dispatchTask.getId(), Map.of("engineerId", "engineer1"));
        identityService.clearAuthentication();

        assertThat(api.getJson("engineer1", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.allPages("engineer1", "/api/service-requests")).contains(request.getRequestNumber());
        assertThat(api.getJson("engineer2", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.allPages("engineer2", "/api/service-requests")).doesNotContain(request.getRequestNumber());
    }

    @Test
    void aSalesRepSeesOnlyTheCustomersTheyOwn() {
        Customer ownedBySales1 = fixtures.company();
        String sales1Customers = api.allPages("sales1", "/api/customers");
        assertThat(sales1Customers).contains(ownedBySales1.getCode()).doesNotContain("CUST-0002");
        assertThat(api.allPages("salesmgr1", "/api/customers")).contains("CUST-0002", ownedBySales1.getCode());
        assertThat(api.get("engineer1", "/api/customers").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyTheServiceDeskOpensServiceRequests() {
        String body = "{\"customerId\":" + request.getCustomerId() + ",\"type\":\"REPAIR\",\"subject\":\"s\",\"description\":\"d\"}";
        assertThat(api.post("sales1", "/api/service-requests", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("engineer1", "/api/service-requests", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("service1", "/api/service-requests", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
