package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.parseEnum;

import com.relaycrm.common.CommandValidation;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadCommands.NewLead;
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
        String source = optionalString(execution, "source");
        Lead lead = leads.create(validation.valid(new NewLead(optionalString(execution, "name"),
                optionalString(execution, "company"),
                source == null ? null : parseEnum("source", source, LeadSource.class),
                optionalString(execution, "phone"), optionalString(execution, "email"), null, null,
                optionalString(execution, "note"))), organisation.viewer(actor.userId()));
        execution.setProcessBusinessKey(LeadVariables.businessKey(lead.getId()));
    }
}
