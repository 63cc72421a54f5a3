package com.relaycrm.common;

/**
 * Input that cannot be accepted, naming the field it concerns. REST answers it with HTTP 400; inside a process it
 * surfaces as the error message Tasklist shows (or as the incident message in Cockpit for an asynchronous step).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String reasonInChinese;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /**
     * With the reason in Chinese too, for a refusal a person meets on a Tasklist form: Tasklist shows it after the
     * English one under the field's bilingual label. The exception's message (logs, /api) stays English.
     */
    public InvalidInputException(String field, String message, String reasonInChinese) {
        super(field + ": " + message);
        this.field = field;
        this.reasonInChinese = reasonInChinese;
    }

    public String field() {
        return field;
    }

    /** The reason in Chinese, when the step gave one. */
    public java.util.Optional<String> reasonInChinese() {
        return java.util.Optional.ofNullable(reasonInChinese);
    }

    /** The message without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
