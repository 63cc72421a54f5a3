package com.relaycrm.sales.lead;

/**
 * An {@code Idempotency-Key} the user already entered a lead with, sent again with another request: refused (REST:
 * 422), since answering the earlier lead would hide that this request was not entered.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key, long leadId) {
        super("Idempotency-Key: " + key + " was used for another request (lead " + leadId + "); a retry must send the "
                + "same request, a new request a new key");
    }
}
