package com.relaycrm.common;

/** The current user is known but their role does not allow the action (HTTP 403). */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
