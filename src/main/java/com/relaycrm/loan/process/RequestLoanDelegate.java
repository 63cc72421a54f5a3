package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.optionalDate;
import static com.relaycrm.process.ProcessVariables.optionalDecimal;
import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.common.CommandValidation;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.process.LoanRequestProcess.Variables;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Request the loan" of {@code loan-request}, Tasklist's "Request a loan": the start form (one item; more items
 * over {@code POST /api/loans}) becomes the API's command, checked the same way and requested by the user who
 * started it; the loan then runs its own {@code loan} process.
 */
@Component("requestLoan")
class RequestLoanDelegate implements JavaDelegate {

    private final LoanService loans;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final CommandValidation validation;
    private final CurrentActor actor;

    RequestLoanDelegate(LoanService loans, CustomerService customers, OrganisationService organisation,
                        CommandValidation validation, CurrentActor actor) {
        this.loans = loans;
        this.customers = customers;
        this.organisation = organisation;
        this.validation = validation;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Viewer viewer = organisation.viewer(actor.userId());
        long customerId = customers.visibleByCode(Variables.CUSTOMER_CODE,
                        optionalString(execution, Variables.CUSTOMER_CODE), viewer)
                .getId();
        Long quantity = optionalLong(execution, Variables.QUANTITY);
        Loan loan = loans.request(validation.valid(new NewLoan(customerId, optionalString(execution, Variables.PURPOSE),
                optionalDate(execution, Variables.EXPECTED_SHIP_DATE),
                optionalDate(execution, Variables.EXPECTED_FEEDBACK_DATE),
                optionalDate(execution, Variables.EXPECTED_RETURN_DATE),
                List.of(new NewLoanItem(optionalString(execution, Variables.PRODUCT),
                        optionalString(execution, Variables.SERIAL_NUMBER),
                        quantity == null ? null : Math.toIntExact(quantity),
                        optionalDecimal(execution, Variables.UNIT_PRICE))))), viewer);
        execution.setProcessBusinessKey(loan.getLoanNumber());
    }
}
