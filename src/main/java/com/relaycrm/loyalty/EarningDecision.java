package com.relaycrm.loyalty;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;
import java.util.Arrays;

/** Question to the {@code points-earning} table: the point offset and multiplier for a consumption amount and tier. */
public class EarningDecision extends Decision {

    private final BigDecimal amount;
    private final String memberTier;
    private Long offset;
    private BigDecimal multiplier;

    public EarningDecision(BigDecimal amount, String memberTier) {
        this.amount = amount;
        this.memberTier = memberTier;
    }

    /** Table condition: the consumption amount is at least the cell's value. */
    public boolean amountAtLeast(String threshold) {
        return amount.compareTo(new BigDecimal(threshold.trim())) >= 0;
    }

    /** Table condition: the member tier is one of a space- or comma-separated list. */
    public boolean tierAmong(String tiers) {
        return Arrays.stream(tiers.split("[\\s,]+")).anyMatch(t -> t.equalsIgnoreCase(memberTier));
    }

    /** Table action. */
    public void offset(long points, String rule) {
        if (claim(rule)) {
            this.offset = points;
        }
    }

    /** Table action. */
    public void multiplier(String factor, String rule) {
        if (claim(rule)) {
            this.multiplier = new BigDecimal(factor.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return offset == null ? "point offset" : multiplier == null ? "multiplier" : null;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getMemberTier() {
        return memberTier;
    }

    public long getOffset() {
        return offset;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    @Override
    public String toString() {
        return "amount " + amount.toPlainString() + ", member tier " + memberTier;
    }
}
