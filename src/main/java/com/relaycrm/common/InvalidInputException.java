package com.relaycrm.common;

/**
 * Input that cannot be accepted, naming the field it concerns. REST answers it with HTTP 400; inside a process it
 * surfaces as the error message Tasklist shows (or as the incident message in Cockpit for an asynchronous step).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
