package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalDate;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record expense record": finance's payment (费用支出单) closes the approved request. */
@Component("recordExpensePayment")
class RecordExpensePaymentDelegate implements JavaDelegate {

    private final ExpenseService expenses;
    private final CurrentActor actor;

    RecordExpensePaymentDelegate(ExpenseService expenses, CurrentActor actor) {
        this.expenses = expenses;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        expenses.recordPayment(requiredLong(execution, Data.EXPENSE_REQUEST_ID),
                requiredDecimal(execution, Variables.PAID_AMOUNT), optionalDate(execution, Variables.PAID_ON),
                optionalString(execution, Variables.PAYMENT_REFERENCE),
                actor.userId());
    }
}
