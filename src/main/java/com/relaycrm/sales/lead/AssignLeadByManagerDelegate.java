package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Assign to the chosen rep": the manager's choice (assignTo), refused when the rep is at their maximum. */
@Component("assignLeadByManager")
class AssignLeadByManagerDelegate implements JavaDelegate {

    private final LeadPools pools;
    private final CurrentActor actor;

    AssignLeadByManagerDelegate(LeadPools pools, CurrentActor actor) {
        this.pools = pools;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = pools.ofProcess(execution.getProcessInstanceId());
        String rep = requiredString(execution, "assignTo");
        pools.assign(leadId, rep, actor.userId());
        LeadVariables.held(execution, rep, pools.times(pools.lead(leadId)));
    }
}
