package com.relaycrm.sales.lead.process;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadPools;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Claim for myself": the rep who completes the public-pool task holds the lead, within their maximum. */
@Component("claimLead")
class ClaimLeadDelegate implements JavaDelegate {

    private final LeadPools pools;
    private final CurrentActor actor;

    ClaimLeadDelegate(LeadPools pools, CurrentActor actor) {
        this.pools = pools;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = pools.ofProcess(execution.getProcessInstanceId());
        String rep = actor.userId();
        pools.claim(leadId, rep);
        LeadProcess.held(execution, rep, pools.times(pools.lead(leadId)));
    }
}
