package com.relaycrm.customer;

import com.relaycrm.common.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the API accepts to create customers, contacts and assets. */
public final class CustomerCommands {

    private CustomerCommands() {
    }

    public record NewCustomer(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and dashes") String code,
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotNull CustomerKind kind,
            MemberTier memberTier,
            @Size(max = 40) @PlainText String cardNumber,
            @Size(max = 100) @PlainText String industry,
            @Size(max = 40) @PlainText String regionCode,
            @Size(max = 40) @PlainText String departmentCode,
            @Size(max = 20) @PlainText String levelCode,
            @Email @Size(max = 200) @PlainText String email,
            @Size(max = 40) @PlainText String phone,
            @Size(max = 64) @PlainText String ownerId) {
    }

    public record NewContact(
            @NotBlank @Size(max = 200) @PlainText String name,
            @Size(max = 100) @PlainText String title,
            @Email @Size(max = 200) @PlainText String email,
            @Size(max = 40) @PlainText String phone,
            Long superiorId) {
    }

    public record NewAsset(
            @NotBlank @Size(max = 80) @PlainText String serialNumber,
            @NotBlank @Size(max = 200) @PlainText String productName,
            @NotBlank @Size(max = 60) @PlainText String assetType,
            @NotNull @PastOrPresent LocalDate purchaseDate,
            @NotNull LocalDate warrantyEnd) {
    }
}
