package com.relaycrm.loyalty.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.loyalty.process.PointsRedemptionProcess.Data;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Tasks;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The points-redemption diagram alone (fast tier): every gateway asks {@code redemptionDecisions}, here a stub
 * answering as the stored redemption would; the steps are recorded.
 */
@ProcessModelTest
@Deployment(resources = "processes/points-redemption.bpmn")
class PointsRedemptionModelTest {

    /** What the redemption's stored state answers at each gateway. */
    public static class Decisions {
        boolean approvalNeeded;
        boolean approved = true;
        boolean deducted = true;
        boolean delivered = true;

        public boolean approvalNeeded(DelegateExecution execution) {
            return approvalNeeded;
        }

        public boolean approved(DelegateExecution execution) {
            return approved;
        }

        public boolean deducted(DelegateExecution execution) {
            return deducted;
        }

        public boolean delivered(DelegateExecution execution) {
            return delivered;
        }
    }

    private final Decisions decisions = new Decisions();

    @BeforeEach
    void answerTheGateways() {
        ModelMocks.register("redemptionDecisions", decisions);
    }

    @Test
    void aSmallRedemptionSkipsApprovalIsDeductedAndTheGiftHandedOver() {
        ProcessInstance process = start();

        assertThat(process).isWaitingAt(Tasks.HAND_OVER_GIFT).hasNotPassed(Tasks.APPROVE_REDEMPTION);
        assertThat(task(process)).hasCandidateGroup("warehouse");
        complete(task(process), Map.of(Variables.GIFT_DELIVERED, "yes"));

        assertThat(process).isEnded().hasPassedInOrder("DeductRedemptionPoints", Tasks.HAND_OVER_GIFT,
                "RecordGiftHandover", "GiftDelivered");
        assertThat(ModelMocks.calls("deductRedemptionPoints")).containsExactly("DeductRedemptionPoints");
        assertThat(ModelMocks.calls("recordGiftHandover")).containsExactly("RecordGiftHandover");
        assertThat(ModelMocks.calls("refundRedemptionPoints")).isEmpty();
    }

    @Test
    void aLargeRedemptionWaitsForASalesManagerAndIsDeductedOnceApproved() {
        decisions.approvalNeeded = true;
        ProcessInstance process = start();

        assertThat(process).isWaitingAt(Tasks.APPROVE_REDEMPTION);
        assertThat(task(process)).hasCandidateGroup("sales-manager");
        assertThat(ModelMocks.calls("deductRedemptionPoints")).isEmpty();
        complete(task(process), Map.of(Variables.REDEMPTION_APPROVED, "yes"));

        assertThat(process).isWaitingAt(Tasks.HAND_OVER_GIFT).hasPassedInOrder(Tasks.APPROVE_REDEMPTION,
                "RecordRedemptionApproval", "ApprovalMerge", "DeductRedemptionPoints");
        assertThat(ModelMocks.calls("recordRedemptionApproval")).containsExactly("RecordRedemptionApproval");
    }

    @Test
    void aRejectedRedemptionEndsWithoutDeduction() {
        decisions.approvalNeeded = true;
        decisions.approved = false;
        ProcessInstance process = start();
        complete(task(process), Map.of(Variables.REDEMPTION_APPROVED, "no"));

        assertThat(process).isEnded().hasPassed("RedemptionRejected").hasNotPassed("DeductRedemptionPoints");
        assertThat(ModelMocks.calls("deductRedemptionPoints")).isEmpty();
    }

    @Test
    void pointsGoneMeanwhileEndTheRedemptionAsRefusedBeforeTheWarehouse() {
        decisions.deducted = false;
        ProcessInstance process = start();

        assertThat(process).isEnded().hasPassed("DeductRedemptionPoints", "RedemptionRefused")
                .hasNotPassed(Tasks.HAND_OVER_GIFT);
    }

    @Test
    void aCancelledHandOverRefundsThePoints() {
        decisions.delivered = false;
        ProcessInstance process = start();
        complete(task(process), Map.of(Variables.GIFT_DELIVERED, "no"));

        assertThat(process).isEnded().hasPassedInOrder("RecordGiftHandover", "RefundRedemptionPoints",
                "RedemptionCancelled").hasNotPassed("GiftDelivered");
        assertThat(ModelMocks.calls("refundRedemptionPoints")).containsExactly("RefundRedemptionPoints");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PointsRedemptionProcess.KEY,
                PointsRedemptionProcess.businessKey(1), Map.of(Data.REDEMPTION_ID, 1L, Variables.GIFT, "Kettle",
                        Data.POINTS, 500L));
    }
}
