package com.relaycrm.expense.approval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Approval email settings ({@code relay.expense.mail.*}): whether approvers get emails, the sender, the address
 * the links point to, how long a link works, and where the (operator-editable) templates are.
 */
@ConfigurationProperties("relay.expense.mail")
public record ApprovalMailProperties(boolean enabled, String from, String baseUrl, Duration tokenValidity,
                                     String templatesLocation) {

    public ApprovalMailProperties {
        if (tokenValidity == null || tokenValidity.isNegative() || tokenValidity.isZero()) {
            throw new IllegalArgumentException("relay.expense.mail.token-validity must be a positive duration");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("relay.expense.mail.base-url is required");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
