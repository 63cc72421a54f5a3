package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;

/**
 * Free text from a service form checked against the column it is stored in before it reaches the database: an
 * over-long text is a 400 naming the field, not an SQL error.
 */
final class ServiceText {

    /** Limits of the columns the service forms write (V1__organisation_customers_service.sql). */
    static final int NOTE = 4000;
    static final int REFERENCE = 80;

    private ServiceText() {
    }

    /** The trimmed text (null when blank), refused when longer than {@code max} characters. */
    static String atMost(String field, String what, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, what + " is too long: at most " + max + " characters (you sent "
                    + trimmed.length() + ")");
        }
        return trimmed;
    }
}
