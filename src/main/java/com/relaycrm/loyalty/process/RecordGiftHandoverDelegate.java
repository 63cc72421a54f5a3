package com.relaycrm.loyalty.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.loyalty.internal.RedemptionSteps;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record hand-over": the warehouse delivered the gift (giftDelivered) or the member cancelled. */
@Component("recordGiftHandover")
class RecordGiftHandoverDelegate implements JavaDelegate {

    private final RedemptionSteps redemptions;
    private final CurrentActor actor;
    private final RedemptionDecisions decisions;

    RecordGiftHandoverDelegate(RedemptionSteps redemptions, CurrentActor actor, RedemptionDecisions decisions) {
        this.decisions = decisions;
        this.redemptions = redemptions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        redemptions.handOver(decisions.redemption(execution),
                requiredYesNo(execution, Variables.GIFT_DELIVERED), actor.userId(), optionalString(execution, Variables.HANDOVER_NOTE));
    }
}
