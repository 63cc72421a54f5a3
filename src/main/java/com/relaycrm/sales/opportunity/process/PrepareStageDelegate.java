package com.relaycrm.sales.opportunity.process;

import static com.relaycrm.process.ProcessVariables.optionalLong;

import com.relaycrm.sales.opportunity.Opportunity;
import com.relaycrm.sales.opportunity.OpportunityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Prepare the stage": the stage, its label and milestone checklist (from opportunity-stages), won, and the owner
 * the promotion task goes to, all from the opportunity bound to this process. The first time, it binds the process
 * to the opportunity it was started for, refused when that opportunity already has a stage process.
 */
@Component("prepareOpportunityStage")
class PrepareStageDelegate implements JavaDelegate {

    private final OpportunityService opportunities;

    PrepareStageDelegate(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Opportunity opportunity = opportunities.bindProcess(execution.getProcessInstanceId(),
                optionalLong(execution, OpportunityProcess.Data.OPPORTUNITY_ID));
        OpportunityProcess.stage(execution, opportunity, opportunities.stageRules(opportunity));
    }
}
