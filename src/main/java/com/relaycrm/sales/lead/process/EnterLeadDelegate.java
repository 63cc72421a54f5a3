package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.parseEnum;

import com.relaycrm.common.CommandValidation;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.Lead;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
import com.relaycrm.sales.lead.LeadService;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.sales.lead.process.LeadEntryProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Enter the lead" of {@code lead-entry}, Tasklist's "Enter a lead": the start form becomes the same command as
 * {@code POST /api/sales/leads}, checked the same way and entered as the user who started it; the lead then runs
 * its own {@code lead-lifecycle}.
 */
@Component("enterLead")
class EnterLeadDelegate implements JavaDelegate {

    private final LeadService leads;
    private final OrganisationService organisation;
    private final CommandValidation validation;
    private final CurrentActor actor;

    EnterLeadDelegate(LeadService leads, OrganisationService organisation, CommandValidation validation,
                      CurrentActor actor) {
        this.leads = leads;
        this.organisation = organisation;
        this.validation = validation;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String source = optionalString(execution, Variables.SOURCE);
        Lead lead = leads.create(validation.valid(new NewLead(optionalString(execution, Variables.NAME),
                optionalString(execution, Variables.COMPANY),
                source == null ? null : parseEnum(Variables.SOURCE, source, LeadSource.class),
                optionalString(execution, Variables.PHONE), optionalString(execution, Variables.EMAIL), null, null,
                optionalString(execution, Variables.NOTE))), organisation.viewer(actor.userId()));
        execution.setProcessBusinessKey(LeadProcess.businessKey(lead.getId()));
    }
}
