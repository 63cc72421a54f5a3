package com.relaycrm.customer;

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
            @NotBlank @Size(max = 200) String name,
            @NotNull CustomerKind kind,
            MemberTier memberTier,
            @Size(max = 40) String cardNumber,
            @Size(max = 100) String industry,
            @Size(max = 40) String regionCode,
            @Size(max = 40) String departmentCode,
            @Size(max = 20) String levelCode,
            @Email @Size(max = 200) String email,
            @Size(max = 40) String phone,
            @Size(max = 64) String ownerId) {
    }

    public record NewContact(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String title,
            @Email @Size(max = 200) String email,
            @Size(max = 40) String phone,
            Long superiorId) {
    }

    public record NewAsset(
            @NotBlank @Size(max = 80) String serialNumber,
            @NotBlank @Size(max = 200) String productName,
            @NotBlank @Size(max = 60) String assetType,
            @NotNull @PastOrPresent LocalDate purchaseDate,
            @NotNull LocalDate warrantyEnd) {
    }
}
