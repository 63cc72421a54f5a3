package com.relaycrm.loyalty.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.customer.Customer;
import com.relaycrm.loyalty.internal.CardMembers;
import com.relaycrm.loyalty.process.CardSwipeProcess.Data;
import com.relaycrm.loyalty.process.CardSwipeProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Register the member": the clerk's registration form becomes a member holding the swiped card. */
@Component("registerCardMember")
class RegisterCardMemberDelegate implements JavaDelegate {

    private final CardMembers members;
    private final CurrentActor actor;

    RegisterCardMemberDelegate(CardMembers members, CurrentActor actor) {
        this.members = members;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Customer member = members.register(requiredString(execution, Variables.CARD_NUMBER),
                optionalString(execution, Variables.MEMBER_NAME), optionalString(execution, Variables.PHONE),
                optionalString(execution, Variables.EMAIL), actor.userId());
        execution.setVariable(Data.CUSTOMER_ID, member.getId());
        execution.setVariable(Variables.CUSTOMER_CODE, member.getCode());
    }
}
