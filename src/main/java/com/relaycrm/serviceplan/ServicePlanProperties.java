package com.relaycrm.serviceplan;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Proactive service plans ({@code relay.service-plans.*}): how often the batch generation runs (a repeating interval
 * for the timer start event of {@code service-plan-generation}), how far ahead it plans, how long before its date a
 * plan reminds, the mail sender and templates, and the plan templates themselves.
 */
@ConfigurationProperties("relay.service-plans")
public record ServicePlanProperties(String generationCycle, Duration lookAhead, Duration remindBefore,
                                    String mailFrom, String mailTemplatesLocation, List<PlanTemplate> templates) {

    /**
     * A plan template: {@code code} (unique, part of every plan's key), kind, a name for people, for FOLLOW_UP the
     * days after the order, for MAINTENANCE the asset type; assigned to {@code assignee} (a user id, or
     * {@code owner} for the customer's owner) or else offered to {@code candidate-group}.
     */
    public record PlanTemplate(String code, PlanKind kind, String name, Integer daysAfter, String assetType,
                               String assignee, String candidateGroup) {

        public PlanTemplate {
            if (code == null || code.isBlank() || kind == null || name == null) {
                throw new IllegalArgumentException("relay.service-plans.templates: code, kind and name are required");
            }
            if (kind == PlanKind.FOLLOW_UP && (daysAfter == null || daysAfter < 0)) {
                throw new IllegalArgumentException("service plan template " + code + ": days-after is required");
            }
            if (kind == PlanKind.MAINTENANCE && (assetType == null || assetType.isBlank())) {
                throw new IllegalArgumentException("service plan template " + code + ": asset-type is required");
            }
            if (kind != PlanKind.BIRTHDAY && assignee == null && candidateGroup == null) {
                throw new IllegalArgumentException("service plan template " + code
                        + ": an assignee or a candidate-group is required");
            }
        }
    }

    public ServicePlanProperties {
        if (generationCycle == null || !generationCycle.startsWith("R")) {
            throw new IllegalArgumentException("relay.service-plans.generation-cycle must be a repeating interval, e.g. R/P1D");
        }
        if (lookAhead == null || lookAhead.isNegative() || remindBefore == null || remindBefore.isNegative()) {
            throw new IllegalArgumentException("relay.service-plans.look-ahead and remind-before are required");
        }
        templates = templates == null ? List.of() : List.copyOf(templates);
        if (templates.stream().map(PlanTemplate::code).distinct().count() != templates.size()) {
            throw new IllegalArgumentException("relay.service-plans.templates: codes must be unique");
        }
    }

    PlanTemplate template(String code) {
        return templates.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No service plan template " + code));
    }
}
