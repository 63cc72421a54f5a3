package com.relaycrm.device;

import static com.relaycrm.process.ProcessVariables.requiredString;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Identify the member": who holds the swiped card, with tier and points for the clerk's task. */
@Component("identifyCardMember")
class IdentifyCardMemberDelegate implements JavaDelegate {

    private final CardMembers members;

    IdentifyCardMemberDelegate(CardMembers members) {
        this.members = members;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(members.identify(requiredString(execution, DeviceVariables.CARD_NUMBER)));
    }
}
