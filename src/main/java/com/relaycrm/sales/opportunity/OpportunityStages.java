package com.relaycrm.sales.opportunity;

import com.relaycrm.rules.DecisionTables;
import org.springframework.stereotype.Component;

/** Asks {@code rules/opportunity-stages.drl.csv} about a stage: probability, milestones, approval gate. */
@Component
class OpportunityStages {

    static final String TABLE = "opportunity-stages";

    private final DecisionTables decisionTables;

    OpportunityStages(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    StageDecision stage(OpportunityStage stage) {
        return decisionTables.decide(TABLE, new StageDecision(stage.name()));
    }
}
