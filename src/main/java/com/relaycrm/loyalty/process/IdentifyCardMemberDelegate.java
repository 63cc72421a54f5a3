package com.relaycrm.loyalty.process;

import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.common.DisplayText;
import com.relaycrm.loyalty.internal.CardMembers.CardMember;
import com.relaycrm.loyalty.internal.CardMembers;
import com.relaycrm.loyalty.process.CardSwipeProcess.Data;
import com.relaycrm.loyalty.process.CardSwipeProcess.Variables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
        Optional<CardMember> found = members.identify(requiredString(execution, Variables.CARD_NUMBER));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.MEMBER_FOUND, found.isPresent());
        found.ifPresent(member -> {
            variables.put(Data.CUSTOMER_ID, member.customerId());
            variables.put(Variables.CUSTOMER_CODE, member.code());
            variables.put(Variables.CUSTOMER_NAME, member.name());
            variables.put(Variables.MEMBER_TIER, member.tier().name());
            variables.put(Data.POINTS_AVAILABLE, member.availablePoints());
            variables.put(Data.POINTS_ACCUMULATED, member.accumulatedPoints());
            variables.put(Variables.POINTS_AVAILABLE_TEXT, DisplayText.points(member.availablePoints()));
            variables.put(Variables.POINTS_ACCUMULATED_TEXT, DisplayText.points(member.accumulatedPoints()));
            variables.put(Data.OWNER_ID, member.ownerId());
        });
        execution.setVariables(variables);
    }
}
