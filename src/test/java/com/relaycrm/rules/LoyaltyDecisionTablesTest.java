package com.relaycrm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.LoyaltyCommands.ConsumptionLine;
import com.relaycrm.loyalty.internal.PointsRules;
import com.relaycrm.loyalty.EarningDecision;
import com.relaycrm.loyalty.CategoryRateDecision;
import com.relaycrm.loyalty.EntryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The loyalty decision tables in rules/ as shipped: every rule kind, both sides of every tier edge and window. */
class LoyaltyDecisionTablesTest {

    static DecisionTables tables;
    static PointsRules rules;

    @BeforeAll
    static void load() {
        tables = new DecisionTables(new PathMatchingResourcePatternResolver(), "file:rules/");
        rules = new PointsRules(tables);
    }

    @Test
    void theTablesCompileToTheirRows() {
        assertThat(tables.ruleCount("points-earning")).isEqualTo(12);
        assertThat(tables.ruleCount("points-categories")).isEqualTo(9);
        assertThat(tables.ruleCount("points-bonus")).isEqualTo(6);
        assertThat(tables.ruleCount("points-tiers")).isEqualTo(4);
        assertThat(tables.ruleCount("points-expiry")).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} spent by a {1} member: offset {2}, multiplier {3}")
    @CsvSource({
            "0.01,      NONE,     0,   1.0",
            "4999.99,   STANDARD, 0,   1.0",
            "4999.99,   SILVER,   0,   1.2",
            "4999.99,   GOLD,     0,   1.5",
            "4999.99,   PLATINUM, 0,   2.0",
            "5000.00,   STANDARD, 100, 1.0",
            "5000,      SILVER,   100, 1.2",
            "5000.00,   GOLD,     100, 1.5",
            "5000.00,   PLATINUM, 100, 2.0",
            "9999.99,   STANDARD, 100, 1.0",
            "9999.99,   PLATINUM, 100, 2.0",
            "10000.00,  STANDARD, 500, 1.0",
            "10000.00,  SILVER,   500, 1.2",
            "10000.00,  GOLD,     500, 1.5",
            "10000.00,  PLATINUM, 500, 2.0",
            "250000.00, NONE,     500, 1.0",
    })
    void amountTiersAndTierMultipliers(BigDecimal amount, String tier, long offset, BigDecimal multiplier) {
        EarningDecision decision = tables.decide("points-earning", new EarningDecision(amount, tier));
        assertThat(decision.getOffset()).isEqualTo(offset);
        assertThat(decision.getMultiplier()).isEqualByComparingTo(multiplier);
        assertThat(decision.getRule()).startsWith("PointsEarning_");
        assertThat(decision.getTableVersion()).isEqualTo(tables.version("points-earning"));
    }

    @ParameterizedTest(name = "{0} on {1}: {2} points per 1.00")
    @CsvSource({
            "HOME_APPLIANCE, 2026-11-26, 1",
            "HOME_APPLIANCE, 2026-11-27, 2",
            "HOME_APPLIANCE, 2026-11-30, 2",
            "HOME_APPLIANCE, 2026-12-01, 1",
            "DIGITAL,        2026-12-19, 1",
            "DIGITAL,        2026-12-20, 1.5",
            "DIGITAL,        2026-12-31, 1.5",
            "DIGITAL,        2027-01-01, 1",
            "COMPUTER,       2026-11-28, 1",
            "GROCERY,        2026-11-28, 0.5",
            "SERVICE,        2026-06-01, 0.5",
            "GIFT_CARD,      2026-11-28, 0",
            "OTHER,          2026-11-28, 1",
            "FURNITURE,      2026-11-28, 1",
    })
    void categoryRatesAndPromotionWindows(String category, LocalDate day, BigDecimal rate) {
        CategoryRateDecision decision = tables.decide("points-categories", new CategoryRateDecision(category, day));
        assertThat(decision.getRate()).isEqualByComparingTo(rate);
        assertThat(decision.getRule()).startsWith("PointsCategories_");
    }

