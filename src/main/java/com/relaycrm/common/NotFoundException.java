package com.relaycrm.common;

/** A record that does not exist, or that the current user is not entitled to see (answered the same way). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
