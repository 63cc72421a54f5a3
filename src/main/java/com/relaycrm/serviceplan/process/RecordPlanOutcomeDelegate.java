package com.relaycrm.serviceplan.process;

import static com.relaycrm.process.ProcessVariables.optionalString;
import static com.relaycrm.process.ProcessVariables.requiredEnum;
import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.serviceplan.PlanOutcome;
import com.relaycrm.serviceplan.ServicePlan;
import com.relaycrm.serviceplan.ServicePlanService;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Data;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record outcome": the call's result (planOutcome CALLED, planResult) or a work order (WORK_ORDER). */
@Component("recordPlanOutcome")
class RecordPlanOutcomeDelegate implements JavaDelegate {

    private final ServicePlanService plans;
    private final CurrentActor actor;

    RecordPlanOutcomeDelegate(ServicePlanService plans, CurrentActor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ServicePlan plan = plans.carriedOut(requiredLong(execution, Data.PLAN_ID),
                requiredEnum(execution, Variables.PLAN_OUTCOME, PlanOutcome.class),
                optionalString(execution, Variables.PLAN_RESULT), actor.userId());
        if (plan.getServiceRequestId() != null) {
            execution.setVariable(Data.SERVICE_REQUEST_ID, plan.getServiceRequestId());
        }
    }
}
