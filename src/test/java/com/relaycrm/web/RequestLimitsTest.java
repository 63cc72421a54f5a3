package com.relaycrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

/**
 * Bounded input: request bodies on /api and /engine-rest ({@code relay.web.max-body-size}) are refused before
 * anything reads them, with the limit in the message.
 */
@RelayIntegrationTest
class RequestLimitsTest {


    @Autowired Api api;

    @Value("${relay.web.max-body-size}") DataSize maxBodySize;

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413OnTheDomainApi() {
        ResponseEntity<Map<String, Object>> answer = api.post("salesmgr1", "/api/customers", oversizeJson());

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody().get("error").toString())
                .isEqualTo("The request body is too large: at most " + maxBodySize.toBytes() + " bytes");
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413OnTheEngineRestApi() {
        ResponseEntity<String> answer = api.postForText("salesmgr1", "/engine-rest/task", oversizeJson());

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody()).contains("The request body is too large: at most " + maxBodySize.toBytes());
    }

    private String oversizeJson() {
        return "{\"name\": \"" + "x".repeat((int) maxBodySize.toBytes()) + "\"}";
    }
}
