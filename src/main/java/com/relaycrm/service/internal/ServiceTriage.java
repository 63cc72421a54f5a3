package com.relaycrm.service.internal;

import com.relaycrm.customer.MemberTier;
import com.relaycrm.rules.DecisionTables;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.SlaTargetDecision;
import com.relaycrm.service.TriageDecision;
import java.util.List;
import org.springframework.stereotype.Component;

/** Asks the decision tables in {@code rules/} how urgent a request is and how long it may take. */
@Component
public class ServiceTriage {

    static final String TRIAGE_TABLE = "service-triage";
    static final String SLA_TABLE = "alerts-service-sla";

    private final DecisionTables decisionTables;

    ServiceTriage(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    public TriageDecision triage(RequestType type, MemberTier tier) {
        // the same few answers for every request: remembered until the table changes
        return decisionTables.decideRemembered(TRIAGE_TABLE, List.of(type, tier),
                new TriageDecision(type.name(), tier.name()));
    }

    public SlaTargetDecision targets(String queue, int priority) {
        return decisionTables.decideRemembered(SLA_TABLE, List.of(queue, priority),
                new SlaTargetDecision(queue, priority));
    }
}
