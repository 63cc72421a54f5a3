package com.relaycrm.service.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.relaycrm.service.process.ServiceRequestProcess.Data;
import com.relaycrm.service.process.ServiceRequestProcess.Tasks;
import com.relaycrm.service.process.ServiceRequestProcess.Timers;
import com.relaycrm.service.process.ServiceRequestProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The service-request diagram alone (fast tier): every path through triage, dispatch and rejection, repair on site
 * or at the factory, settlement, the return visit and its follow-up, and the two SLA timers with and without an
 * escalation; the delegates are recorders that set the variables the real steps set.
 */
@ProcessModelTest
@Deployment(resources = "processes/service-request.bpmn")
class ServiceRequestModelTest {

    private static final Instant NOW = Instant.now();

    @Test
    void anAcceptedRepairOnSiteWithoutChargesIsClosedAfterAGoodReturnVisit() {
        steps(true, false, false, false);
        ProcessInstance process = startedAndTriaged();

        assertThat(process).isWaitingAt(Tasks.DISPATCH);
        assertThat(task(Tasks.DISPATCH, process)).hasCandidateGroup("service");
        dispatchTo(process, "engineer1");
        assertThat(task(Tasks.ACCEPT, process)).isAssignedTo("engineer1");
        complete(task(Tasks.ACCEPT, process), withVariables(Variables.ENGINEER_DECISION, "ACCEPT"));
        assertThat(task(Tasks.REPAIR, process)).isAssignedTo("engineer1");
        complete(task(Tasks.REPAIR, process));
        assertThat(process).isWaitingAt(Tasks.RETURN_VISIT).hasPassed("CloseServiceRequest")
                .hasNotPassed(Tasks.RECEIVE_PART, Tasks.SETTLE);
        complete(task(Tasks.RETURN_VISIT, process));

        assertThat(process).isEnded().hasPassed("ServiceRequestClosed").hasNotPassed(Tasks.FOLLOW_UP);
        assertThat(ModelMocks.calls("registerServiceRequest")).containsExactly("RegisterServiceRequest");
        assertThat(ModelMocks.calls("triageServiceRequest")).containsExactly("TriageServiceRequest");
        assertThat(ModelMocks.calls("dispatchWorkOrder")).containsExactly("CreateWorkOrder");
        assertThat(ModelMocks.calls("recordEngineerDecision")).containsExactly("RecordEngineerDecision");
        assertThat(ModelMocks.calls("recordRepair")).containsExactly("RecordRepair");
        assertThat(ModelMocks.calls("closeServiceRequest")).containsExactly("CloseServiceRequest");
        assertThat(ModelMocks.calls("recordReturnVisit")).containsExactly("RecordReturnVisit");
        assertThat(ModelMocks.calls("recordSettlement")).isEmpty();
        assertThat(ModelMocks.calls("recordSlaBreach")).isEmpty();
    }

    @Test
    void aRejectedWorkOrderGoesBackToDispatchUntilAnEngineerAccepts() {
        List<Boolean> answers = new ArrayList<>(List.of(false, true));
        ModelMocks.onExecution("recordEngineerDecision",
                execution -> execution.setVariable(Variables.WORK_ORDER_ACCEPTED, answers.remove(0)));
        steps(null, false, false, false);
        ProcessInstance process = startedAndTriaged();

        dispatchTo(process, "engineer1");
        complete(task(Tasks.ACCEPT, process), withVariables(Variables.ENGINEER_DECISION, "REJECT"));
        assertThat(process).isWaitingAt(Tasks.DISPATCH);
        dispatchTo(process, "engineer2");
        assertThat(task(Tasks.ACCEPT, process)).isAssignedTo("engineer2");
        complete(task(Tasks.ACCEPT, process), withVariables(Variables.ENGINEER_DECISION, "ACCEPT"));

        assertThat(process).isWaitingAt(Tasks.REPAIR);
        assertThat(ModelMocks.calls("dispatchWorkOrder")).containsExactly("CreateWorkOrder", "CreateWorkOrder");
    }

