package com.relaycrm.common;

/**
 * Checks on text a person typed that the services make before the text reaches the database, each refusal an
 * {@link InvalidInputException} naming the field (a 400 over REST, a message in Tasklist): the text fits the column
 * it is stored in, and it is plain text ({@link PlainTextRules}).
 */
public final class TextChecks {

    private TextChecks() {
    }

    /**
     * The trimmed text (null when blank), refused when longer than {@code max} characters, the length of the column
     * it is stored in, so that an over-long text is a 400 naming the field rather than an SQL error.
     */
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

    /** Refuses text with control characters or text-direction overrides ({@link PlainTextRules}); null passes. */
    public static void requirePlainText(String field, String text, boolean multiLine) {
        String problem = text == null ? null : PlainTextRules.problem(text, multiLine);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
    }
}
