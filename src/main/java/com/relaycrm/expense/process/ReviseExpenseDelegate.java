package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredLong;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.process.ProcessVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.relaycrm.expense.ExpenseService;

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
        String choice = requiredString(execution, ExpenseVariables.REVISION).toUpperCase();
        if (!choice.equals("RESUBMIT") && !choice.equals("CANCEL")) {
            throw new InvalidInputException(ExpenseVariables.REVISION, "'" + choice + "' is not RESUBMIT or CANCEL");
        }
        boolean resubmit = choice.equals("RESUBMIT");
        BigDecimal amount = resubmit ? ProcessVariables.requiredDecimal(execution, "amount") : null;
        boolean resubmitted = expenses.revise(requiredLong(execution, ExpenseVariables.EXPENSE_REQUEST_ID), resubmit,
                amount, optionalString(execution, "purpose"), actor.userId());
        execution.setVariable("resubmitted", resubmitted);
        execution.setVariable(ExpenseVariables.REVISION, null);
    }
}
