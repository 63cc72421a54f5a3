package com.relaycrm.sales.lead.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.sales.lead.LeadTimes;
import com.relaycrm.sales.lead.process.LeadProcess.Data;
import com.relaycrm.sales.lead.process.LeadProcess.Messages;
import com.relaycrm.sales.lead.process.LeadProcess.Tasks;
import com.relaycrm.sales.lead.process.LeadProcess.Timers;
import com.relaycrm.sales.lead.process.LeadProcess.Values;
import com.relaycrm.sales.lead.process.LeadProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The lead-lifecycle diagram alone (fast tier): assignment by rule or the department pool, the follow-up task with
 * its reminder, overdue timer and recycle message, the pool decisions and the public pool. The mocked steps write
 * what the real ones do through {@link LeadProcess}'s own writers.
 */
@ProcessModelTest
@Deployment(resources = "processes/lead-lifecycle.bpmn")
class LeadLifecycleModelTest {

    private static final Instant REMIND = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant DUE = REMIND.plus(1, ChronoUnit.DAYS);
    private static final Instant POOL_DUE = DUE.plus(3, ChronoUnit.DAYS);
    private static final LeadTimes TIMES = new LeadTimes(DUE, REMIND);

    private static void rulesAssignTo(String rep) {
        ModelMocks.onExecution("assignLead", execution -> LeadProcess.held(execution, rep, TIMES));
    }

    private static void rulesFindNoRep() {
        ModelMocks.onExecution("assignLead", execution -> LeadProcess.inDepartmentPool(execution, POOL_DUE));
    }

    private static ProcessInstance start() {
        ModelMocks.onExecution("recycleLead", execution -> LeadProcess.inDepartmentPool(execution, POOL_DUE));
        ModelMocks.onExecution("moveLeadToPublicPool", LeadProcess::released);
        ModelMocks.onExecution("assignLeadByManager", execution -> LeadProcess.held(execution,
                (String) execution.getVariable(Variables.ASSIGN_TO), TIMES));
        ModelMocks.onExecution("claimLead", execution -> LeadProcess.held(execution, "claimer", TIMES));
        ModelMocks.onExecution("recordLeadFollowUp", execution -> LeadProcess.followedUp(execution, TIMES, "1 so far"));
        return runtimeService().startProcessInstanceByKey(LeadProcess.KEY, LeadProcess.businessKey(7),
                Map.of(Data.LEAD_ID, 7L, Variables.LEAD_NAME, "Wang", Variables.SOURCE, "WEB_FORM"));
    }

    @Test
    void aLeadAssignedByRuleWaitsForItsRepsFollowUpWithTheReminderAndOverdueTimersAtItsDates() {
        rulesAssignTo("rep1");

        ProcessInstance process = start();

        assertThat(process).isWaitingAt(Tasks.FOLLOW_UP).hasPassed("AssignLead");
        assertThat(task(process)).isAssignedTo("rep1").hasDueDate(Date.from(DUE));
        assertThat(job(Timers.REMINDER_DUE, process).getDuedate()).isEqualTo(Date.from(REMIND));
        assertThat(job(Timers.FOLLOW_UP_OVERDUE, process).getDuedate()).isEqualTo(Date.from(DUE));
        assertThat(ModelMocks.calls("assignLead")).containsExactly("AssignLead");
    }

    @Test
    void aFollowUpIsRecordedAndTheRepFollowsUpAgainUntilTheLeadIsConverted() {
        rulesAssignTo("rep1");
        ProcessInstance process = start();

        complete(task(process), Map.of(Variables.OUTCOME, "FOLLOW_UP", Variables.ACTIVITY_NOTE, "Called"));
        assertThat(process).isWaitingAt(Tasks.FOLLOW_UP).variables()
                .containsEntry(Variables.EARLIER_FOLLOW_UPS, "1 so far");

        complete(task(process), Map.of(Variables.OUTCOME, Values.CONVERT));
        assertThat(process).isEnded().hasPassed("ConvertLead", "LeadConverted");
        assertThat(ModelMocks.calls("recordLeadFollowUp")).containsExactly("RecordLeadFollowUp");
        assertThat(ModelMocks.calls("convertLead")).containsExactly("ConvertLead");
    }

