package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.process.LoanProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record review": the sales manager approved or rejected the loan (loanApproved, reviewNote). */
@Component("recordLoanReview")
class RecordLoanReviewDelegate implements JavaDelegate {

    private final LoanService loans;
    private final CurrentActor actor;

    RecordLoanReviewDelegate(LoanService loans, CurrentActor actor) {
        this.loans = loans;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        loans.review(loans.loanOfProcess(execution.getProcessInstanceId()).getId(),
                requiredYesNo(execution, Variables.LOAN_APPROVED),
                actor.userId(), optionalString(execution, Variables.REVIEW_NOTE));
    }
}
