package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Convert the lead" (线索转化) from the follow-up form: createCustomer / customerName or existingCustomerId,
 * createContact, createOpportunity / opportunityName / opportunityAmount, by the rep holding the lead; sets customerId
 * and opportunityId.
 */
@Component("convertLead")
class ConvertLeadDelegate implements JavaDelegate {

    private final LeadConversion conversion;
    private final CurrentActor actor;

    ConvertLeadDelegate(LeadConversion conversion, CurrentActor actor) {
        this.conversion = conversion;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean opportunity = flag(execution, "createOpportunity");
        Lead lead = conversion.convert(execution.getProcessInstanceId(), new LeadConversion.Choice(
                flag(execution, "createCustomer"), optionalString(execution, "customerName"),
                optionalLong(execution, "existingCustomerId"), flag(execution, "createContact"), opportunity,
                optionalString(execution, "opportunityName"),
                opportunity ? requiredDecimal(execution, "opportunityAmount") : null), actor.userId());
        execution.setVariable("customerId", lead.getCustomerId());
        execution.setVariable("opportunityId", lead.getOpportunityId());
    }
}
