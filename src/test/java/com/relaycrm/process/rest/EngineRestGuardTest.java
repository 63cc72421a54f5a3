package com.relaycrm.process.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.ServiceRequestFixtures;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.TasklistSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * The engine REST API as an attacker with a staff login uses it: what a start or a task completion may carry, and
 * which writes are not for staff at all. Each refusal leaves the task open and the process as it was.
 */
@RelayIntegrationTest
class EngineRestGuardTest {

    @Autowired Api api;
    @Autowired com.relaycrm.service.ServiceRequestQueries requests;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ApplicationContext context;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

    @Autowired ServiceRequestFixtures serviceRequests;

    ServiceRequest request;
    Task dispatch;

    @BeforeEach
    void aRequestWaitingForDispatch() {
        ServiceRequestFixtures.Waiting waiting = serviceRequests.requestWaitingForDispatch();
        request = waiting.request();
        dispatch = waiting.task();
    }

    @Test
    void aCompletionMaySetOnlyTheFieldsOfTheTasksForm() {
        ResponseEntity<Map<String, Object>> answer = complete("service1", dispatch, """
                {"engineerId": {"value": "engineer1"}, "serviceRequestId": {"value": 1, "type": "Long"}}""");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("message").toString()).contains("'serviceRequestId' is not a field of the form");
        assertStillWaitingForDispatch();
    }

    @Test
    void aDisplayedFieldCannotBeChangedOnCompletion() {
        ResponseEntity<Map<String, Object>> answer = complete("service1", dispatch, """
                {"engineerId": {"value": "engineer1"}, "requestNumber": {"value": "SR-999999"}}""");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("message").toString())
                .isEqualTo("Request number / 单号 is shown for information and cannot be changed");
        assertStillWaitingForDispatch();
    }

    @Test
    void aRequiredFieldMustBeFilledIn() {
        ResponseEntity<Map<String, Object>> answer = complete("service1", dispatch, """
                {"dispatchNote": {"value": "today"}}""");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("message").toString()).endsWith("is required");
        assertStillWaitingForDispatch();
    }

    @Test
    void textWithControlOrDirectionCharactersIsRefusedNamingTheField() {
        for (String note : List.of("fine\\u0000", "evil\\u202Etxt.exe")) {
            ResponseEntity<Map<String, Object>> answer = complete("service1", dispatch,
                    "{\"engineerId\": {\"value\": \"engineer1\"}, \"dispatchNote\": {\"value\": \"" + note + "\"}}");
            assertThat(answer.getStatusCode().value()).as(note).isEqualTo(400);
            assertThat(answer.getBody().get("message").toString()).as(note).startsWith("Note for the engineer / 给工程师的备注 contains a");
        }
        ResponseEntity<Map<String, Object>> tooLong = complete("service1", dispatch,
                "{\"engineerId\": {\"value\": \"" + "e".repeat(501) + "\"}}");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody().get("message").toString())
                .startsWith("Engineer / 工程师 must be one of the offered choices");
        assertStillWaitingForDispatch();
    }

    @Test
    void aChoiceMustBeOneOfTheOfferedOptionsExactly() {
        completeAsJava(dispatch, Map.of("engineerId", "engineer1"));
        Task acceptance = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult();

        for (String decision : List.of("accept", "Accept", "ACCEPT ", "MAYBE")) {
            ResponseEntity<Map<String, Object>> answer = complete("engineer1", acceptance,
                    "{\"engineerDecision\": {\"value\": \"" + decision + "\"}}");
            assertThat(answer.getStatusCode().value()).as(decision).isEqualTo(400);
            assertThat(answer.getBody().get("message").toString()).as(decision)
                    .contains("must be one of the offered choices");
        }
        assertThat(taskService.createTaskQuery().taskId(acceptance.getId()).count()).isOne();
        assertThat(runtimeService.getVariable(request.getProcessInstanceId(), "engineerDecision")).isNull();
        assertThat(complete("engineer1", acceptance, "{\"engineerDecision\": {\"value\": \"ACCEPT\"}}")
                .getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void theLegitimateCompletionGoesThroughWithTheFormsFields() {
        ResponseEntity<Map<String, Object>> answer = complete("service1", dispatch, """
                {"engineerId": {"value": "engineer1", "type": "String"},
                 "dispatchNote": {"value": "Bring a spare panel", "type": "String"},
                 "requestNumber": {"value": "%s", "type": "String"}}""".formatted(request.getRequestNumber()));

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).count()).isZero();
        assertThat(requests.details(request.getId()).request().getStatus().name()).isEqualTo("DISPATCHED");
    }

    @Test
    void aTaskTheUserCannotSeeIsLeftToTheEngineToRefuse() {
        ResponseEntity<Map<String, Object>> answer = complete("sales1", dispatch, """
                {"serviceRequestId": {"value": 1}}""");

        assertThat(answer.getStatusCode().value()).as("no hint whether the task exists").isIn(403, 404);
        assertThat(String.valueOf(answer.getBody())).doesNotContain("serviceRequestId");
        assertStillWaitingForDispatch();
    }

    @Test
    void processesTheApplicationStartsCannotBeStartedByStaff() {
        long before = runtimeService.createProcessInstanceQuery().count();
        for (String key : List.of("opportunity", "lead-lifecycle", "points-redemption", "consumption-points", "loan",
                "service-plan", "card-swipe")) {
            ResponseEntity<Map<String, Object>> answer = api.post("sales1",
                    "/engine-rest/process-definition/key/" + key + "/start?withVariablesInReturn=true",
                    "{\"variables\": {\"opportunityId\": {\"value\": 1, \"type\": \"Long\"}}, \"withVariablesInReturn\": true}");
            assertThat(answer.getStatusCode().value()).as(key).isEqualTo(403);
            assertThat(answer.getBody().get("message").toString()).as(key).contains("is started by Relay CRM itself");
        }
        ResponseEntity<Map<String, Object>> asAdmin = api.post("demo",
                "/engine-rest/process-definition/key/opportunity/start", "{}");
        assertThat(asAdmin.getStatusCode().value()).as("administrators neither").isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void tasklistOffersStaffOnlyTheProcessesWithAStartForm() {
        String startable = api.get("sales1", "/engine-rest/process-definition?latestVersion=true&active=true"
                + "&startablePermissionCheck=true&startableInTasklist=true").getBody();
        assertThat(startable).contains("\"key\":\"expense-approval\"", "\"key\":\"approval-delegation\"")
                .doesNotContain("\"key\":\"opportunity\"", "\"key\":\"lead-lifecycle\"", "\"key\":\"loan\"",
                        "\"key\":\"points-redemption\"", "\"key\":\"consumption-points\"");
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId("opportunity").hasPermission(Permissions.CREATE_INSTANCE).count()).isZero();
    }

    @Test
    void aStartGrantFromAnEarlierVersionIsRevokedAtStartUp() throws Exception {
        Authorization stale = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        stale.setGroupId("sales");
        stale.setResource(Resources.PROCESS_DEFINITION);
        stale.setResourceId("loan");
        stale.addPermission(Permissions.CREATE_INSTANCE);
        authorizationService.saveAuthorization(stale);

        ((ApplicationRunner) context.getBean("standardAuthorizations")).run(new DefaultApplicationArguments());

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("sales")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("loan").count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("sales")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("expense-approval")
                .hasPermission(Permissions.CREATE_INSTANCE).count()).as("configured starters keep theirs").isOne();
    }

    @Test
    void aStartFormStartTakesOnlyTheStartFormsFieldsAndNoBusinessKey() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("service-request").count();
        ResponseEntity<Map<String, Object>> boundToAnother = api.post("service1",
                "/engine-rest/process-definition/key/service-request/submit-form", """
                {"variables": {"customerCode": {"value": "CUST-0001"}, "requestType": {"value": "REPAIR"},
                  "subject": {"value": "Noise"}, "description": {"value": "Loud"},
                  "serviceRequestId": {"value": %d, "type": "Long"}}}""".formatted(request.getId()));
        assertThat(boundToAnother.getStatusCode().value()).isEqualTo(400);
        assertThat(boundToAnother.getBody().get("message").toString()).contains("'serviceRequestId' is not a field");

        ResponseEntity<Map<String, Object>> withKey = api.post("service1",
                "/engine-rest/process-definition/key/service-request/start", """
                {"businessKey": "%s", "variables": {"customerCode": {"value": "CUST-0001"},
                  "requestType": {"value": "REPAIR"}, "subject": {"value": "Noise"}, "description": {"value": "Loud"}}}"""
                        .formatted(request.getRequestNumber()));
        assertThat(withKey.getStatusCode().value()).isEqualTo(400);
        assertThat(withKey.getBody().get("message").toString()).contains("'businessKey' cannot be set");

        ResponseEntity<Map<String, Object>> atAStep = api.post("service1",
                "/engine-rest/process-definition/key/service-request/start", """
                {"startInstructions": [{"type": "startBeforeActivity", "activityId": "CloseRequest"}]}""");
        assertThat(atAStep.getStatusCode().value()).isEqualTo(400);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("service-request").count())
                .isEqualTo(before);

        ResponseEntity<Map<String, Object>> legitimate = api.post("service1",
                "/engine-rest/process-definition/key/service-request/submit-form", """
                {"variables": {"customerCode": {"value": "CUST-0001"}, "requestType": {"value": "REPAIR"},
                  "subject": {"value": "Noise"}, "description": {"value": "Loud"}}}""");
        assertThat(legitimate.getStatusCode().value()).isEqualTo(200);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("service-request").count())
                .isEqualTo(before + 1);
    }

    @Test
    void staffCannotWriteVariablesCorrelateMessagesOrSignalDirectly() {
        String task = "/engine-rest/task/" + dispatch.getId();
        String process = "/engine-rest/process-instance/" + request.getProcessInstanceId();
        assertThat(api.put("service1", task + "/variables/serviceRequestId",
                "{\"value\": 1, \"type\": \"Long\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(api.put("service1", task + "/localVariables/engineerId",
                "{\"value\": \"engineer2\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("service1", task + "/variables",
                "{\"modifications\": {\"x\": {\"value\": 1}}}").getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("service1", process + "/variables",
                "{\"modifications\": {\"x\": {\"value\": 1}}}").getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("service1", "/engine-rest/message",
                "{\"messageName\": \"LeadRecycled\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("service1", "/engine-rest/signal", "{\"name\": \"x\"}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.post("service1", task + "/bpmnError", "{\"errorCode\": \"x\"}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.post("service1", "/engine-rest/engine/default/task/" + dispatch.getId() + "/variables",
                "{\"modifications\": {\"x\": {\"value\": 1}}}").getStatusCode().value())
                .as("the named-engine path too").isEqualTo(403);
        assertThat(api.post("service1", "/engine-rest/task/" + dispatch.getId() + "/%63omplete",
                "{\"variables\": {\"x\": {\"value\": 1}}}").getStatusCode().value())
                .as("an encoded path is decoded first").isIn(400, 404);
        assertThat(runtimeService.getVariables(request.getProcessInstanceId())).doesNotContainKey("x");
        assertStillWaitingForDispatch();

        assertThat(api.put("demo", process + "/variables/repairNote", "{\"value\": \"checked\"}")
                .getStatusCode().value()).as("an administrator repairing in Cockpit").isEqualTo(204);
        assertThat(runtimeService.getVariable(request.getProcessInstanceId(), "repairNote")).isEqualTo("checked");
    }

    @Test
    void queriesSentAsPostStillWork() {
        ResponseEntity<String> tasks = api.postForText("service1", "/engine-rest/task",
                "{\"processInstanceId\": \"" + request.getProcessInstanceId() + "\"}");
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.getBody()).contains(dispatch.getId());
        assertThat(api.postForText("service1", "/engine-rest/variable-instance", "{}").getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void tasklistsOwnPathToTheEngineIsGuardedToo() {
        TasklistSession session = TasklistSession.signIn(rest, "service1");

        ResponseEntity<String> tampered = session.post("/camunda/api/engine/engine/default/task/" + dispatch.getId()
                + "/submit-form", "{\"variables\": {\"engineerId\": {\"value\": \"engineer1\"},"
                + " \"serviceRequestId\": {\"value\": 1, \"type\": \"Long\"}}}");
        assertThat(tampered.getStatusCode().value()).isEqualTo(400);
        assertThat(tampered.getBody()).contains("'serviceRequestId' is not a field of the form");
        assertStillWaitingForDispatch();

        ResponseEntity<String> started = session.post(
                "/camunda/api/engine/engine/default/process-definition/key/opportunity/submit-form", "{}");
        assertThat(started.getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> legitimate = session.post("/camunda/api/engine/engine/default/task/" + dispatch.getId()
                + "/submit-form", "{\"variables\": {\"engineerId\": {\"value\": \"engineer1\"}}}");
        assertThat(legitimate.getStatusCode().value()).isEqualTo(204);
    }

    private ResponseEntity<Map<String, Object>> complete(String user, Task task, String variables) {
        return api.post(user, "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": " + variables + "}");
    }

    private void completeAsJava(Task task, Map<String, Object> variables) {
        org.camunda.bpm.engine.IdentityService identity = context.getBean(org.camunda.bpm.engine.IdentityService.class);
        identity.setAuthentication("service1", List.of("service"));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private void assertStillWaitingForDispatch() {
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).count()).as("the task is still open").isOne();
        assertThat(requests.details(request.getId()).request().getStatus().name()).isEqualTo("TRIAGED");
        assertThat(runtimeService.getVariable(request.getProcessInstanceId(), "engineerId")).isNull();
    }
}
