package com.relaycrm.loyalty;

import com.relaycrm.rules.Decision;
import java.time.LocalDate;
import java.time.Period;

/** Question to the {@code points-expiry} table: until when points of a kind of ledger entry stay valid. */
public class ExpiryDecision extends Decision {

    private final String entryType;
    private final LocalDate earnedOn;
    private LocalDate expiresOn;

    public ExpiryDecision(String entryType, LocalDate earnedOn) {
        this.entryType = entryType;
        this.earnedOn = earnedOn;
    }

    /** Table condition: {@code *} matches every entry type. */
    public boolean entryTypeIs(String value) {
        return "*".equals(value.trim()) || value.trim().equalsIgnoreCase(entryType);
    }

    /** Table action: {@code END_OF_YEAR}, {@code END_OF_NEXT_YEAR} or an ISO-8601 period such as {@code P6M}. */
    public void validity(String validity, String rule) {
        if (!claim(rule)) {
            return;
        }
        String value = validity.trim().toUpperCase();
        this.expiresOn = switch (value) {
            case "END_OF_YEAR" -> LocalDate.of(earnedOn.getYear(), 12, 31);
            case "END_OF_NEXT_YEAR" -> LocalDate.of(earnedOn.getYear() + 1, 12, 31);
            default -> earnedOn.plus(Period.parse(value));
        };
    }

    @Override
    protected String missingOutcome() {
        return expiresOn == null ? "validity" : null;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    @Override
    public String toString() {
        return "entry type " + entryType + " earned on " + earnedOn;
    }
}
