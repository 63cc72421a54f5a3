package com.relaycrm.expense;

import static com.relaycrm.support.StartFormSteps.passesThroughItsOneStep;
import static com.relaycrm.support.StartFormSteps.refusalLeavesNoProcess;

import com.relaycrm.expense.process.ApprovalDelegationProcess;
import com.relaycrm.expense.process.ApprovalDelegationProcess.Variables;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The approval-delegation diagram alone (fast tier): one synchronous step between the start form and the end. */
@ProcessModelTest
@Deployment(resources = "processes/approval-delegation.bpmn")
class ApprovalDelegationModelTest {

    @Test
    void theStartFormsAnswerIsAppliedInOneSynchronousStepAndTheProcessEnds() {
        passesThroughItsOneStep(ApprovalDelegationProcess.KEY,
                Map.of(Variables.ACTION, ApprovalDelegationProcess.DELEGATE, Variables.SUBSTITUTE, "finance2",
                        Variables.UNTIL, "2027-01-31"),
                "delegateApprovals", "DelegationRequested", "ApplyDelegation", "DelegationApplied");
    }

    @Test
    void aRefusedDelegationLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        refusalLeavesNoProcess(ApprovalDelegationProcess.KEY,
                Map.of(Variables.ACTION, ApprovalDelegationProcess.DELEGATE), "delegateApprovals", Variables.SUBSTITUTE);
    }
}
