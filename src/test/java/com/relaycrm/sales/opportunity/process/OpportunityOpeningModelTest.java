package com.relaycrm.sales.opportunity.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.sales.opportunity.process.OpportunityOpeningProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The opportunity-opening diagram alone (fast tier): one synchronous step between the start form and the end. */
@ProcessModelTest
@Deployment(resources = "processes/opportunity-opening.bpmn")
class OpportunityOpeningModelTest {

    @Test
    void theStartFormIsOpenedAsAnOpportunityInOneSynchronousStepAndTheProcessEnds() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(OpportunityOpeningProcess.KEY,
                Map.of(Variables.CUSTOMER_CODE, "C-1", Variables.NAME, "ERP", Variables.AMOUNT, "1000"));

        assertThat(process).isEnded().hasPassedInOrder("OpportunityDetailsEntered", "OpenOpportunity",
                "OpportunityOpened");
        assertThat(ModelMocks.calls("openOpportunity")).containsExactly("OpenOpportunity");
    }

    @Test
    void aRefusedFieldLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        ModelMocks.onExecution("openOpportunity", execution -> {
            throw new InvalidInputException(Variables.CUSTOMER_CODE, "no customer C-9");
        });

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(OpportunityOpeningProcess.KEY,
                Map.of(Variables.CUSTOMER_CODE, "C-9"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Variables.CUSTOMER_CODE);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(OpportunityOpeningProcess.KEY)
                .count()).isZero();
    }
}
