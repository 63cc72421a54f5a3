package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the approval and payment tasks: the requester never holds a task of their own request, however it would reach
 * them (claim, transfer or delegation in Tasklist or over the engine REST API). The decision and the payment are
 * checked again in {@link ExpenseService} when they are recorded.
 */
@Component("expenseSeparationOfDuties")
class SeparationOfDutiesListener implements TaskListener {

    private final ExpenseService expenses;

    SeparationOfDutiesListener(ExpenseService expenses) {
        this.expenses = expenses;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            expenses.requireNotRequester(requiredLong(task, Data.EXPENSE_REQUEST_ID), task.getAssignee(),
                    "take a task of");
        }
    }
}
