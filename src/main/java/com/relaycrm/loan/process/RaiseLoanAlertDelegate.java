package com.relaycrm.loan.process;

import static com.relaycrm.process.ProcessVariables.requiredEnum;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.relaycrm.loan.AlertKind;

/** "Raise … alert" (input alertKind): sets alertResolved and alertTaskNeeded for the gateway after it. */
@Component("raiseLoanAlert")
class RaiseLoanAlertDelegate implements JavaDelegate {

    private final LoanAlerts alerts;

    RaiseLoanAlertDelegate(LoanAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LoanAlerts.Outcome outcome = alerts.raise(alerts.loanIdOf(execution),
                requiredEnum(execution, LoanVariables.ALERT_KIND, AlertKind.class), execution.getProcessInstanceId());
        execution.getProcessInstance().setVariable(LoanVariables.ALERT_RESOLVED, outcome.resolved());
        execution.getProcessInstance().setVariable(LoanVariables.ALERT_TASK_NEEDED, outcome.taskNeeded());
    }
}
