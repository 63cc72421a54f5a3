package com.relaycrm.service;

import com.relaycrm.rules.Decision;
import java.time.Duration;

/** Question to the {@code alerts-service-sla} table: how long first response and resolution may take. */
public class SlaTargetDecision extends Decision {

    private final String queue;
    private final int priority;
    private Duration firstResponse;
    private Duration resolution;

    public SlaTargetDecision(String queue, int priority) {
        this.queue = queue;
        this.priority = priority;
    }

    /** Table condition: {@code *} matches every queue. */
    public boolean queueIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(queue);
    }

    /** Table action; an ISO-8601 duration, e.g. {@code PT1H}, {@code P2D}. */
    public void firstResponse(String duration, String rule) {
        if (claim(rule)) {
            this.firstResponse = Duration.parse(duration.trim());
        }
    }

    /** Table action; an ISO-8601 duration. */
    public void resolution(String duration, String rule) {
        if (claim(rule)) {
            this.resolution = Duration.parse(duration.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return firstResponse == null ? "first-response target" : resolution == null ? "resolution target" : null;
    }

    public String getQueue() {
        return queue;
    }

    public int getPriority() {
        return priority;
    }

    public Duration getFirstResponse() {
        return firstResponse;
    }

    public Duration getResolution() {
        return resolution;
    }

    @Override
    public String toString() {
        return "queue " + queue + ", priority " + priority;
    }
}
