package com.relaycrm.sales.lead.process;

import static com.relaycrm.process.ProcessVariables.optionalString;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.lead.LeadPools;
import com.relaycrm.sales.lead.process.LeadProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close as invalid" (无效线索) with invalidReason; the holder's place is freed. */
@Component("closeLead")
class CloseLeadDelegate implements JavaDelegate {

    private final LeadPools pools;
    private final CurrentActor actor;

    CloseLeadDelegate(LeadPools pools, CurrentActor actor) {
        this.pools = pools;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pools.closeInvalid(pools.ofProcess(execution.getProcessInstanceId()), optionalString(execution, Variables.INVALID_REASON),
                actor.userId());
    }
}
