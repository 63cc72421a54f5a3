package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.loan.process.LoanRequestProcess;
import com.relaycrm.loan.process.LoanRequestProcess.Variables;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The loan-request diagram alone (fast tier): Tasklist's start form, one synchronous step, the end. */
@ProcessModelTest
@Deployment(resources = "processes/loan-request.bpmn")
class LoanRequestModelTest {

    @Test
    void theStartFormsLoanIsRequestedInOneSynchronousStep() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(LoanRequestProcess.KEY,
                Map.of(Variables.CUSTOMER_CODE, "C-1", Variables.PRODUCT, "Demo printer"));

        assertThat(process).isEnded().hasPassedInOrder("LoanDetailsEntered", "RequestLoan", "LoanRequested");
        assertThat(ModelMocks.calls("requestLoan")).containsExactly("RequestLoan");
    }

    @Test
    void aRefusedFieldLeavesNoProcessBehindSoTheStartFormShowsTheError() {
        ModelMocks.onExecution("requestLoan", execution -> {
            throw new InvalidInputException(Variables.CUSTOMER_CODE, "no customer C-9 you may lend to");
        });

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(LoanRequestProcess.KEY,
                Map.of(Variables.CUSTOMER_CODE, "C-9")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(Variables.CUSTOMER_CODE);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(LoanRequestProcess.KEY).count()).isZero();
    }
}
