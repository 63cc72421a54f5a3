package com.relaycrm.loan.process;

import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.LoanStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gateways of {@code loan.bpmn} ask ({@code ${loanDecisions.approved(execution)}}): read from the loan of
 * this process as its steps stored it, so the path the process takes is always the decision the step recorded
 * (a loan stored APPROVED is shipped; a rejected one ends), never a second reading of a submitted variable.
 */
@Component("loanDecisions")
@Transactional(readOnly = true)
public class LoanDecisions {

    private final LoanService loans;

    LoanDecisions(LoanService loans) {
        this.loans = loans;
    }

    /** "Approved?": the review the sales manager recorded. */
    public boolean approved(DelegateExecution execution) {
        return loans.loanOfProcess(execution.getProcessInstanceId()).getStatus() == LoanStatus.APPROVED;
    }

    /** "Every item settled?": every item returned or converted. */
    public boolean allSettled(DelegateExecution execution) {
        return loans.loanOfProcess(execution.getProcessInstanceId()).isAllSettled();
    }
}
