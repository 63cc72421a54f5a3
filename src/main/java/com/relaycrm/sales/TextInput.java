package com.relaycrm.sales;

import com.relaycrm.common.InvalidInputException;

/**
 * Free text a person typed into a sales form (a reason, a note, a name), checked against the column it is stored
 * in before it reaches the database, so that an over-long text is a 400 naming the field rather than an SQL error.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The trimmed text (null when blank), refused when longer than {@code max} characters. */
    public static String atMost(String field, String what, String text, int max) {
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
