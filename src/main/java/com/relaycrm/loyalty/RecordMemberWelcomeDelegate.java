package com.relaycrm.loyalty;

import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record welcome": keeps the owner's welcome note with the upgrade in the member's change history. */
@Component("recordMemberWelcome")
class RecordMemberWelcomeDelegate implements JavaDelegate {

    private final LoyaltyService loyalty;
    private final CurrentActor actor;

    RecordMemberWelcomeDelegate(LoyaltyService loyalty, CurrentActor actor) {
        this.loyalty = loyalty;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        loyalty.recordWelcome(execution.getProcessInstanceId(), requiredLong(execution, LoyaltyVariables.TIER_CHANGE_ID),
                requiredString(execution, LoyaltyVariables.WELCOME_NOTE), actor.userId());
    }
}
