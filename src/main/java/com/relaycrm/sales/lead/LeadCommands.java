package com.relaycrm.sales.lead;

import com.relaycrm.common.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the API accepts to create leads. */
public final class LeadCommands {

    private LeadCommands() {
    }

    /** A lead entered by staff or imported; without a department it goes to relay.sales.default-department. */
    public record NewLead(
            @NotBlank @Size(max = 200) @PlainText String name,
            @Size(max = 200) @PlainText String company,
            LeadSource source,
            @Size(max = 40) @PlainText String phone,
            @Email @Size(max = 200) @PlainText String email,
            @Size(max = 40) @PlainText String departmentCode,
            @Size(max = 40) @PlainText String regionCode,
            @Size(max = 4000) @PlainText(multiLine = true) String note) {
    }

    /** What a visitor types into the website form (no login): a name and a way to reach them. */
    public record WebLead(
            @NotBlank @Size(max = 200) @PlainText String name,
            @Size(max = 200) @PlainText String company,
            @Size(max = 40) @jakarta.validation.constraints.Pattern(regexp = "[0-9+() -]*", message = "may hold digits, spaces, + ( ) and - only") String phone,
            @Email @Size(max = 200) @PlainText String email,
            @Size(max = 2000) @PlainText(multiLine = true) String message) {
    }

    /** A manager assigns a lead from the department pool. */
    public record Assignment(@NotBlank @Size(max = 64) @PlainText String userId) {
    }

    /** A follow-up activity a rep records on a lead. */
    public record FollowUp(@NotBlank @Size(max = 4000) @PlainText(multiLine = true) String note) {
    }

    public record Recycling(@Size(max = 1000) @PlainText(multiLine = true) String reason) {
    }
}
