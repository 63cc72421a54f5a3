package com.relaycrm.sales.opportunity.process;

import com.relaycrm.sales.opportunity.OpportunityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Wake up": a dormant (项目休眠) opportunity is open again at its stage on its wake-up date. */
@Component("wakeUpOpportunity")
class WakeUpOpportunityDelegate implements JavaDelegate {

    private final OpportunityService opportunities;

    WakeUpOpportunityDelegate(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opportunities.wakeUp(opportunities.ofProcess(execution.getProcessInstanceId()).getId());
    }
}