    @Test
    void aFactoryRepairWithChargesPassesTheWarehouseAndTheSettlementAndALowScoreIsFollowedUp() {
        steps(true, true, true, true);
        ProcessInstance process = acceptedAndReported();

        assertThat(process).isWaitingAt(Tasks.RECEIVE_PART);
        assertThat(task(Tasks.RECEIVE_PART, process)).hasCandidateGroup("warehouse");
        complete(task(Tasks.RECEIVE_PART, process));
        assertThat(task(Tasks.RETURN_PART, process)).hasCandidateGroup("warehouse");
        complete(task(Tasks.RETURN_PART, process));
        assertThat(task(Tasks.SETTLE, process)).hasCandidateGroup("service");
        complete(task(Tasks.SETTLE, process));
        assertThat(process).isWaitingAt(Tasks.RETURN_VISIT).hasPassed("RecordFactoryReceipt", "RecordFactoryReturn",
                "RecordSettlement", "CloseServiceRequest");
        complete(task(Tasks.RETURN_VISIT, process));
        assertThat(task(Tasks.FOLLOW_UP, process)).hasCandidateGroup("service-manager");
        complete(task(Tasks.FOLLOW_UP, process));

        assertThat(process).isEnded().hasPassed("RecordFollowUp", "ServiceRequestClosedAfterFollowUp");
        assertThat(ModelMocks.calls("recordFactoryReceipt")).containsExactly("RecordFactoryReceipt");
        assertThat(ModelMocks.calls("recordFactoryReturn")).containsExactly("RecordFactoryReturn");
        assertThat(ModelMocks.calls("recordSettlement")).containsExactly("RecordSettlement");
        assertThat(ModelMocks.calls("recordFollowUp")).containsExactly("RecordFollowUp");
    }

    @Test
    void aMissedFirstResponseIsRecordedAndEscalatedToTheServiceManagerWhileDispatchGoesOn() {
        List<Object> kinds = breachSteps(true);
        steps(true, false, false, false);
        ProcessInstance process = startedAndTriaged();

        execute(job(Timers.FIRST_RESPONSE_OVERDUE, process));

        assertThat(process).isWaitingAt(Tasks.DISPATCH, Tasks.HANDLE_FIRST_RESPONSE_ESCALATION);
        assertThat(task(Tasks.HANDLE_FIRST_RESPONSE_ESCALATION, process)).hasCandidateGroup("service-manager");
        assertThat(kinds).containsExactly("FIRST_RESPONSE");
        complete(task(Tasks.HANDLE_FIRST_RESPONSE_ESCALATION, process),
                withVariables(Variables.ESCALATION_ACTION, "Called the customer"));
        assertThat(process).hasPassed("RecordFirstResponseEscalationHandled", "FirstResponseEscalationHandled")
                .isWaitingAt(Tasks.DISPATCH);
        assertThat(kinds).containsExactly("FIRST_RESPONSE", "FIRST_RESPONSE");

        dispatchTo(process, "engineer1");
        assertThat(process).isWaitingAt(Tasks.ACCEPT);
    }

    @Test
    void aFirstResponseAlreadyMetIsRecordedWithoutAnEscalation() {
        breachSteps(false);
        steps(true, false, false, false);
        ProcessInstance process = startedAndTriaged();

        execute(job(Timers.FIRST_RESPONSE_OVERDUE, process));

        assertThat(process).isWaitingAt(Tasks.DISPATCH).hasPassed("FirstResponseAlreadyMet")
                .hasNotPassed(Tasks.HANDLE_FIRST_RESPONSE_ESCALATION);
        assertThat(ModelMocks.calls("recordSlaBreach")).containsExactly("RecordFirstResponseBreach");
    }

