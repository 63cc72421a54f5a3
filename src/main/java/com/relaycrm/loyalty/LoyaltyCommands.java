package com.relaycrm.loyalty;

import com.relaycrm.common.PlainText;
import com.relaycrm.customer.MemberTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the loyalty API accepts. */
public final class LoyaltyCommands {

    private LoyaltyCommands() {
    }

    /**
     * A purchase reported by a till (POS) or the order system (ORDER): the member by customer id or card number,
     * the transaction's own id (the same id again is a replay, not a new purchase), and its lines by category.
     */
    public record NewConsumption(
            @Positive Long customerId,
            @Size(max = 40) @PlainText String cardNumber,
            @Pattern(regexp = "POS|ORDER", message = "must be POS or ORDER") String source,
            @NotBlank @Size(max = 120) @PlainText String externalId,
            @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull Instant occurredAt,
            @Size(max = 100) List<@Valid @NotNull ConsumptionLine> lines) {
    }

    /** One line of a purchase: its product category (see the points-categories table) and amount. */
    public record ConsumptionLine(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_]+", message = "must be a category code") String category,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    /** A member asks to exchange points for a gift or a service. */
    public record NewRedemption(
            @NotNull @Positive Long customerId,
            @NotBlank @Size(max = 200) @PlainText String gift,
            @NotNull @Positive Long points) {
    }

    /** A correction of a member's points by hand (积分调整): signed points and why. */
    public record NewAdjustment(
            @NotNull Long points,
            @NotBlank @Size(max = 300) @PlainText String reason) {
    }

    /**
     * A bonus for an event (registration, referral, birthday, or any reason the {@code points-bonus} table knows),
     * once per reason and reference (the referred customer, the year of the birthday...).
     */
    public record NewBonus(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z_]+", message = "must be a bonus reason such as REFERRAL") String reason,
            @NotBlank @Size(max = 60) @PlainText String reference) {
    }

    /** A manager sets a member's tier by hand (an upgrade, or a downgrade after a review) and says why. */
    public record NewTierChange(
            @NotNull MemberTier tier,
            @NotBlank @Size(max = 300) @PlainText String reason) {
    }
}
