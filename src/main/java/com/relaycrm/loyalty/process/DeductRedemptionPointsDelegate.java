package com.relaycrm.loyalty.process;


import com.relaycrm.loyalty.internal.RedemptionSteps;
import com.relaycrm.loyalty.process.PointsRedemptionProcess.Data;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Deduct points": posts the redemption to the ledger; sets deducted (false when the points went meanwhile). */
@Component("deductRedemptionPoints")
class DeductRedemptionPointsDelegate implements JavaDelegate {

    private final RedemptionSteps redemptions;
    private final CurrentActor actor;
    private final RedemptionDecisions decisions;

    DeductRedemptionPointsDelegate(RedemptionSteps redemptions, CurrentActor actor, RedemptionDecisions decisions) {
        this.decisions = decisions;
        this.redemptions = redemptions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Data.DEDUCTED,
                redemptions.deduct(decisions.redemption(execution), actor.userId()));
    }
}
