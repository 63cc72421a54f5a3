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
 * row per change; every other process keeps both, as history level full does.
 */
@RelayIntegrationTest
class LeanVariableHistoryTest {

    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;

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
                        .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
                .deploy();
        ProcessInstance other = runtimeService.startProcessInstanceByKey("lean-history-other",
                Map.of("cardNumber", "LEAN-0002"));
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(other.getId()).variableUpdates()
                .count()).as("detail rows of another process").isPositive();
    }
}