    @Test
    void aMissedResolutionIsEscalatedWhileTheRepairGoesOnAndTheRequestStillCloses() {
        List<Object> kinds = breachSteps(true);
        steps(true, false, false, false);
        ProcessInstance process = startedAndTriaged();
        dispatchTo(process, "engineer1");
        complete(task(Tasks.ACCEPT, process), withVariables(Variables.ENGINEER_DECISION, "ACCEPT"));

        execute(job(Timers.RESOLUTION_OVERDUE, process));

        assertThat(process).isWaitingAt(Tasks.REPAIR, Tasks.HANDLE_RESOLUTION_ESCALATION);
        assertThat(kinds).containsExactly("RESOLUTION");
        complete(task(Tasks.HANDLE_RESOLUTION_ESCALATION, process));
        complete(task(Tasks.REPAIR, process));
        complete(task(Tasks.RETURN_VISIT, process));
        assertThat(process).isEnded().hasPassed("RecordResolutionEscalationHandled");
        assertThat(ModelMocks.calls("recordEscalationHandled")).containsExactly("RecordResolutionEscalationHandled");
    }

    @Test
    void aResolutionAlreadyMetEndsTheTimersPathWithoutATask() {
        breachSteps(false);
        steps(true, false, false, false);
        ProcessInstance process = startedAndTriaged();

        execute(job(Timers.RESOLUTION_OVERDUE, process));

        assertThat(process).hasPassed("ResolutionAlreadyMet").isWaitingAt(Tasks.DISPATCH);
    }

    // ---------------------------------------------------------------- helpers

    /** The delegates set what the real steps set; a null answer leaves a step to the test's own stand-in. */
    private static void steps(Boolean accepted, boolean factoryRepair, boolean settlement, boolean followUp) {
        ModelMocks.onExecution("triageServiceRequest", execution -> {
            execution.setVariable(Variables.FIRST_RESPONSE_DUE_AT, Date.from(NOW.plus(2, ChronoUnit.HOURS)));
            execution.setVariable(Variables.RESOLUTION_DUE_AT, Date.from(NOW.plus(2, ChronoUnit.DAYS)));
        });
        if (accepted != null) {
            ModelMocks.onExecution("recordEngineerDecision",
                    execution -> execution.setVariable(Variables.WORK_ORDER_ACCEPTED, accepted));
        }
        ModelMocks.onExecution("recordRepair", execution -> {
            execution.setVariable(Variables.FACTORY_REPAIR, factoryRepair);
            execution.setVariable(Variables.SETTLEMENT_REQUIRED, settlement);
        });
        ModelMocks.onExecution("recordReturnVisit",
                execution -> execution.setVariable(Variables.FOLLOW_UP_REQUIRED, followUp));
    }

    /** The breach step answers {@code escalate}; returns the SLA kinds the breach and escalation steps were given. */
    private static List<Object> breachSteps(boolean escalate) {
        List<Object> kinds = new ArrayList<>();
        ModelMocks.onExecution("recordSlaBreach", execution -> {
            kinds.add(execution.getVariable(Data.SLA_KIND));
            execution.setVariable(Variables.ESCALATION_NEEDED, escalate);
        });
        ModelMocks.onExecution("recordEscalationHandled", execution -> kinds.add(execution.getVariable(Data.SLA_KIND)));
        return kinds;
    }

    private static ProcessInstance startedAndTriaged() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(ServiceRequestProcess.KEY, "SR-000001",
                Map.of(Data.SERVICE_REQUEST_ID, 1L));
        assertThat(process).isWaitingAt("TriageServiceRequest");
        execute(job("TriageServiceRequest", process));
        return process;
    }

    private static ProcessInstance acceptedAndReported() {
        ProcessInstance process = startedAndTriaged();
        dispatchTo(process, "engineer1");
        complete(task(Tasks.ACCEPT, process), withVariables(Variables.ENGINEER_DECISION, "ACCEPT"));
        complete(task(Tasks.REPAIR, process));
        return process;
    }

    private static void dispatchTo(ProcessInstance process, String engineer) {
        complete(task(Tasks.DISPATCH, process), withVariables(Variables.ENGINEER_ID, engineer));
    }
}
