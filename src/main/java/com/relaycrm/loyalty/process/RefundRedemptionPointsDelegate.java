package com.relaycrm.loyalty.process;


import com.relaycrm.loyalty.internal.RedemptionSteps;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Refund points": a cancelled redemption's points go back to the member as a ledger adjustment. */
@Component("refundRedemptionPoints")
class RefundRedemptionPointsDelegate implements JavaDelegate {

    private final RedemptionSteps redemptions;
    private final CurrentActor actor;
    private final RedemptionDecisions decisions;

    RefundRedemptionPointsDelegate(RedemptionSteps redemptions, CurrentActor actor, RedemptionDecisions decisions) {
        this.decisions = decisions;
        this.redemptions = redemptions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        redemptions.refund(decisions.redemption(execution), actor.userId());
    }
}
