package com.relaycrm.sales.opportunity;

import com.relaycrm.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API accepts for opportunities and quotes. */
public final class OpportunityCommands {

    private OpportunityCommands() {
    }

    public record NewOpportunity(
            @NotNull Long customerId,
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotNull @DecimalMin("0.00") BigDecimal amount,
            LocalDate expectedCloseOn) {
    }

    /** A quote line; without a unit price the line is offered at the pricing table's price. */
    public record NewQuoteLine(
            @NotBlank @Size(max = 40) @PlainText String productCode,
            @Min(1) int quantity,
            @DecimalMin("0.00") BigDecimal unitPrice) {
    }

    public record NewQuote(@NotEmpty List<@Valid NewQuoteLine> lines) {
    }
}
