package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Pay and record expense", when created: the form opens with the approved amount to pay and who approved it. Set on
 * the process (not the task), so what finance submits is what the payment step reads; the step still refuses more
 * than the approved amount.
 */
@Component("expensePaymentTask")
class ExpensePaymentTaskListener implements TaskListener {

    private final ExpenseService expenses;

    ExpensePaymentTaskListener(ExpenseService expenses) {
        this.expenses = expenses;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariables(expenses.paymentFormVariables(
                requiredLong(task, Data.EXPENSE_REQUEST_ID)));
    }
}
