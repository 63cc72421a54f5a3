package com.relaycrm.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.process.OpenTasks.OpenTask;
import com.relaycrm.process.OpenTasks.OpenTaskOn;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The open tasks a record page shows: who each waits for is read for all the page's tasks at once, and is exactly
 * what the engine gives task by task (its candidate groups and users as they are now, changed after the task was
 * created included; nobody for a task that has only an assignee).
 */
@RelayIntegrationTest
class OpenTasksTest {

    private static final String KEY = "open-tasks-test";

    @Autowired OpenTasks openTasks;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void everyTaskShowsTheCandidatesTheEngineHasForIt() {
        repositoryService.createDeployment().name(KEY).enableDuplicateFiltering(true).addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).startEvent()
                        .parallelGateway("fork")
                        .userTask("Groups").name("For groups").camundaCandidateGroups("service, engineer")
                        .camundaCandidateUsers("warehouse1").endEvent()
                        .moveToNode("fork").userTask("Assigned").name("Assigned").camundaAssignee("sales1").endEvent()
                        .done()).deploy();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add("OT-" + run + "-" + i);
            runtimeService.startProcessInstanceByKey(KEY, keys.get(i));
        }
        // changed after creation: one more group on one task, a user taken off another
        List<Task> created = taskService.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKeyIn(
                keys.toArray(String[]::new)).taskDefinitionKey("Groups").orderByTaskId().asc().list();
        taskService.addCandidateGroup(created.get(0).getId(), "service-manager");
        taskService.deleteCandidateUser(created.get(1).getId(), "warehouse1");

        List<OpenTaskOn> all = openTasks.ofAll(keys, KEY);
        assertThat(all).hasSize(6);
        assertThat(all).extracting(OpenTaskOn::businessKey).containsOnlyElementsOf(keys);
        for (OpenTaskOn open : all) {
            Task task = taskService.createTaskQuery().taskId(open.task().id()).singleResult();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult().getBusinessKey()).isEqualTo(open.businessKey());
            assertSameAsEngine(open.task());
        }
        assertThat(all).filteredOn(open -> open.task().name().equals("Assigned"))
                .allSatisfy(open -> {
                    assertThat(open.task().candidateGroups()).isEmpty();
                    assertThat(open.task().candidateUsers()).isEmpty();
                    assertThat(open.task().assignee()).isEqualTo("sales1");
                });
        OpenTask changed = all.stream().map(OpenTaskOn::task).filter(task -> task.id().equals(created.get(0).getId()))
                .findFirst().orElseThrow();
        assertThat(changed.candidateGroups()).containsExactlyInAnyOrder("service", "engineer", "service-manager");

        List<OpenTask> one = openTasks.of(keys.get(1), KEY);
        assertThat(one).hasSize(2);
        one.forEach(this::assertSameAsEngine);
        assertThat(one).filteredOn(task -> task.id().equals(created.get(1).getId())).singleElement()
                .satisfies(task -> assertThat(task.candidateUsers()).isEmpty());
    }

    private void assertSameAsEngine(OpenTask open) {
        List<IdentityLink> links = taskService.getIdentityLinksForTask(open.id()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        assertThat(open.candidateGroups()).as("groups of " + open.name()).containsExactlyInAnyOrderElementsOf(
                links.stream().filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).toList());
        assertThat(open.candidateUsers()).as("users of " + open.name()).containsExactlyInAnyOrderElementsOf(
                links.stream().filter(link -> link.getGroupId() == null).map(IdentityLink::getUserId).toList());
        assertThat(open.candidateGroups().size() + open.candidateUsers().size()).isEqualTo(links.size());
    }
}
