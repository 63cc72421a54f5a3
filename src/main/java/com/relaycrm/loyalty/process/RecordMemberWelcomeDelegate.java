package com.relaycrm.loyalty.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.loyalty.internal.ConsumptionPosting;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Data;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record welcome": keeps the owner's welcome note with the upgrade in the member's change history. */
@Component("recordMemberWelcome")
class RecordMemberWelcomeDelegate implements JavaDelegate {

    private final ConsumptionPosting posting;
    private final CurrentActor actor;

    RecordMemberWelcomeDelegate(ConsumptionPosting posting, CurrentActor actor) {
        this.posting = posting;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        posting.recordWelcome(execution.getProcessInstanceId(), requiredLong(execution, Data.TIER_CHANGE_ID),
                requiredString(execution, Variables.WELCOME_NOTE), actor.userId());
    }
}
