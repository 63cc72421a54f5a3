package com.relaycrm.sales.lead.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.sales.lead.process.LeadEntryProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The lead-entry diagram alone (fast tier): one synchronous step between the start form and the end. */
@ProcessModelTest
@Deployment(resources = "processes/lead-entry.bpmn")
class LeadEntryModelTest {

    @Test
    void theStartFormIsEnteredAsALeadInOneSynchronousStepAndTheProcessEnds() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(LeadEntryProcess.KEY,
                Map.of(Variables.NAME, "Wang", Variables.SOURCE, "PHONE", Variables.PHONE, "13800000000"));

        assertThat(process).isEnded().hasPassedInOrder("LeadDetailsEntered", "EnterLead",
                "LeadEntered");
        assertThat(ModelMocks.calls("enterLead")).containsExactly("EnterLead");
    }

    @Test
    void aRefusedFieldLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        ModelMocks.onExecution("enterLead", execution -> {
            throw new InvalidInputException(Variables.EMAIL, "is not an email address");
        });

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(LeadEntryProcess.KEY,
                Map.of(Variables.EMAIL, "not-an-email"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Variables.EMAIL);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(LeadEntryProcess.KEY)
                .count()).isZero();
    }
}
