package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.rules.DecisionTables;
import com.relaycrm.sales.opportunity.OpportunityStage;
import com.relaycrm.sales.opportunity.StageDecision;
import org.springframework.stereotype.Component;

/** Asks {@code rules/opportunity-stages.drl.csv} about a stage: probability, milestones, approval gate. */
@Component
public class OpportunityStages {

    static final String TABLE = "opportunity-stages";

    private final DecisionTables decisionTables;

    public OpportunityStages(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    public StageDecision stage(OpportunityStage stage) {
        return decisionTables.decide(TABLE, new StageDecision(stage.name()));
    }
}
