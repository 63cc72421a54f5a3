package com.relaycrm.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.RelayIntegrationTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A card swipe (relay.history.without-variable-details) keeps its variables' values in the history but no detail
 * row per change; every other process keeps both, as history level full does. The copies a task gets for display
 * (card variables, record page, a form's choices) live on the task only, without history; the process's own
 * variables of the same names keep theirs.
 */
@RelayIntegrationTest
class LeanVariableHistoryTest {

    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    void aCardSwipeKeepsItsVariablesWithoutDetailRowsWhileOtherProcessesKeepBoth() {
        ProcessInstance swipe = runtimeService.startProcessInstanceByKey("card-swipe", "LEAN-" + System.nanoTime(),
                Map.of("frameId", 0L, "deviceId", "LEAN", "cardNumber", "LEAN-0001", "swipedAt", new Date()));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(swipe.getId()).list())
                .extracting(variable -> variable.getName()).contains("cardNumber", "deviceId", "memberFound");
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(swipe.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(swipe.getId())
                .singleResult().getBusinessKey()).startsWith("LEAN-");

        repositoryService.createDeployment().name("lean-history-other").enableDuplicateFiltering(true)
                .addModelInstance("lean-history-other.bpmn", Bpmn.createExecutableProcess("lean-history-other")
                        .name("Lean history, other / 精简历史（其他）")
                        .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
                .deploy();
        ProcessInstance other = runtimeService.startProcessInstanceByKey("lean-history-other",
                Map.of("cardNumber", "LEAN-0002"));
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(other.getId()).variableUpdates()
                .count()).as("detail rows of another process").isPositive();
    }

    @Test
    void aTasksDisplayCopiesStayOnTheTaskWithoutHistoryWhileTheProcessVariablesKeepTheirs() {
        repositoryService.createDeployment().name("lean-history-copies").enableDuplicateFiltering(true)
                .addModelInstance("lean-history-copies.bpmn", Bpmn.createExecutableProcess("lean-history-copies")
                        // a finished process shows on the process-history page, which names it in both languages
                        .name("Lean history copies / 精简历史副本")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("First").userTask("Second").endEvent()
                        .done())
                .deploy();
        ProcessInstance process = runtimeService.startProcessInstanceByKey("lean-history-copies",
                Map.of("requestNumber", "SR-LEAN", "subject", "Copied onto each task", "note", "not a card variable"));
        org.camunda.bpm.engine.task.Task first = taskService.createTaskQuery().processInstanceId(process.getId())
                .singleResult();
        assertThat(taskService.getVariablesLocal(first.getId())).as("the card's copies on the task")
                .containsEntry("requestNumber", "SR-LEAN").containsEntry("subject", "Copied onto each task")
                .doesNotContainKey("note");
        taskService.setVariableLocal(first.getId(), "remark", "a task's own variable");
        taskService.complete(first.getId());
        org.camunda.bpm.engine.task.Task second = taskService.createTaskQuery().processInstanceId(process.getId())
                .singleResult();
        assertThat(taskService.getVariablesLocal(second.getId())).containsEntry("requestNumber", "SR-LEAN");
        taskService.complete(second.getId());

        var history = historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).list();
        assertThat(history).filteredOn(variable -> variable.getTaskId() == null)
                .extracting(variable -> variable.getName())
                .containsExactlyInAnyOrder("requestNumber", "subject", "note");
        assertThat(history).filteredOn(variable -> variable.getTaskId() != null)
                .extracting(variable -> variable.getName()).as("only the task's own variable").containsExactly("remark");
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(process.getId()).variableUpdates()
                .list()).extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                .getVariableName()).containsExactlyInAnyOrder("requestNumber", "subject", "note", "remark");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(process.getId())
                .singleResult().getEndTime()).as("the copies' removal needed no history").isNotNull();
    }
}
