package com.relaycrm.expense.process;

import static com.relaycrm.process.ProcessVariables.optionalLong;
import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredDecimal;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseRequest;
import com.relaycrm.expense.ExpenseService;
import com.relaycrm.expense.ExpenseType;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Data;
import com.relaycrm.expense.process.ExpenseApprovalProcess.Variables;
import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register expense request": links the process to its record, creating the record first when the process was
 * started from Tasklist's start form; the request number becomes the business key.
 */
@Component("registerExpense")
class RegisterExpenseDelegate implements JavaDelegate {

    private final ExpenseService expenses;
    private final CurrentActor actor;

    RegisterExpenseDelegate(ExpenseService expenses, CurrentActor actor) {
        this.expenses = expenses;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = optionalLong(execution, Data.EXPENSE_REQUEST_ID);
        if (id == null) {
            String requester = actor.userId();
            id = expenses.register(new Viewer(requester, expenses.groupsOf(requester)),
                    requiredString(execution, Variables.DEPARTMENT_CODE),
                    requiredEnum(execution, Variables.EXPENSE_TYPE, ExpenseType.class),
                    requiredDecimal(execution, Variables.AMOUNT),
                    optionalString(execution, Variables.CURRENCY),
                    requiredString(execution, Variables.PURPOSE), null, null).getId();
        }
        ExpenseRequest request = expenses.attachProcess(id, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(request.getRequestNumber());
        execution.setVariables(expenses.formVariables(request));
    }
}
