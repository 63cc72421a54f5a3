package com.relaycrm.web;

import com.relaycrm.common.Idempotency;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a POST that created a record under an {@code Idempotency-Key}: 201 with the record, the first time
 * and on every retry, a retry marked with the header {@code Idempotent-Replayed: true}.
 */
public final class CreatedAnswer {

    private CreatedAnswer() {
    }

    public static <T> ResponseEntity<T> of(Idempotency.Entry<T> entry) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
        if (entry.replayed()) {
            answer.header(Idempotency.REPLAYED, "true");
        }
        return answer.body(entry.record());
    }
}
