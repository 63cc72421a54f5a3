package com.relaycrm.common;

import jakarta.persistence.Embeddable;

/**
 * What a record created under a client's {@code Idempotency-Key} stores with itself ({@link Idempotency}): the key
 * (unique per creating user, columns {@code idempotency_key} and {@code request_digest}) and the digest of the
 * request that created it. Absent (both columns null) on records created without a key.
 */
@Embeddable
public class IdempotentEntry {

    private String idempotencyKey;
    private String requestDigest;

    protected IdempotentEntry() {
    }

    public IdempotentEntry(String idempotencyKey, String requestDigest) {
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
    }

    /** Whether the request with this digest is the one that created the record (a retry), not another one. */
    boolean madeBy(String digest) {
        return digest.equals(requestDigest);
    }
}
