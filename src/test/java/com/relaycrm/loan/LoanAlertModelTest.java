package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.loan.process.LoanAlertProcess;
import com.relaycrm.loan.process.LoanAlertProcess.Tasks;
import com.relaycrm.loan.process.LoanAlertProcess.Timers;
import com.relaycrm.loan.process.LoanAlertProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loan-alert diagram alone (fast tier): the one alert loop the loan process calls per kind. Each time the timer
 * fires the alert is raised; still overdue with no open task gives the owner a task (named after the kind) and waits
 * again; with a task open it only waits again; resolved ends the loop.
 */
@ProcessModelTest
@Deployment(resources = "processes/loan-alert.bpmn")
class LoanAlertModelTest {

    @BeforeEach
    void standIns() {
        LoanModelStandIns.registerAlerts();
    }

    private static ProcessInstance watching(AlertKind kind) {
        ProcessInstance alert = runtimeService().startProcessInstanceByKey(LoanAlertProcess.KEY,
                Map.of(Variables.ALERT_KIND, kind.name(), Variables.OWNER_ID, "sales1"));
        assertThat(alert).isWaitingAt(Timers.ALERT_DUE);
        return alert;
    }

    @Test
    void anOverdueAlertGivesTheOwnerOneTaskNamedAfterItsKindAndWaitsAgain() {
        LoanModelStandIns.raiseReports(false, true);
        ProcessInstance alert = watching(AlertKind.RETURN_OVERDUE);

        execute(job());

        assertThat(alert).isWaitingAt(Tasks.ALERT, Timers.ALERT_DUE);
        assertThat(task()).isAssignedTo("sales1").hasName("Chase an overdue return / 催办逾期归还");
        assertThat(ModelMocks.calls("raiseLoanAlert")).containsExactly("RaiseAlert");
    }

    @Test
    void withItsTaskStillOpenTheAlertOnlyWaitsAgain() {
        ProcessInstance alert = watching(AlertKind.SHIPMENT_LATE);
        LoanModelStandIns.raiseReports(false, true);
        execute(job());
        LoanModelStandIns.raiseReports(false, false);

        execute(job(alert));

        assertThat(alert).isWaitingAt(Tasks.ALERT, Timers.ALERT_DUE);
        assertThat(ModelMocks.calls("raiseLoanAlert")).hasSize(2);
        complete(task(), Map.of(Variables.ALERT_NOTE, "Called the warehouse"));
        assertThat(alert).hasPassed("AlertTaskDone").isWaitingAt(Timers.ALERT_DUE);
    }

    @Test
    void aResolvedAlertEndsTheLoop() {
        LoanModelStandIns.raiseReports(true, false);
        ProcessInstance alert = watching(AlertKind.FEEDBACK_OVERDUE);

        execute(job());

        assertThat(alert).isEnded().hasPassedInOrder(Timers.ALERT_DUE, "RaiseAlert", "AlertResolved")
                .hasNotPassed(Tasks.ALERT);
    }
}
