package com.relaycrm.common;

/**
 * An {@code Idempotency-Key} the user already created a record with, sent again with another request: refused (REST:
 * 422 naming the header), since answering the earlier record would hide that this request was not carried out.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key, String record) {
        super(Idempotency.HEADER + ": " + key + " was used for another request (" + record + "); a retry must send the "
                + "same request, a new request a new key");
    }
}
