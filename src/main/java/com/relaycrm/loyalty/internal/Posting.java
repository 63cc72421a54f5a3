package com.relaycrm.loyalty.internal;

import java.time.LocalDate;

/**
 * Where a ledger entry comes from and why: the source document (e.g. POS + external transaction id, REDEMPTION +
 * redemption id), the rule(s) and table version(s) that decided the points, and when they expire.
 */
public record Posting(String sourceType, String sourceReference, String rule, String tableVersion, LocalDate expiresOn,
               String description) {
}
