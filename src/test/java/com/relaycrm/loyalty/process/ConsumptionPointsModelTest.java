package com.relaycrm.loyalty.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Data;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Tasks;
import com.relaycrm.loyalty.process.ConsumptionPointsProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumption-points diagram alone (fast tier): posting, then the owner's welcome on an upgrade. */
@ProcessModelTest
@Deployment(resources = "processes/consumption-points.bpmn")
class ConsumptionPointsModelTest {

    static final Date WELCOME_DUE = new Date(1_900_000_000_000L);

    @BeforeEach
    void scheduleTheWelcome() {
        ModelMocks.register("loyaltySchedule", Map.of("welcomeDue", WELCOME_DUE));
    }

    @Test
    void aPurchaseWithoutUpgradeIsPostedInOneSynchronousStepAndEnds() {
        ModelMocks.onExecution("postConsumptionPoints", execution -> execution.setVariable(Variables.UPGRADED, false));

        ProcessInstance process = start();

        assertThat(process).isEnded().hasPassedInOrder("ConsumptionReceived", "PostConsumptionPoints", "PointsPosted")
                .hasNotPassed(Tasks.WELCOME_MEMBER);
        assertThat(ModelMocks.calls("postConsumptionPoints")).containsExactly("PostConsumptionPoints");
        assertThat(ModelMocks.calls("recordMemberWelcome")).isEmpty();
    }

    @Test
    void anUpgradeGivesTheMembersOwnerAWelcomeTaskDueByTheScheduleAndRecordsTheNote() {
        ModelMocks.onExecution("postConsumptionPoints", execution -> execution.setVariables(Map.of(
                Variables.UPGRADED, true, Variables.OWNER_ID, "sales1", Data.TIER_CHANGE_ID, 7L)));

        ProcessInstance process = start();

        assertThat(process).isWaitingAt(Tasks.WELCOME_MEMBER);
        assertThat(task(process)).isAssignedTo("sales1").hasDueDate(WELCOME_DUE);
        assertThat(taskService().createTaskQuery().processInstanceId(process.getId()).taskCandidateGroup("sales-manager")
                .includeAssignedTasks().count()).as("sales managers see it too").isOne();
        complete(task(process), Map.of(Variables.WELCOME_NOTE, "Called the member"));
        assertThat(process).isEnded().hasPassedInOrder(Tasks.WELCOME_MEMBER, "RecordMemberWelcome", "MemberWelcomed");
        assertThat(ModelMocks.calls("recordMemberWelcome")).containsExactly("RecordMemberWelcome");
    }

    @Test
    void aFailedPostingLeavesNoProcessSoTheTillGetsTheError() {
        ModelMocks.onExecution("postConsumptionPoints", execution -> {
            throw new InvalidInputException(Data.CONSUMPTION_ID, "this process is not about a stored purchase");
        });

        assertThatThrownBy(this::start).isInstanceOf(InvalidInputException.class);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ConsumptionPointsProcess.KEY)
                .count()).isZero();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ConsumptionPointsProcess.KEY,
                ConsumptionPointsProcess.businessKey("POS", "T1"), Map.of(Data.CONSUMPTION_ID, 1L));
    }
}
