package com.relaycrm.sales.opportunity;

import static com.relaycrm.process.ProcessVariables.requiredLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Prepare the stage": the stage, its label and milestone checklist (from opportunity-stages), and won. */
@Component("prepareOpportunityStage")
class PrepareStageDelegate implements JavaDelegate {

    private final OpportunityService opportunities;

    PrepareStageDelegate(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Opportunity opportunity = opportunities.get(requiredLong(execution, OpportunityVariables.OPPORTUNITY_ID));
        OpportunityVariables.stage(execution, opportunity, opportunities.stageRules(opportunity));
    }
}
