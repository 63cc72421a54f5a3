package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.process.CurrentActor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        String paidOn = optionalString(execution, Variables.PAID_ON);
        LocalDate date;
        try {
            date = paidOn == null ? null : LocalDate.parse(paidOn.length() > 10 ? paidOn.substring(0, 10) : paidOn);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Variables.PAID_ON, "'" + paidOn + "' is not a date (yyyy-mm-dd)");
        }
        expenses.recordPayment(requiredLong(execution, Data.EXPENSE_REQUEST_ID),
                requiredDecimal(execution, Variables.PAID_AMOUNT), date,
                optionalString(execution, Variables.PAYMENT_REFERENCE),
                actor.userId());
    }
}
