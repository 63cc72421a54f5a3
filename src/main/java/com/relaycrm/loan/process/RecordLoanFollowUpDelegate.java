package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.loan.ConversionType;
import com.relaycrm.loan.FollowUpAction;
import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.LoanSettlement;
import com.relaycrm.loan.SettlementKind;
import com.relaycrm.loan.process.LoanProcess.Data;
import com.relaycrm.loan.process.LoanProcess.Variables;
import com.relaycrm.process.CurrentActor;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record follow-up": the customer's feedback, or a return / conversion document of the items in settleItems
 * (conversionType, newCustomerCode for a loan to another customer, followUpNote); sets settlementId and
 * settlementSummary for the warehouse's or the reviewer's form.
 */
@Component("recordLoanFollowUp")
class RecordLoanFollowUpDelegate implements JavaDelegate {

    private final LoanService loans;
    private final CurrentActor actor;

    RecordLoanFollowUpDelegate(LoanService loans, CurrentActor actor) {
        this.loans = loans;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long loanId = loans.loanOfProcess(execution.getProcessInstanceId()).getId();
        FollowUpAction action = requiredEnum(execution, Variables.FOLLOW_UP_ACTION, FollowUpAction.class);
        execution.setVariable(Variables.FOLLOW_UP_ACTION, action.name());
        String note = optionalString(execution, Variables.FOLLOW_UP_NOTE);
        if (action == FollowUpAction.FEEDBACK) {
            loans.recordFeedback(loanId, optionalString(execution, Variables.FEEDBACK), actor.userId());
            return;
        }
        LoanSettlement settlement = action == FollowUpAction.RETURN
                ? loans.requestSettlement(loanId, SettlementKind.RETURN, null, null,
                        optionalString(execution, Variables.SETTLE_ITEMS), note, actor.userId())
                : loans.requestSettlement(loanId, SettlementKind.CONVERSION,
                        requiredEnum(execution, Variables.CONVERSION_TYPE, ConversionType.class),
                        optionalString(execution, Variables.NEW_CUSTOMER_CODE),
                        optionalString(execution, Variables.SETTLE_ITEMS), note,
                        actor.userId());
        execution.setVariable(Data.SETTLEMENT_ID, settlement.getId());
        execution.setVariable(Variables.SETTLEMENT_SUMMARY, loans.describe(settlement));
        execution.setVariable(Variables.ITEMS_SUMMARY, loans.loan(loanId).itemsSummary());
    }
}