    @Test
    void anInvalidLeadIsClosedByItsRep() {
        rulesAssignTo("rep1");
        ProcessInstance process = start();

        complete(task(process), Map.of(Variables.OUTCOME, Values.INVALID, Variables.INVALID_REASON, "Wrong number"));

        assertThat(process).isEnded().hasPassed("CloseLead", "LeadInvalid");
        assertThat(ModelMocks.calls("closeLead")).containsExactly("CloseLead");
    }

    @Test
    void theReminderMailsTheRepAndLeavesTheFollowUpTaskOpen() {
        rulesAssignTo("rep1");
        ProcessInstance process = start();

        execute(job(Timers.REMINDER_DUE, process));

        assertThat(process).isWaitingAt(Tasks.FOLLOW_UP).hasPassed("RemindLeadOwner", "Reminded");
        assertThat(ModelMocks.calls("remindLeadOwner")).containsExactly("RemindLeadOwner");
    }

    @Test
    void anOverdueFollowUpRecyclesTheLeadToTheDepartmentPool() {
        rulesAssignTo("rep1");
        ProcessInstance process = start();

        execute(job(Timers.FOLLOW_UP_OVERDUE, process));

        assertThat(process).isWaitingAt(Tasks.ASSIGN_FROM_DEPARTMENT_POOL).hasPassed(Timers.FOLLOW_UP_OVERDUE, "RecycleLead");
        assertThat(ModelMocks.calls("recycleLead")).containsExactly("RecycleLead");
        assertThat(job(Timers.POOL_PERIOD_OVER, process).getDuedate()).isEqualTo(Date.from(POOL_DUE));
    }

    @Test
    void aManagersRecycleMessageTakesTheLeadFromItsRepToTheDepartmentPool() {
        rulesAssignTo("rep1");
        ProcessInstance process = start();

        runtimeService().createMessageCorrelation(Messages.RECYCLE_REQUESTED)
                .processInstanceBusinessKey(LeadProcess.businessKey(7))
                .setVariable(Data.RECYCLED_BY, "salesmgr1").setVariable(Data.RECYCLE_REASON, "Too slow").correlate();

        assertThat(process).isWaitingAt(Tasks.ASSIGN_FROM_DEPARTMENT_POOL).hasPassed("RecycleRequested", "RecycleLead");
    }

    @Test
    void withNoFreeRepAManagerAssignsTheLeadFromTheDepartmentPool() {
        rulesFindNoRep();
        ProcessInstance process = start();
        assertThat(process).isWaitingAt(Tasks.ASSIGN_FROM_DEPARTMENT_POOL);

        complete(task(process), Map.of(Variables.POOL_ACTION, Values.ASSIGN, Variables.ASSIGN_TO, "rep2"));

        assertThat(process).isWaitingAt(Tasks.FOLLOW_UP).hasPassed("AssignLeadByManager");
        assertThat(task(process)).isAssignedTo("rep2");
    }

    @Test
    void aManagerClosesAnInvalidLeadInTheDepartmentPool() {
        rulesFindNoRep();
        ProcessInstance process = start();

        complete(task(process), Map.of(Variables.POOL_ACTION, Values.INVALID, Variables.INVALID_REASON, "Test"));

        assertThat(process).isEnded().hasPassed("CloseLeadFromPool", "PoolLeadInvalid");
        assertThat(ModelMocks.calls("closeLead")).containsExactly("CloseLeadFromPool");
    }

    @Test
    void aReleasedLeadIsClaimedFromThePublicPoolAndFollowedUpByTheClaimer() {
        rulesFindNoRep();
        ProcessInstance process = start();

        complete(task(process), Map.of(Variables.POOL_ACTION, "PUBLIC"));
        assertThat(process).isWaitingAt(Tasks.CLAIM_FROM_PUBLIC_POOL).hasPassed("MoveLeadToPublicPool");

        complete(task(process));
        assertThat(process).isWaitingAt(Tasks.FOLLOW_UP).hasPassed("ClaimLead");
        assertThat(task(process)).isAssignedTo("claimer");
    }

    @Test
    void whenTheDepartmentPoolPeriodIsOverTheLeadMovesToThePublicPool() {
        rulesFindNoRep();
        ProcessInstance process = start();

        execute(job(Timers.POOL_PERIOD_OVER, process));

        assertThat(process).isWaitingAt(Tasks.CLAIM_FROM_PUBLIC_POOL).hasPassed("PoolPeriodOver", "MoveLeadToPublicPool");
        assertThat(ModelMocks.calls("moveLeadToPublicPool")).containsExactly("MoveLeadToPublicPool");
    }
}
