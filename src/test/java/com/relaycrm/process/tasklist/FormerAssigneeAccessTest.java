package com.relaycrm.process.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A task given to someone else is no longer the former assignee's: the engine grants an assignee the task (READ and
 * UPDATE) and never takes it back, so after a reassignment the former assignee still read the task's variables and
 * form data and could assign it back to themself through the engine REST API. Their grant goes with the assignment
 * now, unless they still own the task or are one of its candidate users.
 */
@RelayIntegrationTest
class FormerAssigneeAccessTest {

    @Autowired ServiceRequestFixtures requests;
    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;
    @Autowired Api api;

    @Test
    void aFormerAssigneeNeitherReadsNorTakesBackATaskGivenToSomeoneElse() {
        Task dispatch = requests.waitingForDispatch();   // offered to the service desk (group service)
        String task = "/engine-rest/task/" + dispatch.getId();
        // engineer1 is in no group the task is offered to: what they may do comes from being its assignee
        taskService.setAssignee(dispatch.getId(), "engineer1");
        assertThat(api.get("engineer1", task + "/variables").getStatusCode().value()).as("assignee reads").isEqualTo(200);

        taskService.setAssignee(dispatch.getId(), "servicemgr1");

        assertThat(grants("engineer1", dispatch)).isZero();
        assertThat(grants("servicemgr1", dispatch)).isOne();
        for (String read : new String[] {"", "/variables", "/form-variables", "/form"}) {
            ResponseEntity<String> answer = api.get("engineer1", task + read);
            assertThat(answer.getStatusCode().is2xxSuccessful()).as("GET task" + read + ": " + answer).isFalse();
        }
        for (String write : new String[] {"/assignee", "/claim"}) {
            ResponseEntity<Map<String, Object>> answer = api.post("engineer1", task + write,
                    "{\"userId\":\"engineer1\"}");
            assertThat(answer.getStatusCode().is2xxSuccessful()).as("POST task" + write + ": " + answer).isFalse();
        }
        assertThat(taskService.createTaskQuery().taskId(dispatch.getId()).singleResult().getAssignee())
                .isEqualTo("servicemgr1");
        assertThat(api.get("servicemgr1", task + "/variables").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anOwnerWhoDelegatedKeepsTheTaskAndTheDelegateLosesItOnceResolved() {
        Task dispatch = requests.waitingForDispatch();
        String task = "/engine-rest/task/" + dispatch.getId();
        taskService.setAssignee(dispatch.getId(), "servicemgr1");
        taskService.delegateTask(dispatch.getId(), "engineer1");   // servicemgr1 becomes the owner

        assertThat(api.get("servicemgr1", task + "/variables").getStatusCode().value()).as("owner").isEqualTo(200);
        assertThat(api.get("engineer1", task + "/variables").getStatusCode().value()).as("delegate").isEqualTo(200);

        taskService.resolveTask(dispatch.getId());                  // back to servicemgr1
        assertThat(api.get("servicemgr1", task + "/variables").getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("engineer1", task + "/variables").getStatusCode().is2xxSuccessful()).as("delegate")
                .isFalse();
        assertThat(grants("engineer1", dispatch)).isZero();
    }

    private long grants(String user, Task task) {
        return authorizationService.createAuthorizationQuery().userIdIn(user).resourceType(Resources.TASK)
                .resourceId(task.getId()).count();
    }
}
