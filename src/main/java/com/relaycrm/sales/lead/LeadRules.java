package com.relaycrm.sales.lead;

import com.relaycrm.rules.DecisionTables;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Asks {@code rules/alerts-leads.drl.csv} how long a lead may wait at each step. */
@Component
class LeadRules {

    static final String TABLE = "alerts-leads";

    private final DecisionTables decisionTables;

    LeadRules(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    LeadAlertDecision alerts(LeadSource source) {
        return decisionTables.decide(TABLE, new LeadAlertDecision(source.name()));
    }

    LeadTimes followUpTimes(LeadSource source, Instant from) {
        LeadAlertDecision decision = alerts(source);
        Instant due = from.plus(decision.getFollowUpWithin());
        return new LeadTimes(due, due.minus(decision.getRemindBefore()));
    }

    Instant departmentPoolDue(LeadSource source, Instant from) {
        return from.plus(alerts(source).getDepartmentPoolFor());
    }
}
