package com.relaycrm.loan.process;

import com.relaycrm.loan.LoanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the loan": every item is settled; open alerts are resolved. */
@Component("closeLoan")
class CloseLoanDelegate implements JavaDelegate {

    private final LoanService loans;

    CloseLoanDelegate(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        loans.close(loans.loanOfProcess(execution.getProcessInstanceId()).getId());
    }
}
