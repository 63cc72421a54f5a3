package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.loan.ItemCondition;
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
 * "Record return": the warehouse received the items (itemCondition, receiptNote): stock-in; a damaged return opens
 * a repair service request (repairRequestId). Sets allSettled and the refreshed itemsSummary.
 */
@Component("recordLoanReturn")
class RecordLoanReturnDelegate implements JavaDelegate {

    private final LoanService loans;
    private final CurrentActor actor;

    RecordLoanReturnDelegate(LoanService loans, CurrentActor actor) {
        this.loans = loans;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LoanSettlement settlement = loans.receiveReturn(loans.loanOfProcess(execution.getProcessInstanceId()).getId(),
                requiredLong(execution, Data.SETTLEMENT_ID),
                requiredEnum(execution, Variables.ITEM_CONDITION, ItemCondition.class),
                optionalString(execution, Variables.RECEIPT_NOTE),
                actor.userId());
        if (settlement.getServiceRequestId() != null) {
            execution.setVariable(Data.REPAIR_REQUEST_ID, settlement.getServiceRequestId());
        }
        Loan loan = loans.loan(settlement.getLoanId());
        execution.setVariable(Data.ALL_SETTLED, loan.isAllSettled());
        execution.setVariable(Variables.ITEMS_SUMMARY, loan.itemsSummary());
    }
}
