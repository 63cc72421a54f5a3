package com.relaycrm.service;

import com.relaycrm.rules.Decision;
import java.util.Arrays;

/** Question to the {@code service-triage} table: which queue and priority a new request gets. */
public class TriageDecision extends Decision {

    private final String requestType;
    private final String memberTier;
    private String queue;
    private int priority;

    public TriageDecision(String requestType, String memberTier) {
        this.requestType = requestType;
        this.memberTier = memberTier;
    }

    /** Table condition: the member tier is one of a space- or comma-separated list, e.g. {@code GOLD PLATINUM}. */
    public boolean tierAmong(String tiers) {
        return Arrays.stream(tiers.split("[\\s,]+")).anyMatch(t -> t.equalsIgnoreCase(memberTier));
    }

    /** Table action. */
    public void queue(String queue, String rule) {
        if (claim(rule)) {
            this.queue = queue;
        }
    }

    /** Table action. */
    public void priority(int priority, String rule) {
        if (claim(rule)) {
            this.priority = priority;
        }
    }

    @Override
    protected String missingOutcome() {
        return queue == null ? "queue" : priority < 1 ? "priority" : null;
    }

    public String getRequestType() {
        return requestType;
    }

    public String getMemberTier() {
        return memberTier;
    }

    public String getQueue() {
        return queue;
    }

    public int getPriority() {
        return priority;
    }

    @Override
    public String toString() {
        return "request type " + requestType + ", member tier " + memberTier;
    }
}
