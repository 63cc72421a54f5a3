package com.relaycrm.sales.lead.process;

import static com.relaycrm.support.StartFormSteps.passesThroughItsOneStep;
import static com.relaycrm.support.StartFormSteps.refusalLeavesNoProcess;

import com.relaycrm.sales.lead.process.LeadEntryProcess.Variables;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The lead-entry diagram alone (fast tier): one synchronous step ("Enter the lead") between the start form and the
 * end.
 */
@ProcessModelTest
@Deployment(resources = "processes/lead-entry.bpmn")
class LeadEntryModelTest {

    @Test
    void theStartFormIsEnteredAsALeadInOneSynchronousStepAndTheProcessEnds() {
        passesThroughItsOneStep(LeadEntryProcess.KEY,
                Map.of(Variables.NAME, "Wang", Variables.SOURCE, "PHONE", Variables.PHONE, "13800000000"),
                "enterLead", "LeadDetailsEntered", "EnterLead", "LeadEntered");
    }

    @Test
    void aRefusedFieldLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        refusalLeavesNoProcess(LeadEntryProcess.KEY, Map.of(Variables.EMAIL, "not-an-email"), "enterLead",
                Variables.EMAIL);
    }
}
