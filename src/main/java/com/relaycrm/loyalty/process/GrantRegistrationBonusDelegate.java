package com.relaycrm.loyalty.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.loyalty.internal.CardMembers;
import com.relaycrm.loyalty.process.CardSwipeProcess.Data;
import com.relaycrm.loyalty.process.CardSwipeProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Grant the registration bonus": the new member's REGISTRATION bonus (points-bonus table). */
@Component("grantRegistrationBonus")
class GrantRegistrationBonusDelegate implements JavaDelegate {

    private final CardMembers members;
    private final CurrentActor actor;

    GrantRegistrationBonusDelegate(CardMembers members, CurrentActor actor) {
        this.members = members;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        members.grantRegistrationBonus(requiredLong(execution, Data.CUSTOMER_ID),
                requiredString(execution, Variables.CARD_NUMBER), actor.userId());
    }
}
