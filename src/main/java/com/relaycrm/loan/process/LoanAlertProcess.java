package com.relaycrm.loan.process;

import com.relaycrm.process.ProcessGateway;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * One loan alert (借出预警) watched until resolved ({@code processes/loan-alert.bpmn}): the loop the loan process calls
 * once per alert kind (shipment late while shipping; feedback and return overdue while on loan). It is started and
 * ended by its loan's process only (a call activity, cancelled with its phase); this gateway owns its names and answers
 * whether its task is open.
 */
@Component
@ProcessGateway(LoanAlertProcess.KEY)
public class LoanAlertProcess {

    public static final String KEY = "loan-alert";

    public static final class Tasks {
        /** The owner's task to chase the overdue loan; named after the kind. */
        public static final String ALERT = "LoanAlertTask";

        private Tasks() {
        }
    }

    public static final class Timers {
        /** When to raise the alert (again): {@code LoanAlerts.nextAlertAt}. */
        public static final String ALERT_DUE = "AlertDue";

        private Timers() {
        }
    }

    public static final class Forms {
        public static final String ALERT = "loan-alert";

        private Forms() {
        }
    }

    public static final class Variables {
        /** The {@code AlertKind} watched, set by the calling activity of the loan process. */
        public static final String ALERT_KIND = "alertKind";
        /** Set by "Raise alert": the alert is resolved, or still overdue with no alert task open. */
        public static final String ALERT_RESOLVED = "alertResolved";
        public static final String ALERT_TASK_NEEDED = "alertTaskNeeded";
        public static final String ALERT_NOTE = "alertNote";
        /** Passed in from the loan process (the task's assignee and what its form shows). */
        public static final String OWNER_ID = LoanProcess.Variables.OWNER_ID;
        public static final String LOAN_NUMBER = LoanProcess.Variables.LOAN_NUMBER;
        public static final String CUSTOMER_NAME = LoanProcess.Variables.CUSTOMER_NAME;
        public static final String PURPOSE = LoanProcess.Variables.PURPOSE;
        public static final String ITEMS_SUMMARY = LoanProcess.Variables.ITEMS_SUMMARY;
        public static final String EXPECTED_SHIP_DATE = LoanProcess.Variables.EXPECTED_SHIP_DATE;
        public static final String EXPECTED_FEEDBACK_DATE = LoanProcess.Variables.EXPECTED_FEEDBACK_DATE;
        public static final String EXPECTED_RETURN_DATE = LoanProcess.Variables.EXPECTED_RETURN_DATE;

        private Variables() {
        }
    }

    private final TaskService taskService;

    LoanAlertProcess(TaskService taskService) {
        this.taskService = taskService;
    }

    /** Whether the owner's alert task of this alert process is open. */
    public boolean alertTaskOpen(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Tasks.ALERT)
                .count() > 0;
    }

    /**
     * The loan process an execution belongs to: the process that called this alert process, or the execution's own
     * process when it is the loan's. Never from a variable.
     */
    public static String loanProcessInstanceId(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getProcessInstanceId();
    }
}
