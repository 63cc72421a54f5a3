package com.relaycrm.sales.opportunity;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the opportunity process variables. */
final class OpportunityVariables {

    static final String PROCESS_KEY = "opportunity";
    static final String OPPORTUNITY_ID = "opportunityId";

    private OpportunityVariables() {
    }

    /** The record id in a business key ("OPP-12" → 12); an unknown key is not found. */
    static long idOf(String businessKey) {
        return com.relaycrm.common.RecordKeys.idAfterPrefix(businessKey, "OPP-", "Opportunity");
    }

    static String businessKey(long id) {
        return "OPP-" + id;
    }

    /** What the promotion task shows (the stage, its label and milestone checklist) and whose task it is. */
    static void stage(DelegateExecution execution, Opportunity opportunity, StageDecision decision) {
        execution.setVariable(OPPORTUNITY_ID, opportunity.getId());
        execution.setVariable("owner", opportunity.getOwnerId());
        execution.setVariable("stage", opportunity.getStage().name());
        execution.setVariable("stageLabel", opportunity.getStage().label());
        execution.setVariable("nextStageLabel", opportunity.getStage() == OpportunityStage.WON ? ""
                : opportunity.getStage().next().label());
        execution.setVariable("milestones", String.join("\n", decision.getMilestones()));
        execution.setVariable("won", opportunity.getStage() == OpportunityStage.WON);
        execution.setVariable("milestonesMet", false);
    }
}
