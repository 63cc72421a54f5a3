package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.process.ProcessVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply revision": the requester's RESUBMIT (with revised amount and purpose) or CANCEL after a rejection. */
@Component("reviseExpense")
class ReviseExpenseDelegate implements JavaDelegate {

    private final ExpenseService expenses;
    private final CurrentActor actor;

    ReviseExpenseDelegate(ExpenseService expenses, CurrentActor actor) {
        this.expenses = expenses;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String choice = requiredString(execution, Variables.REVISION).toUpperCase();
        if (!choice.equals(ExpenseApprovalProcess.RESUBMIT) && !choice.equals(ExpenseApprovalProcess.CANCEL)) {
            throw new InvalidInputException(Variables.REVISION, "'" + choice + "' is not RESUBMIT or CANCEL");
        }
        boolean resubmit = choice.equals(ExpenseApprovalProcess.RESUBMIT);
        BigDecimal amount = resubmit ? ProcessVariables.requiredDecimal(execution, Variables.AMOUNT) : null;
        boolean resubmitted = expenses.revise(requiredLong(execution, Data.EXPENSE_REQUEST_ID), resubmit,
                amount, optionalString(execution, Variables.PURPOSE), actor.userId());
        execution.setVariable(Variables.RESUBMITTED, resubmitted);
        execution.setVariable(Variables.REVISION, null);
    }
}
