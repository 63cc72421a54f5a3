package com.relaycrm.rules;

/** A decision table that cannot be built, or that has no row for the question asked. */
public class DecisionTableException extends RuntimeException {

    public DecisionTableException(String message) {
        super(message);
    }

    public DecisionTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
