package com.relaycrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The throttle's semantics, on a clock the test moves: per account and per address, refused while blocked whatever
 * the password, never for good, and a success forgets only the account's failures.
 */
class LoginThrottleRulesTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Duration BLOCK = Duration.ofMinutes(2);
    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginProperties(3, 5, WINDOW, BLOCK, 100), clock);

    @Test
    void aStormOnOneAccountBlocksItFromEveryAddressForTheBlockDurationOnly() {
        failTimes(3, "demo", ATTACKER);

        assertThat(throttle.blockedFor("demo", ATTACKER)).contains(BLOCK);
        assertThat(throttle.blockedFor("demo", OFFICE)).as("the account, from another address").contains(BLOCK);
        assertThat(throttle.blockedFor("sales1", OFFICE)).as("another account elsewhere").isEmpty();

        clock.advance(BLOCK);
        assertThat(throttle.blockedFor("demo", OFFICE)).as("after the block").isEmpty();
        assertThat(throttle.blockedFor("demo", ATTACKER)).isEmpty();
    }

    @Test
    void attemptsDuringABlockNeitherCountNorLengthenIt() {
        failTimes(3, "demo", ATTACKER);
        clock.advance(Duration.ofMinutes(1));
        failTimes(10, "demo", ATTACKER);

        assertThat(throttle.blockedFor("demo", OFFICE)).contains(BLOCK.minusMinutes(1));
        clock.advance(BLOCK.minusMinutes(1));
        assertThat(throttle.blockedFor("demo", OFFICE)).isEmpty();
        throttle.failed("demo", OFFICE);
        assertThat(throttle.blockedFor("demo", OFFICE)).as("the count started again after the block").isEmpty();
    }

    @Test
    void sprayingManyAccountsFromOneAddressBlocksThatAddressButNotTheAccountsElsewhere() {
        for (String account : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(account, ATTACKER);
        }

        assertThat(throttle.blockedFor("sales1", ATTACKER)).as("anyone from the address").contains(BLOCK);
        assertThat(throttle.blockedFor("a", OFFICE)).as("a tried account from elsewhere").isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        failTimes(2, "demo", OFFICE);
        clock.advance(WINDOW);
        failTimes(2, "demo", OFFICE);

        assertThat(throttle.blockedFor("demo", OFFICE)).isEmpty();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        failTimes(2, "demo", ATTACKER);
        throttle.succeeded("demo");
        failTimes(2, "demo", ATTACKER);
        assertThat(throttle.blockedFor("demo", OFFICE)).as("2 + 2 after a success: not 3 in a row").isEmpty();

        throttle.failed("other", ATTACKER);
        assertThat(throttle.blockedFor("sales1", ATTACKER)).as("the address counted all 5").contains(BLOCK);
    }

    @Test
    void aStormOfMadeUpNamesIsBoundedAndKeepsTheBlocks() {
        failTimes(3, "demo", OFFICE);
        for (int i = 0; i < 1000; i++) {
            throttle.failed("made-up-" + i, "192.0.2." + (i % 250));
        }

        assertThat(throttle.blockedFor("demo", "192.0.2.1")).as("the block outlives the storm").isPresent();
    }

    private void failTimes(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
