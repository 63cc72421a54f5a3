package com.relaycrm.serviceplan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import com.relaycrm.serviceplan.process.ServicePlanGenerationProcess.Data;
import com.relaycrm.serviceplan.process.ServicePlanGenerationProcess.Timers;
import com.relaycrm.support.ModelMocks;
import com.relaycrm.support.ProcessModelTest;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service-plan-generation diagram alone (fast tier): its timer start event runs on the configured cycle
 * ({@code servicePlanSchedule}, a stand-in here) and each run is one synchronous step.
 */
@ProcessModelTest
@Deployment(resources = "processes/service-plan-generation.bpmn")
class ServicePlanGenerationModelTest {

    /** What ServicePlanSchedule answers: the cycle is needed when the diagram is deployed, before each test. */
    public static final class Schedule {
        public String getGenerationCycle() {
            return "R/P1D";
        }
    }

    @BeforeEach
    void schedule() {
        ModelMocks.register("servicePlanSchedule", new Schedule());
    }

    @Test
    void eachTickOfTheCycleGeneratesThePlansInOneStepAndTheNextTickIsScheduled() {
        ModelMocks.onExecution("generateServicePlans", execution -> {
            execution.setVariable(Data.PLANS_CREATED, 2);
            execution.setVariable(Data.PLANS_ALREADY_PLANNED, 5);
        });
        Job tick = managementService().createJobQuery().processDefinitionKey(ServicePlanGenerationProcess.KEY)
                .activityId(Timers.GENERATION_DUE).timers().singleResult();
        assertThat(tick).as("the generation timer").isNotNull();

        execute(tick);

        assertThat(ModelMocks.calls("generateServicePlans")).containsExactly("GenerateServicePlans");
        assertThat(historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ServicePlanGenerationProcess.KEY).finished().count()).isOne();
        assertThat(historyService().createHistoricVariableInstanceQuery().variableName(Data.PLANS_CREATED)
                .singleResult().getValue()).isEqualTo(2);
        assertThat(managementService().createJobQuery().processDefinitionKey(ServicePlanGenerationProcess.KEY)
                .timers().count()).as("the next tick").isOne();
    }
}
