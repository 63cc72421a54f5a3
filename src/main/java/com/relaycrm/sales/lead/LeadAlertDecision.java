package com.relaycrm.sales.lead;

import com.relaycrm.rules.Decision;
import java.time.Duration;

/** Question to the {@code alerts-leads} table: how long a lead of this source may wait at each step. */
public class LeadAlertDecision extends Decision {

    private final String source;
    private Duration followUpWithin;
    private Duration remindBefore;
    private Duration departmentPoolFor;

    public LeadAlertDecision(String source) {
        this.source = source;
    }

    /** Table condition: {@code *} matches every source. */
    public boolean sourceIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(source);
    }

    public void followUpWithin(String duration, String rule) {
        if (claim(rule)) {
            followUpWithin = Duration.parse(duration.trim());
        }
    }

    public void remindBefore(String duration, String rule) {
        if (claim(rule)) {
            remindBefore = Duration.parse(duration.trim());
        }
    }

    public void departmentPoolFor(String duration, String rule) {
        if (claim(rule)) {
            departmentPoolFor = Duration.parse(duration.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return followUpWithin == null ? "follow-up period" : remindBefore == null ? "reminder offset"
                : departmentPoolFor == null ? "department pool period" : null;
    }

    public String getSource() {
        return source;
    }

    public Duration getFollowUpWithin() {
        return followUpWithin;
    }

    public Duration getRemindBefore() {
        return remindBefore;
    }

    public Duration getDepartmentPoolFor() {
        return departmentPoolFor;
    }

    @Override
    public String toString() {
        return "source " + source;
    }
}
