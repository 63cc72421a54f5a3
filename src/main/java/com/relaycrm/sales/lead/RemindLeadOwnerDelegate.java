package com.relaycrm.sales.lead;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the rep": the follow-up deadline is near; recorded in the lead's history (the task shows its due date). */
@Component("remindLeadOwner")
class RemindLeadOwnerDelegate implements JavaDelegate {

    private final LeadPools pools;

    RemindLeadOwnerDelegate(LeadPools pools) {
        this.pools = pools;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pools.reminded(requiredLong(execution, LeadVariables.LEAD_ID));
    }
}
