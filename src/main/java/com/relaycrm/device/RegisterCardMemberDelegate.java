package com.relaycrm.device;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.customer.Customer;
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
        Customer member = members.register(requiredString(execution, DeviceVariables.CARD_NUMBER),
                optionalString(execution, "memberName"), optionalString(execution, "phone"),
                optionalString(execution, "email"), actor.userId());
        execution.setVariable(DeviceVariables.CUSTOMER_ID, member.getId());
        execution.setVariable("customerCode", member.getCode());
    }
}
