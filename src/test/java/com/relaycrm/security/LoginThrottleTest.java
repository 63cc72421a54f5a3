package com.relaycrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.TasklistSession;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords sent anonymously, as an attacker would, through each of the three ways to log in: they are
 * throttled for a while ({@code relay.security.login.*}, short in the tests) and never lock the account in the
 * engine, so after the block the right password works again by itself.
 */
@RelayIntegrationTest
class LoginThrottleTest {

    private static final String USER = "demo";

    @Autowired Api api;
    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @Value("${relay.security.login.max-failures-per-account}") int maxFailuresPerAccount;
    @Value("${relay.security.login.block-duration}") Duration blockDuration;

    @Test
    void wrongBasicLoginsOnTheDomainApiAreThrottledAndTheBlockClearsByItself() {
        stormThenRecover(password -> api.get(USER, password, "/api/customers"));
    }

    @Test
    void wrongBasicLoginsOnTheEngineRestApiAreThrottledAndTheBlockClearsByItself() {
        stormThenRecover(password -> api.get(USER, password, "/engine-rest/task"));
    }

    @Test
    void wrongWebappSignInsAreThrottledAndTheBlockClearsByItself() {
        stormThenRecover(password -> TasklistSession.signInPage(rest).attemptSignIn(USER, password));
    }

    @Test
    void theEngineItselfNeverLocksAnAccount() {
        // more wrong passwords than Camunda's default loginMaxAttempts (10), straight at the identity service
        for (int i = 0; i < 12; i++) {
            assertThat(identityService.checkPassword(USER, "wrong")).isFalse();
        }
        assertThat(identityService.checkPassword(USER, USER)).as("right password after 12 wrong ones").isTrue();
        assertNoEngineLock();
    }

    private void stormThenRecover(Function<String, ResponseEntity<String>> login) {
        for (int i = 1; i <= maxFailuresPerAccount; i++) {
            assertThat(login.apply("wrong").getStatusCode().value()).as("wrong password " + i).isEqualTo(401);
        }
        ResponseEntity<String> throttled = login.apply(USER);
        assertThat(throttled.getStatusCode().value()).as("the right password during the block").isEqualTo(429);
        long retryAfter = Long.parseLong(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, blockDuration.toSeconds() + 1);
        assertThat(throttled.getBody()).contains("Too many failed logins");

        Instant giveUp = Instant.now().plus(blockDuration).plusSeconds(10);
        ResponseEntity<String> answer = login.apply(USER);
        while (answer.getStatusCode().value() == 429 && Instant.now().isBefore(giveUp)) {
            pause();
            answer = login.apply(USER);
        }
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("the right password after the block: " + answer)
                .isTrue();
        assertNoEngineLock();
    }

    private void assertNoEngineLock() {
        Integer unlocked = jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ = ? "
                + "and LOCK_EXP_TIME_ is null and (ATTEMPTS_ is null or ATTEMPTS_ = 0)", Integer.class, USER);
        assertThat(unlocked).as("ACT_ID_USER row of " + USER + " without lock and attempts").isEqualTo(1);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
