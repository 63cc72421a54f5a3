package com.relaycrm.loan;

import com.relaycrm.loan.process.LoanAlertProcess.Variables;
import com.relaycrm.support.ModelMocks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stand-ins for the beans the loan diagrams' expressions call, for the fast tier: {@code loanDecisions} (what the
 * steps stored: approved? every item settled?) and {@code loanAlerts} (when the alert is due, the task's name), and
 * the outcome the {@code raiseLoanAlert} step reports.
 */
final class LoanModelStandIns {

    private LoanModelStandIns() {
    }

    /** {@code ${loanDecisions.approved(execution)}}, {@code ${loanDecisions.allSettled(execution)}}. */
    public static final class Decisions {
        volatile boolean approved = true;
        volatile boolean allSettled = true;

        public boolean approved(DelegateExecution execution) {
            return approved;
        }

        public boolean allSettled(DelegateExecution execution) {
            return allSettled;
        }
    }

    /** {@code ${loanAlerts.nextAlertAt(execution, alertKind)}}: a day from now; {@code ${loanAlerts.taskName(...)}}. */
    public static final class Alerts {
        public Date nextAlertAt(DelegateExecution execution, String kind) {
            return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
        }

        public String taskName(String kind) {
            return AlertKind.valueOf(kind).taskName();
        }
    }

    static Decisions registerDecisions() {
        Decisions decisions = new Decisions();
        ModelMocks.register("loanDecisions", decisions);
        return decisions;
    }

    static void registerAlerts() {
        ModelMocks.register("loanAlerts", new Alerts());
    }

    /** The next "Raise alert" reports this outcome (as the real step sets it on the alert process). */
    static void raiseReports(boolean resolved, boolean taskNeeded) {
        ModelMocks.onExecution("raiseLoanAlert", execution -> {
            execution.getProcessInstance().setVariable(Variables.ALERT_RESOLVED, resolved);
            execution.getProcessInstance().setVariable(Variables.ALERT_TASK_NEEDED, taskNeeded);
        });
    }
}
