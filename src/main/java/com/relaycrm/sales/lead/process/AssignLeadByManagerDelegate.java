package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.requiredString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadPools;
import com.relaycrm.sales.lead.process.LeadProcess.Variables;
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
        String rep = requiredString(execution, Variables.ASSIGN_TO);
        pools.assign(leadId, rep, actor.userId());
        LeadProcess.held(execution, rep, pools.times(pools.lead(leadId)));
    }
}
