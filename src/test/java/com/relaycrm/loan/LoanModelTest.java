package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.relaycrm.loan.process.LoanAlertProcess;
import com.relaycrm.loan.process.LoanProcess;
import com.relaycrm.loan.process.LoanProcess.Tasks;
import com.relaycrm.loan.process.LoanProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loan diagram alone (fast tier), with the alert loop it calls: review (rejected ends it), shipping watched by the
 * shipment alert, then on loan watched by the feedback and return alerts while the owner records feedback, returns
 * (received by the warehouse) and conversions (reviewed) until every item is settled, which closes the loan and ends
 * the alerts still running. The steps are recorded no-ops; loanDecisions and loanAlerts are stand-ins.
 */
@ProcessModelTest
@Deployment(resources = {"processes/loan.bpmn", "processes/loan-alert.bpmn"})
class LoanModelTest {

    private LoanModelStandIns.Decisions decisions;

    @BeforeEach
    void standIns() {
        decisions = LoanModelStandIns.registerDecisions();
        LoanModelStandIns.registerAlerts();
    }

    private static ProcessInstance requested() {
        ProcessInstance loan = runtimeService().startProcessInstanceByKey(LoanProcess.KEY, "LOAN-1",
                Map.of(Variables.OWNER_ID, "sales1"));
        assertThat(loan).isWaitingAt(Tasks.REVIEW);
        return loan;
    }

    private static ProcessInstance shipped() {
        ProcessInstance loan = requested();
        complete(task(Tasks.REVIEW, loan));
        complete(task(Tasks.SHIP, loan));
        assertThat(loan).isWaitingAt(Tasks.FOLLOW_UP);
        return loan;
    }

    /** The alert loops the loan's process runs now, by kind. */
    private static List<String> alertKinds(ProcessInstance loan) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(loan.getId()).list().stream()
                .map(alert -> (String) runtimeService().getVariable(alert.getId(),
                        LoanAlertProcess.Variables.ALERT_KIND)).sorted().toList();
    }

    private static ProcessInstance alert(ProcessInstance loan, AlertKind kind) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(loan.getId())
                .variableValueEquals(LoanAlertProcess.Variables.ALERT_KIND, kind.name()).singleResult();
    }

    @Test
    void aRejectedLoanEndsAfterItsReview() {
        decisions.approved = false;
        ProcessInstance loan = requested();
        complete(task(Tasks.REVIEW, loan));

        assertThat(loan).isEnded().hasPassedInOrder(Tasks.REVIEW, "RecordLoanReview", "LoanRejected")
                .hasNotPassed("Shipping");
        assertThat(ModelMocks.calls("recordLoanReview")).containsExactly("RecordLoanReview");
    }

    @Test
    void whileShippingOnlyTheShipmentAlertWatchesAndShippingEndsIt() {
        ProcessInstance loan = requested();
        complete(task(Tasks.REVIEW, loan));
        assertThat(loan).isWaitingAt(Tasks.SHIP, "WatchShipment");
        assertThat(alertKinds(loan)).containsExactly(AlertKind.SHIPMENT_LATE.name());

        LoanModelStandIns.raiseReports(false, true);
        execute(job(alert(loan, AlertKind.SHIPMENT_LATE)));
        assertThat(taskService().createTaskQuery().processInstanceId(alert(loan, AlertKind.SHIPMENT_LATE).getId())
                .singleResult()).isAssignedTo("sales1").hasName("Chase a late shipment / 催办延迟发货");

        complete(task(Tasks.SHIP, loan));

        assertThat(loan).hasPassed("RecordShipment", "LoanShipped").isWaitingAt(Tasks.FOLLOW_UP, "WatchFeedback",
                "WatchReturn");
        assertThat(alertKinds(loan)).containsExactly(AlertKind.FEEDBACK_OVERDUE.name(),
                AlertKind.RETURN_OVERDUE.name());
        assertThat(taskService().createTaskQuery().processDefinitionKey(LoanAlertProcess.KEY).count())
                .as("the shipment alert's task went with its loop").isZero();
    }

    @Test
    void feedbackComesBackToTheFollowUpAndAResolvedAlertEndsItsLoopOnly() {
        ProcessInstance loan = shipped();
        complete(task(Tasks.FOLLOW_UP, loan), Map.of(Variables.FOLLOW_UP_ACTION, "FEEDBACK"));
        assertThat(loan).isWaitingAt(Tasks.FOLLOW_UP);

        LoanModelStandIns.raiseReports(true, false);
        execute(job(alert(loan, AlertKind.FEEDBACK_OVERDUE)));

        assertThat(loan).hasPassed("WatchFeedbackEnded").isWaitingAt(Tasks.FOLLOW_UP, "WatchReturn");
        assertThat(alertKinds(loan)).containsExactly(AlertKind.RETURN_OVERDUE.name());
        assertThat(ModelMocks.calls("recordLoanFollowUp")).containsExactly("RecordFollowUp");
    }

    @Test
    void aConversionIsReviewedAndItemsStillOutGoBackToTheFollowUp() {
        decisions.allSettled = false;
        ProcessInstance loan = shipped();
        complete(task(Tasks.FOLLOW_UP, loan), Map.of(Variables.FOLLOW_UP_ACTION, "CONVERT"));
        assertThat(loan).isWaitingAt(Tasks.REVIEW_CONVERSION);
        complete(task(Tasks.REVIEW_CONVERSION, loan));

        assertThat(loan).hasPassed("RecordConversion").isWaitingAt(Tasks.FOLLOW_UP);
        assertThat(ModelMocks.calls("recordLoanConversion")).containsExactly("RecordConversion");
    }

    @Test
    void theLastReturnClosesTheLoanAndEndsTheAlertsStillWatching() {
        ProcessInstance loan = shipped();
        complete(task(Tasks.FOLLOW_UP, loan), Map.of(Variables.FOLLOW_UP_ACTION, "RETURN"));
        assertThat(loan).isWaitingAt(Tasks.RECEIVE_RETURN);
        complete(task(Tasks.RECEIVE_RETURN, loan));

        assertThat(loan).isEnded().hasPassedInOrder("RecordReturnReceipt", "LoanSettled", "CloseLoan", "LoanClosed");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(LoanAlertProcess.KEY).count())
                .isZero();
        assertThat(ModelMocks.calls("recordLoanReturn")).containsExactly("RecordReturnReceipt");
        assertThat(ModelMocks.calls("closeLoan")).containsExactly("CloseLoan");
    }
}
