package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.support.AllAtOnce;
import com.relaycrm.support.Api;
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
 * Opening an opportunity over REST with an {@code Idempotency-Key} (as leads and service requests, common/Idempotency):
 * a retry answers the first opportunity and opens nothing (no second process, no second place in the rep's capacity),
 * also when the retries arrive at once; another body under the same key is refused with 422 naming the header; keys
 * belong to their user; without a key every POST opens one.
 */
@RelayIntegrationTest
class OpportunityIdempotencyTest {

    private static final String PATH = "/api/sales/opportunities";

    @Autowired Api api;
    @Autowired SalesFixtures sales;
    @Autowired CapacityService capacity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstOpportunityAndOpensNothing() {
        String rep = rep();
        Customer customer = sales.customerOf(rep, departmentOf(rep));
        String key = UUID.randomUUID().toString();
        String name = "Retried " + key;

        ResponseEntity<Map<String, Object>> first = post(rep, key, body(customer, name));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(first.getBody()).doesNotContainKeys("idempotencyKey", "requestDigest", "idempotentEntry");
        // the same JSON spaced and ordered otherwise is the same request
        ResponseEntity<Map<String, Object>> retry = post(rep, key, "{ \"amount\": 12000, \"name\" : \"" + name
                + "\", \"customerId\": " + customer.getId() + " }");
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));

        assertThat(opened(name)).isEqualTo(1);
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).as("one place taken").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution e join opportunity o "
                + "on o.process_instance_id = e.id_ where o.name = ?", Integer.class, name))
                .as("its stage process runs").isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedNamingTheHeaderAndOpensNothing() {
        String rep = rep();
        Customer customer = sales.customerOf(rep, departmentOf(rep));
        String key = UUID.randomUUID().toString();
        assertThat(post(rep, key, body(customer, "First " + key)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> other = post(rep, key, body(customer, "Other " + key));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getBody().get("fields").toString()).contains("Idempotency-Key");
        assertThat(opened("Other " + key)).isZero();
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUserAndWithoutAKeyEveryPostOpensOne() {
        String rep = rep();
        String other = rep();
        Customer customer = sales.customerOf(rep, departmentOf(rep));
        Customer theirCustomer = sales.customerOf(other, departmentOf(other));
        String key = UUID.randomUUID().toString();
        assertThat(post(rep, key, body(customer, "Mine " + key)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> theirs = post(other, key, body(theirCustomer, "Theirs " + key));
        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(theirs.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(opened("Theirs " + key)).isEqualTo(1);

        String keyless = "Keyless " + key;
        assertThat(post(rep, null, body(customer, keyless)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(rep, null, body(customer, keyless)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened(keyless)).isEqualTo(2);

        ResponseEntity<Map<String, Object>> tooLong = post(rep, "k".repeat(256), body(customer, "Long key " + key));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("fields").toString()).contains("Idempotency-Key");
        assertThat(opened("Long key " + key)).isZero();
    }

    @Test
    void retriesArrivingAtOnceOpenOneOpportunityAndTakeOnePlace() throws Exception {
        String rep = rep();
        Customer customer = sales.customerOf(rep, departmentOf(rep));
        String key = UUID.randomUUID().toString();
        String body = body(customer, "Concurrent " + key);
        int threads = 6;
        List<ResponseEntity<Map<String, Object>>> answers = AllAtOnce.run(threads, () -> post(rep, key, body));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode()).as(answer.toString())
                .isEqualTo(HttpStatus.CREATED));
        assertThat(answers.stream().map(answer -> answer.getBody().get("id")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.getHeaders().containsKey("Idempotent-Replayed")))
                .hasSize(threads - 1);
        assertThat(opened("Concurrent " + key)).isEqualTo(1);
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).held()).isEqualTo(1);
    }

    private String rep() {
        return sales.rep(sales.department(), 10);
    }

    private String departmentOf(String rep) {
        return jdbc.queryForObject("select department_code from sales_rep where user_id = ?", String.class, rep);
    }

    private int opened(String name) {
        return jdbc.queryForObject("select count(*) from opportunity where name = ?", Integer.class, name);
    }

    private static String body(Customer customer, String name) {
        return "{\"customerId\":" + customer.getId() + ",\"name\":\"" + name + "\",\"amount\":12000}";
    }

    private ResponseEntity<Map<String, Object>> post(String user, String key, String json) {
        return api.postUnderKey(user, PATH, json, key);
    }
}
