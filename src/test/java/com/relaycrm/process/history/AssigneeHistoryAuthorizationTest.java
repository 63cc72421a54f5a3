package com.relaycrm.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.organisation.Groups;
import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ServiceRequestFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claiming or being given a task grants its assignee the task (the engine's DefaultAuthorizationProvider: a TASK
 * grant of READ and UPDATE for the user), never its history: with historic instance permissions off (the default,
 * kept) the engine adds no HISTORIC_TASK or HISTORIC_PROCESS_INSTANCE grant, so neither the assignee nor, once the
 * task went to someone else, the former assignee reads the instance's history: its tasks, steps, variables, the
 * instance or its operation log, through the engine's API or its REST.
 * <p>
 * (The former assignee's TASK grant goes with the reassignment: process/tasklist/FormerAssigneeGrants,
 * FormerAssigneeAccessTest.)
 */
@RelayIntegrationTest
class AssigneeHistoryAuthorizationTest {

    @Autowired ServiceRequestFixtures requests;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ProcessEngineConfigurationImpl configuration;
    @Autowired DemoUsers demoUsers;
    @Autowired Api api;

    @Test
    void anAssigneeNowOrBeforeReadsNoneOfTheInstancesHistory() {
        assertThat(configuration.isEnableHistoricInstancePermissions()).isFalse();
        Task dispatch = requests.waitingForDispatch();   // for the service desk (group service)
        String instance = dispatch.getProcessInstanceId();
        // engineer1 is in no group the process offers the task to: whatever they may read comes from being assignee
        taskService.setAssignee(dispatch.getId(), "engineer1");
        assertThat(grantsOnHistory(dispatch)).isEmpty();
        assertThat(authorizationService.createAuthorizationQuery().userIdIn("engineer1")
                .resourceType(Resources.TASK).resourceId(dispatch.getId()).count()).isOne();
        assertNoHistory("engineer1", instance, dispatch.getId());

        taskService.setAssignee(dispatch.getId(), "servicemgr1");
        assertThat(grantsOnHistory(dispatch)).isEmpty();
        assertNoHistory("engineer1", instance, dispatch.getId());
        assertNoHistory("servicemgr1", instance, dispatch.getId());
        // the engine's history holds it all (the checks above can fail): read without a user
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isPositive();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count())
                .isPositive();
    }

    /**
     * Grants on the history of the task or its instance, or on all history but to the engine's administrators
     * (camunda-admin holds every resource).
     */
    private List<Authorization> grantsOnHistory(Task task) {
        return authorizationService.createAuthorizationQuery().list().stream()
                .filter(a -> a.getResourceType() == Resources.HISTORIC_TASK.resourceType()
                        || a.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType())
                .filter(a -> List.of(task.getId(), task.getProcessInstanceId()).contains(a.getResourceId())
                        || !Groups.CAMUNDA_ADMIN.equals(a.getGroupId()))
                .toList();
    }

    private void assertNoHistory(String user, String instance, String taskId) {
        Map<String, Supplier<Long>> queries = new LinkedHashMap<>();
        queries.put("historic tasks", () -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(instance).count());
        queries.put("the historic task", () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).count());
        queries.put("historic steps", () -> historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance).count());
        queries.put("historic variables", () -> historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance).count());
        queries.put("variable changes", () -> historyService.createHistoricDetailQuery().processInstanceId(instance)
                .count());
        queries.put("the historic instance", () -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance).count());
        queries.put("the instance's operation log", () -> historyService.createUserOperationLogQuery()
                .processInstanceId(instance).count());
        queries.forEach((what, count) -> assertThat(demoUsers.actAs(user, count)).as(user + ": " + what).isZero());
        for (String path : List.of("history/task?processInstanceId=", "history/activity-instance?processInstanceId=",
                "history/variable-instance?processInstanceId=", "history/detail?processInstanceId=",
                "history/process-instance?processInstanceId=", "history/user-operation?processInstanceId=")) {
            assertThat(api.get(user, "/engine-rest/" + path + instance).getBody()).as(user + " " + path)
                    .isEqualTo("[]");
        }
        assertThat(api.get(user, "/engine-rest/history/task?taskId=" + taskId).getBody()).as(user).isEqualTo("[]");
    }
}
