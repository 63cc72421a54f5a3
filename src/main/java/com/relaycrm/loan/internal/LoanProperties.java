package com.relaycrm.loan.internal;

import com.relaycrm.loan.Loan;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Loan settings ({@code relay.loans.*}): the group of the owners' managers (who review loans and conversions and
 * are copied on alerts), and the alert emails' sender and templates folder. Alert thresholds and repeat intervals
 * are not here: they are the {@code alerts-loans} decision table.
 */
@ConfigurationProperties("relay.loans")
public record LoanProperties(String managerGroup, String mailFrom, String mailTemplatesLocation) {

    public LoanProperties {
        if (managerGroup == null || managerGroup.isBlank()) {
            throw new IllegalArgumentException("relay.loans.manager-group is required");
        }
        if (mailFrom == null || mailFrom.isBlank()) {
            throw new IllegalArgumentException("relay.loans.mail-from is required");
        }
        if (mailTemplatesLocation == null || mailTemplatesLocation.isBlank()) {
            throw new IllegalArgumentException("relay.loans.mail-templates-location is required");
        }
    }
}
