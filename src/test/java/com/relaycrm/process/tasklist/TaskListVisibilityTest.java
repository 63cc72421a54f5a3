package com.relaycrm.process.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.support.Api;
import com.relaycrm.support.DemoUsers;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task lists answered by involvement ({@link TaskListVisibility}) show each person exactly the tasks of their
 * groups and those given to them, at volume: 2,000 open tasks across three groups, some claimed, some offered to a
 * user by name, some delegated. Lists and counts through the engine, Tasklist's filters and the engine REST API
 * agree with the rule; commands on other people's tasks are still refused by the engine.
 */
@RelayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListVisibilityTest {

    private static final String PROCESS = "visibility-at-volume";
    private static final String[] GROUPS = {"service", "engineer", "warehouse"};
    private static final int TASKS = 2_000;

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;
    @Autowired DemoUsers demoUsers;
    @Autowired Api api;

    /** What each user should see, by the rule, from how the tasks were made. */
    private final Map<String, Set<String>> expected = new HashMap<>();
    private final Set<String> all = new HashSet<>();
    private String deploymentId;

    @BeforeAll
    void openTasks() {
        deploymentId = repositoryService.createDeployment().name(PROCESS)
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Work").camundaCandidateGroups("${group}").endEvent().done())
                .deploy().getId();
        for (String user : List.of("service1", "servicemgr1", "engineer1", "engineer2", "warehouse1", "sales1")) {
            expected.put(user, new HashSet<>());
        }
        for (int i = 0; i < TASKS; i++) {
            String group = GROUPS[i % GROUPS.length];
            String id = runtimeService.startProcessInstanceByKey(PROCESS, "vis-" + i, Map.of("group", group))
                    .getId();
            Task task = taskService.createTaskQuery().processInstanceId(id).singleResult();
            all.add(task.getId());
            members(group).forEach(member -> expected.get(member).add(task.getId()));
            if (i % 50 == 1) {
                // claimed by a member: still the group's task, and the claimer's
                String claimer = members(group).get(0);
                taskService.claim(task.getId(), claimer);
            }
            if (i % 97 == 2) {
                // offered to sales1 by name, outside their groups
                taskService.addCandidateUser(task.getId(), "sales1");
                expected.get("sales1").add(task.getId());
            }
            if (i % 101 == 3 && group.equals("engineer")) {
                // delegated by an engineer to the warehouse: owner and assignee both see it
                taskService.setOwner(task.getId(), "engineer1");
                taskService.setAssignee(task.getId(), "warehouse1");
                expected.get("warehouse1").add(task.getId());
            }
        }
    }

    /** The 2,000 tasks leave with their deployment: the other test classes share this database. */
    @AfterAll
    void removeTasks() {
        repositoryService.deleteDeployment(deploymentId, true, true);
    }

    @Test
    void eachUserListsAndCountsExactlyTheTasksOfTheirGroupsAndThoseGivenToThem() {
        expected.forEach((user, tasks) -> {
            List<String> listed = demoUsers.actAs(user, () -> taskService.createTaskQuery()
                    .processDefinitionKey(PROCESS).list().stream().map(Task::getId).toList());
            assertThat(new HashSet<>(listed)).as(user).isEqualTo(tasks);
            assertThat(listed).as(user + " without duplicates").doesNotHaveDuplicates();
            assertThat(demoUsers.actAs(user, () -> taskService.createTaskQuery().processDefinitionKey(PROCESS).count()))
                    .as(user).isEqualTo(tasks.size());
        });
        assertThat(expected.get("service1")).hasSizeGreaterThan(600);
        assertThat(expected.get("sales1")).hasSizeBetween(10, 40);
    }

    @Test
    void tasklistFiltersAndTheEngineRestApiAgree() {
        String groupFilter = filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).singleResult().getId();
        long unclaimedEngineerTasks = expected.get("engineer2").stream()
                .filter(id -> taskService.createTaskQuery().taskId(id).singleResult().getAssignee() == null).count();
        assertThat(demoUsers.actAs("engineer2", () -> filterService.count(groupFilter,
                taskService.createTaskQuery().processDefinitionKey(PROCESS)))).isEqualTo(unclaimedEngineerTasks);
        List<Task> page = demoUsers.actAs("engineer2", () -> filterService.listPage(groupFilter,
                taskService.createTaskQuery().processDefinitionKey(PROCESS), 0, 15));
        assertThat(page).hasSize(15)
                .allMatch(task -> expected.get("engineer2").contains(task.getId()) && task.getAssignee() == null);
        assertThat(api.get("engineer2", "/engine-rest/task/count?processDefinitionKey=" + PROCESS).getBody())
                .isEqualTo("{\"count\":" + expected.get("engineer2").size() + "}");
        assertThat(api.get("warehouse1", "/engine-rest/task/count?processDefinitionKey=" + PROCESS
                + "&candidateGroup=engineer").getBody()).as("another group's tasks, asked for by name")
                .isEqualTo("{\"count\":0}");
        assertThat(api.get("engineer2", "/engine-rest/task/count?processDefinitionKey=" + PROCESS
                + "&candidateGroup=engineer").getBody()).as("one's own group, asked for by name")
                .isEqualTo("{\"count\":" + unclaimedEngineerTasks + "}");
        long delegated = taskService.createTaskQuery().processDefinitionKey(PROCESS).taskAssignee("warehouse1").list()
                .stream().filter(task -> expected.get("engineer2").contains(task.getId())).count();
        assertThat(delegated).isPositive();
        assertThat(api.get("engineer2", "/engine-rest/task/count?processDefinitionKey=" + PROCESS
                + "&assignee=warehouse1").getBody()).as("the group's tasks, whoever holds them")
                .isEqualTo("{\"count\":" + delegated + "}");
        assertThat(api.get("service1", "/engine-rest/task/count?processDefinitionKey=" + PROCESS
                + "&assignee=warehouse1").getBody()).isEqualTo("{\"count\":0}");
        String someEngineerTask = expected.get("engineer2").iterator().next();
        assertThat(api.get("service1", "/engine-rest/task/" + someEngineerTask).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void anotherGroupsTaskCanStillNeitherBeClaimedNorCompleted() {
        String serviceTask = expected.get("service1").stream()
                .filter(id -> !expected.get("engineer1").contains(id)).findFirst().orElseThrow();
        assertThatThrownBy(() -> demoUsers.actAs("engineer1", () -> taskService.claim(serviceTask, "engineer1")))
                .hasMessageContaining("does not have one of the following permissions");
        assertThatThrownBy(() -> demoUsers.actAs("engineer1", () -> taskService.complete(serviceTask)))
                .hasMessageContaining("does not have one of the following permissions");
        assertThat(taskService.createTaskQuery().taskId(serviceTask).singleResult()).isNotNull();
    }

    @Test
    void aReadTaskGrantOnTheDefinitionShowsAllItsTasksAndNothingElse() {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("sales");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(PROCESS);
        grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
        authorizationService.saveAuthorization(grant);
        try {
            assertThat(demoUsers.actAs("sales2", () -> taskService.createTaskQuery().processDefinitionKey(PROCESS)
                    .count())).isEqualTo(all.size());
            assertThat(demoUsers.actAs("sales2", () -> taskService.createTaskQuery().processDefinitionKey(PROCESS)
                    .taskCandidateGroup("service").count()))
                    .isEqualTo(expected.get("service1").stream().filter(id ->
                            taskService.createTaskQuery().taskId(id).singleResult().getAssignee() == null).count());
        } finally {
            authorizationService.deleteAuthorization(grant.getId());
        }
    }

    private static List<String> members(String group) {
        return switch (group) {
            case "service" -> List.of("service1", "servicemgr1");
            case "engineer" -> List.of("engineer1", "engineer2");
            case "warehouse" -> List.of("warehouse1");
            default -> throw new IllegalArgumentException(group);
        };
    }
}
