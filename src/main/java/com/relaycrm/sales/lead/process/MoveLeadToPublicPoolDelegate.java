package com.relaycrm.sales.lead.process;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadPools;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Move to the public pool": nobody took the lead in the department pool in time, or a manager released it. */
@Component("moveLeadToPublicPool")
class MoveLeadToPublicPoolDelegate implements JavaDelegate {

    private final LeadPools pools;
    private final CurrentActor actor;

    MoveLeadToPublicPoolDelegate(LeadPools pools, CurrentActor actor) {
        this.pools = pools;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pools.toPublicPool(pools.ofProcess(execution.getProcessInstanceId()), actor.userId());
        LeadProcess.released(execution);
    }
}
