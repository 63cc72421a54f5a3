package com.relaycrm.expense;

import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.support.ProcessDriver;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * An expense request as the expense tests need it: submitted by a user with their real groups and waiting at its
 * first approval (the approval chain is worked out by an asynchronous step, run here as the job executor would).
 */
@Component
public class ExpenseFixtures {

    private final ExpenseService expenses;
    private final ProcessDriver driver;

    public ExpenseFixtures(ExpenseService expenses, ProcessDriver driver) {
        this.expenses = expenses;
        this.driver = driver;
    }

    /** Submitted by {@code user} of {@code department}, waiting at its first approval. */
    public ExpenseRequest submitted(String user, String department, ExpenseType type, String amount, String purpose) {
        ExpenseRequest request = expenses.submit(new NewExpense(department, type, new BigDecimal(amount), null,
                purpose, null, null), new Viewer(user, expenses.groupsOf(user)));
        driver.runJobs(request.getProcessInstanceId());
        return request;
    }

    /** A travel expense of sales1 (SALES-N), waiting at its first approval. */
    public ExpenseRequest travel(String amount, String purpose) {
        return submitted("sales1", "SALES-N", ExpenseType.TRAVEL, amount, purpose);
    }
}
