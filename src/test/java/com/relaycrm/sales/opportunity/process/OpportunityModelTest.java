package com.relaycrm.sales.opportunity.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.relaycrm.organisation.Groups;
import com.relaycrm.sales.opportunity.process.OpportunityProcess.Data;
import com.relaycrm.sales.opportunity.process.OpportunityProcess.Tasks;
import com.relaycrm.sales.opportunity.process.OpportunityProcess.Timers;
import com.relaycrm.sales.opportunity.process.OpportunityProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The opportunity diagram alone (fast tier): the owner's promotion task, the won, failed and dormant exits, the
 * wake-up timer and the manager's approval of a gated promotion. "Prepare the stage" is mocked to reach WON after a
 * given number of stages; "Record the decision" writes through {@link OpportunityProcess#decided}.
 */
@ProcessModelTest
@Deployment(resources = "processes/opportunity.bpmn")
class OpportunityModelTest {

    private static final String OWNER = "rep1";

    /** "Prepare the stage" for the owner; the {@code wonAt}-th time it is called the opportunity is won. */
    private static void stagesUntilWonAt(int wonAt) {
        AtomicInteger prepared = new AtomicInteger();
        ModelMocks.onExecution("prepareOpportunityStage", execution -> {
            execution.setVariable(Variables.OWNER, OWNER);
            execution.setVariable(Variables.WON, prepared.incrementAndGet() >= wonAt);
            execution.setVariable(Variables.MILESTONES_MET, false);
        });
    }

    /** "Record the decision" as the real step: the owner stays, approval needed when a reason is given. */
    private static void decisionsNeedApproval(String reason) {
        ModelMocks.onExecution("recordStageDecision", execution -> {
            Object wakeUpOn = execution.getVariable(Variables.WAKE_UP_ON);
            OpportunityProcess.decided(execution, OWNER, reason != null, reason,
                    wakeUpOn == null ? null : LocalDate.parse((String) wakeUpOn));
        });
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(OpportunityProcess.KEY, OpportunityProcess.businessKey(3),
                Map.of(Data.OPPORTUNITY_ID, 3L, Variables.OWNER, OWNER, Variables.OPPORTUNITY_NAME, "ERP"));
    }

    @Test
    void theOwnerPromotesStageByStageUntilTheWonOpportunityCreatesItsOrder() {
        stagesUntilWonAt(3);
        decisionsNeedApproval(null);
        ProcessInstance process = start();
        assertThat(process).isWaitingAt(Tasks.PROMOTE);
        assertThat(task(process)).isAssignedTo(OWNER);

        complete(task(process), Map.of(Variables.PROMOTION, "ADVANCE", Variables.MILESTONES_MET, true));
        assertThat(process).isWaitingAt(Tasks.PROMOTE);
        complete(task(process), Map.of(Variables.PROMOTION, "ADVANCE", Variables.MILESTONES_MET, true));

        assertThat(process).isEnded().hasPassed("CreateOrder", "OpportunityWon").hasNotPassed(Tasks.APPROVE);
        assertThat(ModelMocks.calls("prepareOpportunityStage")).containsExactly("PrepareStage", "PrepareStage",
                "PrepareStage");
        assertThat(ModelMocks.calls("recordStageDecision")).hasSize(2);
        assertThat(ModelMocks.calls("createOrderFromOpportunity")).containsExactly("CreateOrder");
    }

    @Test
    void aFailedOpportunityEndsWithoutAnOrder() {
        stagesUntilWonAt(99);
        decisionsNeedApproval(null);
        ProcessInstance process = start();

        complete(task(process), Map.of(Variables.PROMOTION, "FAIL", Variables.FAILURE_REASON, "Lost on price"));

        assertThat(process).isEnded().hasPassed("RecordStageDecision", "OpportunityLost").hasNotPassed("CreateOrder");
    }

    @Test
    void aDormantOpportunitySleepsUntilItsWakeUpDateAndReturnsToItsOwner() {
        stagesUntilWonAt(99);
        decisionsNeedApproval(null);
        ProcessInstance process = start();
        LocalDate wakeUp = LocalDate.now().plusDays(30);

        complete(task(process), Map.of(Variables.PROMOTION, "DORMANT", Variables.WAKE_UP_ON, wakeUp.toString()));
        assertThat(process).isWaitingAt(Timers.WAKE_UP_DATE);
        assertThat(job(Timers.WAKE_UP_DATE, process).getDuedate())
                .isEqualTo(Date.from(wakeUp.atStartOfDay(ZoneId.systemDefault()).toInstant()));

        execute(job(Timers.WAKE_UP_DATE, process));
        assertThat(process).isWaitingAt(Tasks.PROMOTE).hasPassed("WakeUpOpportunity");
        assertThat(ModelMocks.calls("wakeUpOpportunity")).containsExactly("WakeUpOpportunity");
        assertThat(ModelMocks.calls("prepareOpportunityStage")).hasSize(2);
    }

    @Test
    void aGatedPromotionWaitsForASalesManagersApprovalThenPreparesTheNextStage() {
        stagesUntilWonAt(99);
        decisionsNeedApproval("Leaving the internal review");
        ProcessInstance process = start();

        complete(task(process), Map.of(Variables.PROMOTION, "ADVANCE", Variables.MILESTONES_MET, true));
        assertThat(process).isWaitingAt(Tasks.APPROVE).variables()
                .containsEntry(Variables.APPROVAL_REASON, "Leaving the internal review");
        assertThat(task(process)).hasCandidateGroup(Groups.SALES_MANAGER);

        complete(task(process), Map.of(Variables.PROMOTION_APPROVED, "YES"));
        assertThat(process).isWaitingAt(Tasks.PROMOTE).hasPassed("RecordPromotionApproval");
        assertThat(ModelMocks.calls("recordPromotionApproval")).containsExactly("RecordPromotionApproval");
        assertThat(ModelMocks.calls("prepareOpportunityStage")).hasSize(2);
    }
}
