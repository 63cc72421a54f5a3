package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.requiredEnum;

import com.relaycrm.loan.AlertKind;
import com.relaycrm.loan.process.LoanAlertProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Raise alert" of {@code loan-alert}: sets alertResolved and alertTaskNeeded for the gateway after it. */
@Component("raiseLoanAlert")
class RaiseLoanAlertDelegate implements JavaDelegate {

    private final LoanAlerts alerts;

    RaiseLoanAlertDelegate(LoanAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LoanAlerts.Outcome outcome = alerts.raise(alerts.loanIdOf(execution),
                requiredEnum(execution, Variables.ALERT_KIND, AlertKind.class), execution.getProcessInstanceId());
        execution.getProcessInstance().setVariable(Variables.ALERT_RESOLVED, outcome.resolved());
        execution.getProcessInstance().setVariable(Variables.ALERT_TASK_NEEDED, outcome.taskNeeded());
    }
}
