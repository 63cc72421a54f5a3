package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.flag;
import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadConversion;
import com.relaycrm.sales.lead.process.LeadProcess.Data;
import com.relaycrm.sales.lead.process.LeadProcess.Variables;
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
        boolean opportunity = flag(execution, Variables.CREATE_OPPORTUNITY);
        Lead lead = conversion.convert(execution.getProcessInstanceId(), new LeadConversion.Choice(
                flag(execution, Variables.CREATE_CUSTOMER), optionalString(execution, Variables.CUSTOMER_NAME),
                optionalLong(execution, Variables.EXISTING_CUSTOMER_ID), flag(execution, Variables.CREATE_CONTACT), opportunity,
                optionalString(execution, Variables.OPPORTUNITY_NAME),
                opportunity ? requiredDecimal(execution, Variables.OPPORTUNITY_AMOUNT) : null), actor.userId());
        execution.setVariable(Data.CUSTOMER_ID, lead.getCustomerId());
        execution.setVariable(Data.OPPORTUNITY_ID, lead.getOpportunityId());
    }
}
