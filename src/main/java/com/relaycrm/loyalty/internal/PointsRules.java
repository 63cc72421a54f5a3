package com.relaycrm.loyalty.internal;

import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.BonusDecision;
import com.relaycrm.loyalty.CategoryRateDecision;
import com.relaycrm.loyalty.EarningDecision;
import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.ExpiryDecision;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.TierDecision;
import com.relaycrm.rules.DecisionTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The loyalty questions put to the decision tables in {@code rules/points-*.drl.csv}. Each answer names the rule(s)
 * and table version(s) that gave it, which the ledger entry keeps.
 */
@Component
public class PointsRules {

    static final String EARNING = "points-earning";
    static final String CATEGORIES = "points-categories";
    static final String BONUS = "points-bonus";
    static final String TIERS = "points-tiers";
    static final String EXPIRY = "points-expiry";

    private final DecisionTables tables;

    public PointsRules(DecisionTables tables) {
        this.tables = tables;
    }

    /** Points that a decision gave, and which rules of which table versions gave them. */
    public record Points(long points, String rule, String tableVersion) {}

    /**
     * Points for a purchase: each line earns its category's rate (promotions included) per 1.00; the sum is
     * multiplied by the member tier's multiplier, rounded down, and the amount tier's offset is added.
     */
    public Points earn(BigDecimal amount, MemberTier tier, List<ConsumptionLine> lines, LocalDate day) {
        Set<String> rules = new LinkedHashSet<>();
        BigDecimal base = BigDecimal.ZERO;
        String categoriesVersion = null;
        for (ConsumptionLine line : lines) {
            CategoryRateDecision rate = tables.decide(CATEGORIES, new CategoryRateDecision(line.category(), day));
            base = base.add(line.amount().multiply(rate.getRate()));
            rules.add(rate.getRule());
            categoriesVersion = rate.getTableVersion();
        }
        EarningDecision earning = tables.decide(EARNING, new EarningDecision(amount, tier.name()));
        long points = base.multiply(earning.getMultiplier()).setScale(0, RoundingMode.DOWN).longValueExact()
                + earning.getOffset();
        rules.add(earning.getRule());
        String version = EARNING + "@" + earning.getTableVersion()
                + (categoriesVersion == null ? "" : " " + CATEGORIES + "@" + categoriesVersion);
        return new Points(points, String.join(" ", rules), version);
    }

    public Points bonus(String reason, MemberTier tier) {
        BonusDecision bonus = tables.decide(BONUS, new BonusDecision(reason, tier.name()));
        return new Points(bonus.getPoints(), bonus.getRule(), BONUS + "@" + bonus.getTableVersion());
    }

    public TierDecision tierFor(long accumulatedPoints) {
        return tables.decide(TIERS, new TierDecision(accumulatedPoints));
    }

    public LocalDate expiresOn(EntryType type, LocalDate earnedOn) {
        return tables.decide(EXPIRY, new ExpiryDecision(type.name(), earnedOn)).getExpiresOn();
    }
}
