package com.relaycrm.loan;

import com.relaycrm.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API accepts to request a loan. */
public final class LoanCommands {

    private LoanCommands() {
    }

    public record NewLoan(
            @NotNull @Positive Long customerId,
            @NotBlank @Size(max = 1000) @PlainText(multiLine = true) String purpose,
            @NotNull LocalDate expectedShipDate,
            @NotNull LocalDate expectedFeedbackDate,
            @NotNull LocalDate expectedReturnDate,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull NewLoanItem> items) {
    }

    /** One item: the product, its serial number when it has one, how many, and the product's standard price. */
    public record NewLoanItem(
            @NotBlank @Size(max = 200) @PlainText String product,
            @Size(max = 100) @PlainText String serialNumber,
            @NotNull @Positive Integer quantity,
            @NotNull @PositiveOrZero BigDecimal unitPrice) {
    }
}
