package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Asset;
import com.relaycrm.customer.Customer;
import com.relaycrm.support.AllAtOnce;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a service request over REST with an {@code Idempotency-Key} (the lead's mechanism, common/Idempotency): a
 * retry answers the first request and opens nothing, also when the retries arrive at once; another body under the
 * same key is refused with 422 naming the header; keys belong to their user; without a key every POST opens one.
 */
@RelayIntegrationTest
class ServiceRequestIdempotencyTest {

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstRequestAndOpensNothing() {
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);
        String key = UUID.randomUUID().toString();
        String subject = "Retried " + key;

        ResponseEntity<Map<String, Object>> first = post("service1", key, request(customer, asset, subject));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(first.getBody()).doesNotContainKeys("idempotencyKey", "requestDigest");
        // the same JSON spaced and ordered otherwise is the same request
        ResponseEntity<Map<String, Object>> retry = post("service1", key, "{ \"description\": \"Jams on every page\", "
                + "\"subject\" : \"" + subject + "\", \"type\": \"REPAIR\", \"assetId\": " + asset.getId()
                + ", \"customerId\": " + customer.getId() + " }");
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(retry.getBody().get("requestNumber")).isEqualTo(first.getBody().get("requestNumber"));

        assertThat(opened(subject)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select process_instance_id from service_request where subject = ?",
                String.class, subject)).as("the request's process was started once").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ? "
                + "and parent_id_ is null", Integer.class, first.getBody().get("requestNumber"))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedNamingTheHeaderAndOpensNothing() {
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);
        String key = UUID.randomUUID().toString();
        assertThat(post("service1", key, request(customer, asset, "First " + key)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> other = post("service1", key, request(customer, asset, "Other " + key));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getBody().get("fields").toString()).contains("Idempotency-Key");
        assertThat(opened("Other " + key)).isZero();
    }

    @Test
    void keysBelongToTheirUserAndWithoutAKeyEveryPostOpensARequest() {
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);
        String key = UUID.randomUUID().toString();
        assertThat(post("service1", key, request(customer, asset, "Mine " + key)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> theirs = post("demo", key, request(customer, asset, "Theirs " + key));
        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(theirs.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(opened("Theirs " + key)).isEqualTo(1);

        String keyless = "Keyless " + key;
        assertThat(post("service1", null, request(customer, asset, keyless)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("service1", null, request(customer, asset, keyless)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(opened(keyless)).isEqualTo(2);

        ResponseEntity<Map<String, Object>> tooLong = post("service1", "k".repeat(256),
                request(customer, asset, "Long key " + key));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("fields").toString()).contains("Idempotency-Key");
        assertThat(opened("Long key " + key)).isZero();
    }

    @Test
    void retriesArrivingAtOnceOpenOneRequest() throws Exception {
        Customer customer = fixtures.company();
        Asset asset = fixtures.assetInWarranty(customer);
        String key = UUID.randomUUID().toString();
        String body = request(customer, asset, "Concurrent " + key);
        int threads = 6;
        List<ResponseEntity<Map<String, Object>>> answers = AllAtOnce.run(threads, () -> post("service1", key, body));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode()).as(answer.toString())
                .isEqualTo(HttpStatus.CREATED));
        assertThat(answers.stream().map(answer -> answer.getBody().get("id")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.getHeaders().containsKey("Idempotent-Replayed")))
                .hasSize(threads - 1);
        assertThat(opened("Concurrent " + key)).isEqualTo(1);
    }

    private int opened(String subject) {
        return jdbc.queryForObject("select count(*) from service_request where subject = ?", Integer.class, subject);
    }

    private static String request(Customer customer, Asset asset, String subject) {
        return "{\"customerId\":" + customer.getId() + ",\"assetId\":" + asset.getId() + ",\"type\":\"REPAIR\","
                + "\"subject\":\"" + subject + "\",\"description\":\"Jams on every page\"}";
    }

    private ResponseEntity<Map<String, Object>> post(String user, String key, String json) {
        return api.postUnderKey(user, "/api/service-requests", json, key);
    }
}
