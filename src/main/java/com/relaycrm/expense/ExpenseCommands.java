package com.relaycrm.expense;

import com.relaycrm.common.PlainText;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the API accepts about expense requests. */
public final class ExpenseCommands {

    private ExpenseCommands() {
    }

    /** A new expense request; currency defaults to CNY; link type and id come together or not at all. */
    public record NewExpense(
            @NotBlank @Size(max = 40) @PlainText String departmentCode,
            @NotNull ExpenseType type,
            @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO currency code") String currency,
            @NotBlank @Size(max = 2000) @PlainText(multiLine = true) String purpose,
            LinkType linkType,
            @Positive Long linkId) {
    }

    /**
     * Delegating one's approvals while away: to the substitute from {@code from} (default now) until {@code until};
     * {@code moveExisting} also hands over the approval tasks one holds already.
     */
    public record NewDelegation(
            @NotBlank @Size(max = 64) @PlainText String substitute,
            java.time.OffsetDateTime from,
            @NotNull java.time.OffsetDateTime until,
            boolean moveExisting) {
    }

    /** Withdrawing one's approval (弃审), with an optional reason. */
    public record Withdrawal(@Size(max = 2000) @PlainText(multiLine = true) String comment) {
    }
}
