package com.relaycrm.sales.opportunity.process;

import static com.relaycrm.process.ProcessVariables.optionalDate;
import static com.relaycrm.process.ProcessVariables.optionalDecimal;
import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.common.CommandValidation;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import com.relaycrm.sales.opportunity.process.OpportunityOpeningProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Open the opportunity" of {@code opportunity-opening}, Tasklist's "Open an opportunity": the start form becomes
 * the command of {@code POST /api/sales/opportunities} (the customer named by its code, one the user may see),
 * checked the same way and opened for the user who started it; the opportunity then runs its own process.
 */
@Component("openOpportunity")
class OpenOpportunityDelegate implements JavaDelegate {

    private final OpportunityService opportunities;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final CommandValidation validation;
    private final CurrentActor actor;

    OpenOpportunityDelegate(OpportunityService opportunities, CustomerService customers,
                            OrganisationService organisation, CommandValidation validation, CurrentActor actor) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.organisation = organisation;
        this.validation = validation;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Viewer viewer = organisation.viewer(actor.userId());
        long customerId = customers.visibleByCode(Variables.CUSTOMER_CODE, optionalString(execution, Variables.CUSTOMER_CODE), viewer)
                .getId();
        Opportunity opportunity = opportunities.open(validation.valid(new NewOpportunity(customerId,
                optionalString(execution, Variables.NAME), optionalDecimal(execution, Variables.AMOUNT),
                optionalDate(execution, Variables.EXPECTED_CLOSE_ON))), viewer);
        execution.setProcessBusinessKey(OpportunityProcess.businessKey(opportunity.getId()));
    }
}
