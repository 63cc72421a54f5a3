package com.relaycrm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Idempotency;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.lead.internal.LeadActivityRepository;
import com.relaycrm.sales.lead.internal.LeadRepository;
import com.relaycrm.support.AllAtOnce;
import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lead entry over REST with an {@code Idempotency-Key}: a retry answers the first lead and enters nothing, also when
 * the retries arrive at once (on H2 and on PostgreSQL); another body under the same key is refused with 422 naming
 * the header; keys belong to their user; a retry that outwaits the database's lock timeout while the first request
 * holds the key still answers the first lead.
 */
@RelayIntegrationTest
class LeadIdempotencyTest {

    @Autowired Api api;
    @Autowired LeadRepository leadRepository;
    @Autowired LeadActivityRepository activities;
    @Autowired SalesFixtures sales;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstLeadAndEntersNothing() {
        String department = sales.department();
        String key = UUID.randomUUID().toString();
        String body = lead("Retried " + key, department);

        ResponseEntity<Map<String, Object>> first = post("salesmgr1", key, body);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(first.getBody()).doesNotContainKeys("idempotencyKey", "requestDigest");
        // the same JSON spaced and ordered otherwise is the same request
        ResponseEntity<Map<String, Object>> retry = post("salesmgr1", key, "{ \"departmentCode\" : \"" + department
                + "\", \"source\": \"EVENT\", \"name\": \"Retried " + key + "\" }");
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));

        List<Lead> entered = named("Retried " + key);
        assertThat(entered).hasSize(1);
        assertThat(entered.get(0).getProcessInstanceId()).isNotNull();
        assertThat(activities.findByLeadIdOrderById(entered.get(0).getId()).stream()
                .filter(a -> a.getKind() == ActivityKind.CREATED)).as("entered once").hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedNamingTheHeader() {
        String department = sales.department();
        String key = UUID.randomUUID().toString();
        assertThat(post("sales1", key, lead("First " + key, department)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> other = post("sales1", key, lead("Second " + key, department));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getBody().get("error").toString()).contains("Idempotency-Key");
        assertThat(other.getBody().get("fields").toString()).contains("Idempotency-Key");
        assertThat(named("Second " + key)).isEmpty();
        assertThat(named("First " + key)).hasSize(1);
    }

    @Test
    void keysBelongToTheirUser() {
        String department = sales.department();
        String key = UUID.randomUUID().toString();
        String body = lead("Shared key " + key, department);

        ResponseEntity<Map<String, Object>> mine = post("sales1", key, body);
        ResponseEntity<Map<String, Object>> theirs = post("salesmgr1", key, body);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(theirs.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(theirs.getBody().get("id")).isNotEqualTo(mine.getBody().get("id"));
        assertThat(named("Shared key " + key)).extracting(Lead::getCreatedBy)
                .containsExactlyInAnyOrder("sales1", "salesmgr1");
        // another user's key with another body is not a reuse either
        assertThat(post("demo", key, lead("Third " + key, department)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void retriesArrivingAtOnceEnterOneLead() throws Exception {
        String department = sales.department();
        String key = UUID.randomUUID().toString();
        String body = lead("Concurrent " + key, department);
        int threads = 6;
        List<ResponseEntity<Map<String, Object>>> answers = AllAtOnce.run(threads, () -> post("salesmgr1", key, body));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode()).as(answer.toString())
                .isEqualTo(HttpStatus.CREATED));
        assertThat(answers.stream().map(answer -> answer.getBody().get("id")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.getHeaders().containsKey("Idempotent-Replayed")))
                .hasSize(threads - 1);
        List<Lead> entered = named("Concurrent " + key);
        assertThat(entered).hasSize(1);
        assertThat(entered.get(0).getProcessInstanceId()).isNotNull();
    }

    /**
     * The first request still holds the key (its lead inserted, not committed) for longer than the database waits for
     * a lock: on H2 the retry's insert gives up with a lock timeout, which must be retried like a lost race, not
     * answered with 500; on PostgreSQL the insert waits for the commit and meets the key. Either way the retry answers
     * the first lead.
     */
    @Test
    void aRetryOutwaitedByTheFirstRequestsLockAnswersTheFirstLead() throws Exception {
        String department = sales.department();
        String key = UUID.randomUUID().toString();
        String name = "Held " + key;
        boolean h2 = "H2".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
        long lockTimeout = h2 ? jdbc.queryForObject("select lock_timeout()", Long.class) : 0;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch held = new CountDownLatch(1);
        try {
            Future<Long> first = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                Lead lead = new Lead(name, null, LeadSource.EVENT, null, null, department, null, null, "salesmgr1");
                lead.enteredUnder(key, Idempotency.digest(new LeadCommands.NewLead(name, null, LeadSource.EVENT,
                        null, null, department, null, null)));
                long id = leadRepository.saveAndFlush(lead).getId();
                held.countDown();
                try {
                    Thread.sleep(lockTimeout + 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return id;
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            ResponseEntity<Map<String, Object>> retry = post("salesmgr1", key, lead(name, department));
            assertThat(retry.getStatusCode()).as(retry.toString()).isEqualTo(HttpStatus.CREATED);
            assertThat(retry.getHeaders()).containsKey("Idempotent-Replayed");
            assertThat(((Number) retry.getBody().get("id")).longValue()).isEqualTo(first.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(named(name)).hasSize(1);
    }

    @Test
    void aKeyMustBeVisibleAsciiOfAtMost255AndNoKeyEntersEachTime() {
        String department = sales.department();
        ResponseEntity<Map<String, Object>> tooLong = post("sales1", "k".repeat(256), lead("Long key", department));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("fields").toString()).contains("Idempotency-Key");

        String name = "Keyless " + UUID.randomUUID();
        assertThat(post("sales1", null, lead(name, department)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("sales1", null, lead(name, department)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(named(name)).as("without a key every POST enters a lead").hasSize(2);
    }

    private List<Lead> named(String name) {
        return leadRepository.findAll().stream().filter(lead -> lead.getName().equals(name)).toList();
    }

    private static String lead(String name, String department) {
        return "{\"name\":\"" + name + "\",\"source\":\"EVENT\",\"departmentCode\":\"" + department + "\"}";
    }

    private ResponseEntity<Map<String, Object>> post(String user, String key, String json) {
        return api.postUnderKey(user, "/api/sales/leads", json, key);
    }
}