    @ParameterizedTest(name = "{0} bonus for a {1} member: {2} points")
    @CsvSource({
            "REGISTRATION, STANDARD, 200",
            "REGISTRATION, PLATINUM, 200",
            "REFERRAL,     PLATINUM, 1000",
            "REFERRAL,     GOLD,     1000",
            "REFERRAL,     SILVER,   500",
            "REFERRAL,     STANDARD, 500",
            "BIRTHDAY,     PLATINUM, 800",
            "BIRTHDAY,     GOLD,     500",
            "BIRTHDAY,     SILVER,   100",
    })
    void bonuses(String reason, MemberTier tier, long points) {
        PointsRules.Points bonus = rules.bonus(reason, tier);
        assertThat(bonus.points()).isEqualTo(points);
        assertThat(bonus.rule()).startsWith("PointsBonus_");
        assertThat(bonus.tableVersion()).isEqualTo("points-bonus@" + tables.version("points-bonus"));
    }

    @ParameterizedTest(name = "{0} accumulated points: {1}")
    @CsvSource({
            "0,      STANDARD",
            "19999,  STANDARD",
            "20000,  SILVER",
            "49999,  SILVER",
            "50000,  GOLD",
            "99999,  GOLD",
            "100000, PLATINUM",
            "5000000, PLATINUM",
    })
    void tiersByAccumulatedPoints(long accumulated, MemberTier tier) {
        assertThat(rules.tierFor(accumulated).getTier()).isEqualTo(tier);
    }

    @ParameterizedTest(name = "{0} earned on {1} expires on {2}")
    @CsvSource({
            "ACCRUAL,    2026-01-01, 2027-12-31",
            "ACCRUAL,    2026-12-31, 2027-12-31",
            "BONUS,      2026-03-15, 2027-03-15",
            "ADJUSTMENT, 2026-03-15, 2027-12-31",
    })
    void expiry(EntryType type, LocalDate earnedOn, LocalDate expiresOn) {
        assertThat(rules.expiresOn(type, earnedOn)).isEqualTo(expiresOn);
    }

    @Test
    void aPurchaseEarnsItsLinesAtTheirRatesTimesTheTierMultiplierPlusTheAmountOffset() {
        List<ConsumptionLine> lines = List.of(new ConsumptionLine("HOME_APPLIANCE", new BigDecimal("6000.00")),
                new ConsumptionLine("GROCERY", new BigDecimal("100.00")),
                new ConsumptionLine("GIFT_CARD", new BigDecimal("500.00")));
        // promotion day: 6000 x 2 + 100 x 0.5 + 500 x 0 = 12050; GOLD x 1.5 = 18075; 6600 >= 5000: + 100
        PointsRules.Points points = rules.earn(new BigDecimal("6600.00"), MemberTier.GOLD, lines,
                LocalDate.of(2026, 11, 28));
        assertThat(points.points()).isEqualTo(18175);
        assertThat(points.rule()).contains("PointsCategories_").contains("PointsEarning_");
        assertThat(points.tableVersion()).contains("points-earning@" + tables.version("points-earning"))
                .contains("points-categories@" + tables.version("points-categories"));

        // the day after the promotion the appliances earn their everyday rate
        assertThat(rules.earn(new BigDecimal("6600.00"), MemberTier.GOLD, lines, LocalDate.of(2026, 12, 1)).points())
                .isEqualTo(9175); // (6000 + 50) x 1.5 = 9075, + 100
    }

    @Test
    void pointsAreRoundedDown() {
        // 33.33 x 1.5 = 49.995
        assertThat(rules.earn(new BigDecimal("33.33"), MemberTier.GOLD,
                List.of(new ConsumptionLine("OTHER", new BigDecimal("33.33"))), LocalDate.of(2026, 6, 1)).points())
                .isEqualTo(49);
    }

    @Test
    void anUnknownBonusReasonIsAnErrorNotZeroPoints() {
        assertThatThrownBy(() -> rules.bonus("ANNIVERSARY", MemberTier.GOLD))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("points-bonus").hasMessageContaining("ANNIVERSARY");
    }
}
