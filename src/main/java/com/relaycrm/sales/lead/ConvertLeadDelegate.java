package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Convert the lead" (线索转化) from the follow-up form: createCustomer / customerName or existingCustomerId,
 * createContact, createOpportunity / opportunityName / opportunityAmount; sets customerId and opportunityId.
 */
@Component("convertLead")
class ConvertLeadDelegate implements JavaDelegate {

    private final LeadConversion conversion;

    ConvertLeadDelegate(LeadConversion conversion) {
        this.conversion = conversion;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean opportunity = flag(execution, "createOpportunity");
        Lead lead = conversion.convert(requiredLong(execution, LeadVariables.LEAD_ID), new LeadConversion.Choice(
                flag(execution, "createCustomer"), optionalString(execution, "customerName"),
                optionalLong(execution, "existingCustomerId"), flag(execution, "createContact"), opportunity,
                optionalString(execution, "opportunityName"),
                opportunity ? requiredDecimal(execution, "opportunityAmount") : null));
        execution.setVariable("customerId", lead.getCustomerId());
        execution.setVariable("opportunityId", lead.getOpportunityId());
    }
}
