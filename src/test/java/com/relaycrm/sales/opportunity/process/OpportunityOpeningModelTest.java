package com.relaycrm.sales.opportunity.process;

import static com.relaycrm.support.StartFormSteps.passesThroughItsOneStep;
import static com.relaycrm.support.StartFormSteps.refusalLeavesNoProcess;

import com.relaycrm.sales.opportunity.process.OpportunityOpeningProcess.Variables;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The opportunity-opening diagram alone (fast tier): one synchronous step ("Open the opportunity") between the start
 * form and the end.
 */
@ProcessModelTest
@Deployment(resources = "processes/opportunity-opening.bpmn")
class OpportunityOpeningModelTest {

    @Test
    void theStartFormIsOpenedAsAnOpportunityInOneSynchronousStepAndTheProcessEnds() {
        passesThroughItsOneStep(OpportunityOpeningProcess.KEY,
                Map.of(Variables.CUSTOMER_CODE, "C-1", Variables.NAME, "ERP", Variables.AMOUNT, "1000"),
                "openOpportunity", "OpportunityDetailsEntered", "OpenOpportunity", "OpportunityOpened");
    }

    @Test
    void aRefusedFieldLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        refusalLeavesNoProcess(OpportunityOpeningProcess.KEY, Map.of(Variables.CUSTOMER_CODE, "C-9"),
                "openOpportunity", Variables.CUSTOMER_CODE);
    }
}
