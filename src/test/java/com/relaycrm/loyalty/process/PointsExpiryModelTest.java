package com.relaycrm.loyalty.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import com.relaycrm.loyalty.process.PointsExpiryProcess.Data;
import com.relaycrm.loyalty.process.PointsExpiryProcess.Timers;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The points-expiry diagram alone (fast tier): a timer cycle from configuration starts clear-then-warn. */
@ProcessModelTest
@Deployment(resources = "processes/points-expiry.bpmn")
class PointsExpiryModelTest {

    @BeforeEach
    void configureTheCycle() {
        // the timer start event reads its cycle when the diagram is deployed
        ModelMocks.register("loyaltySchedule", Map.of("expirySweepCycle", "R/P1D"));
    }

    @Test
    void theConfiguredCycleStartsASweepThatClearsThenWarnsAndTheNextSweepIsScheduled() {
        Job timer = sweepTimer();
        assertThat(timer).as("the sweep timer, waiting from deployment").isNotNull();
        ModelMocks.onExecution("clearExpiredPoints",
                execution -> execution.setVariable(Data.MEMBERS_WITH_EXPIRED_POINTS, 2));

        managementService().executeJob(timer.getId());

        List<String> passed = historyService().createHistoricActivityInstanceQuery()
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
        assertThat(passed).containsExactly(Timers.SWEEP_DUE, "ClearExpiredPoints", "WarnExpiringPoints",
                "ExpiredPointsCleared");
        assertThat(ModelMocks.calls("clearExpiredPoints")).containsExactly("ClearExpiredPoints");
        assertThat(ModelMocks.calls("warnExpiringPoints")).containsExactly("WarnExpiringPoints");
        assertThat(sweepTimer()).as("the next sweep of the cycle").isNotNull();
    }

    @Test
    void aFailingSweepStaysAJobToRetryAndLeavesNoProcess() {
        ModelMocks.onExecution("clearExpiredPoints", execution -> {
            throw new IllegalStateException("database unavailable");
        });
        Job timer = sweepTimer();

        assertThatThrownBy(() -> managementService().executeJob(timer.getId()))
                .hasMessageContaining("database unavailable");
        assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(ModelMocks.calls("warnExpiringPoints")).isEmpty();
    }

    private static Job sweepTimer() {
        return managementService().createJobQuery().processDefinitionKey(PointsExpiryProcess.KEY).timers()
                .activityId(Timers.SWEEP_DUE).singleResult();
    }
}
