package com.relaycrm.serviceplan.process;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import com.relaycrm.serviceplan.ServicePlan;
import com.relaycrm.serviceplan.ServicePlanProperties;
import com.relaycrm.serviceplan.ServicePlanService;
import com.relaycrm.serviceplan.process.ServicePlanProcess.Data;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * For the expressions of {@code service-plan.bpmn}: when a plan is due (its date at the start of the working day),
 * when it reminds (that minus {@code relay.service-plans.remind-before}), and who carries it out.
 */
@Component("servicePlans")
public class ServicePlanTasks {

    static final LocalTime WORKING_DAY_STARTS = LocalTime.of(9, 0);

    private final ServicePlanService plans;
    private final ServicePlanProperties properties;

    ServicePlanTasks(ServicePlanService plans, ServicePlanProperties properties) {
        this.plans = plans;
        this.properties = properties;
    }

    public Date dueAt(DelegateExecution execution) {
        return Date.from(plan(execution).getDueDate().atTime(WORKING_DAY_STARTS).atZone(ZoneId.systemDefault()).toInstant());
    }

    public Date remindAt(DelegateExecution execution) {
        return Date.from(dueAt(execution).toInstant().minus(properties.remindBefore()));
    }

    /** The person the plan is assigned to, or null when it is offered to a group. */
    public String assignee(DelegateExecution execution) {
        return plan(execution).getAssigneeId();
    }

    public List<String> candidateGroups(DelegateExecution execution) {
        String group = plan(execution).getCandidateGroup();
        return group == null ? List.of() : List.of(group);
    }

    private ServicePlan plan(DelegateExecution execution) {
        return plans.plan(requiredLong(execution, Data.PLAN_ID));
    }
}
