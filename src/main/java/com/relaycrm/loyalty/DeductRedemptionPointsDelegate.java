package com.relaycrm.loyalty;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Deduct points": posts the redemption to the ledger; sets deducted (false when the points went meanwhile). */
@Component("deductRedemptionPoints")
class DeductRedemptionPointsDelegate implements JavaDelegate {

    private final RedemptionService redemptions;
    private final CurrentActor actor;

    DeductRedemptionPointsDelegate(RedemptionService redemptions, CurrentActor actor) {
        this.redemptions = redemptions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("deducted",
                redemptions.deduct(requiredLong(execution, RedemptionService.REDEMPTION_ID), actor.userId()));
    }
}
