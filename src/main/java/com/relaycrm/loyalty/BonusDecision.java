package com.relaycrm.loyalty;

import com.relaycrm.rules.Decision;
import java.util.Arrays;

/** Question to the {@code points-bonus} table: points given for an event such as registration or a referral. */
public class BonusDecision extends Decision {

    private final String reason;
    private final String memberTier;
    private Long points;

    public BonusDecision(String reason, String memberTier) {
        this.reason = reason;
        this.memberTier = memberTier;
    }

    /** Table condition. */
    public boolean reasonIs(String value) {
        return value.trim().equalsIgnoreCase(reason);
    }

    /** Table condition: the member tier is one of a space- or comma-separated list. */
    public boolean tierAmong(String tiers) {
        return Arrays.stream(tiers.split("[\\s,]+")).anyMatch(t -> t.equalsIgnoreCase(memberTier));
    }

    /** Table action. */
    public void points(long points, String rule) {
        if (claim(rule)) {
            this.points = points;
        }
    }

    @Override
    protected String missingOutcome() {
        return points == null ? "points" : null;
    }

    public String getReason() {
        return reason;
    }

    public long getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return "bonus reason " + reason + ", member tier " + memberTier;
    }
}
