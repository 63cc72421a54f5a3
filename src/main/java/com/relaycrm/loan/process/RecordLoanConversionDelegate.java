package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredYesNo;

import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.LoanSettlement;
import com.relaycrm.loan.process.LoanProcess.Data;
import com.relaycrm.loan.process.LoanProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record conversion": the sales manager's review (conversionApproved, conversionReviewNote). Approved, the
 * conversion takes effect (a sale is priced, a loan to another customer starts as a new loan). Sets allSettled.
 */
@Component("recordLoanConversion")
class RecordLoanConversionDelegate implements JavaDelegate {

    private final LoanService loans;
    private final CurrentActor actor;

    RecordLoanConversionDelegate(LoanService loans, CurrentActor actor) {
        this.loans = loans;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LoanSettlement settlement = loans.decideConversion(loans.loanOfProcess(execution.getProcessInstanceId()).getId(),
                requiredLong(execution, Data.SETTLEMENT_ID),
                requiredYesNo(execution, Variables.CONVERSION_APPROVED),
                optionalString(execution, Variables.CONVERSION_REVIEW_NOTE),
                actor.userId());
        Loan loan = loans.loan(settlement.getLoanId());
        execution.setVariable(Data.ALL_SETTLED, loan.isAllSettled());
        execution.setVariable(Variables.ITEMS_SUMMARY, loan.itemsSummary());
    }
}
