package com.relaycrm.sales.lead.internal;

import com.relaycrm.rules.DecisionTables;
import com.relaycrm.sales.lead.LeadAlertDecision;
import com.relaycrm.sales.lead.LeadSource;
import com.relaycrm.sales.lead.LeadTimes;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Asks {@code rules/alerts-leads.drl.csv} how long a lead may wait at each step. */
@Component
public class LeadRules {

    static final String TABLE = "alerts-leads";

    private final DecisionTables decisionTables;

    public LeadRules(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    public LeadAlertDecision alerts(LeadSource source) {
        return decisionTables.decide(TABLE, new LeadAlertDecision(source.name()));
    }

    public LeadTimes followUpTimes(LeadSource source, Instant from) {
        LeadAlertDecision decision = alerts(source);
        Instant due = from.plus(decision.getFollowUpWithin());
        return new LeadTimes(due, due.minus(decision.getRemindBefore()));
    }

    public Instant departmentPoolDue(LeadSource source, Instant from) {
        return from.plus(alerts(source).getDepartmentPoolFor());
    }
}
