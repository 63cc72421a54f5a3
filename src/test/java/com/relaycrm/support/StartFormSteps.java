package com.relaycrm.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.support.ModelMocks;
import java.util.Map;

/**
 * The two things the fast tier checks on a "start form, one synchronous step, end" diagram (lead-entry,
 * opportunity-opening; approval-delegation has the same shape): the answer passes through the step and the process
 * ends, and a refused field leaves no process behind so the start form shows the error. For {@code ProcessModelTest}
 * classes only (it uses the model engine's camunda-bpm-assert and {@link ModelMocks}).
 */
public final class StartFormSteps {

    private StartFormSteps() {
    }

    /** Starts {@code processKey} with the form's answer: it passes start, step and end in order, the step once. */
    public static void passesThroughItsOneStep(String processKey, Map<String, Object> answer, String delegate,
                                               String start, String step, String end) {
        assertThat(runtimeService().startProcessInstanceByKey(processKey, answer)).isEnded()
                .hasPassedInOrder(start, step, end);
        assertThat(ModelMocks.calls(delegate)).containsExactly(step);
    }

    /** The step refuses {@code field}: starting fails with that refusal and no instance of the process remains. */
    public static void refusalLeavesNoProcess(String processKey, Map<String, Object> answer, String delegate,
                                              String field) {
        ModelMocks.onExecution(delegate, execution -> {
            throw new InvalidInputException(field, "is refused");
        });

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(processKey, answer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count()).isZero();
    }
}
