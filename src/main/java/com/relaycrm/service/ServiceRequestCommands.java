package com.relaycrm.service;

import com.relaycrm.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What the API accepts to open a service request. */
public final class ServiceRequestCommands {

    private ServiceRequestCommands() {
    }

    public record NewServiceRequest(
            @NotNull @Positive Long customerId,
            @Positive Long assetId,
            @NotNull RequestType type,
            @NotBlank @Size(max = 200) @PlainText String subject,
            @NotBlank @Size(max = 4000) @PlainText(multiLine = true) String description) {
    }
}
