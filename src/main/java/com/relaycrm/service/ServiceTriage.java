package com.relaycrm.service;

import com.relaycrm.customer.MemberTier;
import com.relaycrm.rules.DecisionTables;
import org.springframework.stereotype.Component;

/** Asks the decision tables in {@code rules/} how urgent a request is and how long it may take. */
@Component
class ServiceTriage {

    static final String TRIAGE_TABLE = "service-triage";
    static final String SLA_TABLE = "alerts-service-sla";

    private final DecisionTables decisionTables;

    ServiceTriage(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    TriageDecision triage(RequestType type, MemberTier tier) {
        return decisionTables.decide(TRIAGE_TABLE, new TriageDecision(type.name(), tier.name()));
    }

    SlaTargetDecision targets(String queue, int priority) {
        return decisionTables.decide(SLA_TABLE, new SlaTargetDecision(queue, priority));
    }
}
