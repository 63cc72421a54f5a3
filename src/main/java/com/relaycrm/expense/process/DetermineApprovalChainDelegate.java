package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Determine approval chain": asks the expense-approval-levels table, on every (re)submission. */
@Component("determineExpenseApprovalChain")
class DetermineApprovalChainDelegate implements JavaDelegate {

    private final ExpenseService expenses;

    DetermineApprovalChainDelegate(ExpenseService expenses) {
        this.expenses = expenses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(expenses.determineChain(requiredLong(execution, Data.EXPENSE_REQUEST_ID)));
    }
}
