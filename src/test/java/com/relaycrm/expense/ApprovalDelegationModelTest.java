package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.expense.process.ApprovalDelegationProcess;
import com.relaycrm.expense.process.ApprovalDelegationProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The approval-delegation diagram alone (fast tier): one synchronous step between the start form and the end. */
@ProcessModelTest
@Deployment(resources = "processes/approval-delegation.bpmn")
class ApprovalDelegationModelTest {

    @Test
    void theStartFormsAnswerIsAppliedInOneSynchronousStepAndTheProcessEnds() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(ApprovalDelegationProcess.KEY,
                Map.of(Variables.ACTION, ApprovalDelegationProcess.DELEGATE, Variables.SUBSTITUTE, "finance2",
                        Variables.UNTIL, "2027-01-31"));

        assertThat(process).isEnded().hasPassedInOrder("DelegationRequested", "ApplyDelegation", "DelegationApplied");
        assertThat(ModelMocks.calls("delegateApprovals")).containsExactly("ApplyDelegation");
    }

    @Test
    void aRefusedDelegationLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        ModelMocks.onExecution("delegateApprovals", execution -> {
            throw new InvalidInputException(Variables.SUBSTITUTE, "is not a user");
        });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(
                ApprovalDelegationProcess.KEY, Map.of(Variables.ACTION, ApprovalDelegationProcess.DELEGATE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Variables.SUBSTITUTE);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ApprovalDelegationProcess.KEY)
                .count()).isZero();
    }
}
