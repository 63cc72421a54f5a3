package com.relaycrm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account (the user name tried) and per client address, each over a window from its first
 * failure. Reaching the maximum blocks that account (from every address) or that address (for every account) for the
 * block duration; a blocked login is refused without looking at the password, so it neither counts nor lengthens the
 * block, and the right password does not get through either. When the block ends the count starts again. A login
 * that succeeds clears its account's count (not its address's, so an attacker's own valid login does not buy more
 * guesses at others). Nothing is ever locked for good, and nothing is stored: each node counts for itself.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Longer user names are counted by their start (the header or form already bounds them). */
    private static final int MAX_KEY_LENGTH = 128;

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(LoginProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long a login for this account from this address is still refused, if it is. */
    public Optional<Duration> blockedFor(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(accounts, key(account), now), blockedUntil(addresses, key(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** A login with wrong credentials (the account may be unknown: null when no user name could be read). */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (count(accounts, key(account), properties.maxFailuresPerAccount(), now)) {
            log.warn("Login for account '{}' blocked for {} after {} failures (last from {})", key(account),
                    properties.blockDuration(), properties.maxFailuresPerAccount(), address);
        }
        if (count(addresses, key(address), properties.maxFailuresPerAddress(), now)) {
            log.warn("Logins from {} blocked for {} after {} failures", key(address), properties.blockDuration(),
                    properties.maxFailuresPerAddress());
        }
    }

    /** A login that passed: the account's failures are forgotten. */
    public void succeeded(String account) {
        String key = key(account);
        if (key != null) {
            accounts.remove(key);
        }
    }

    private static Instant blockedUntil(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = key == null ? null : counts.get(key);
        return failures == null ? null : failures.blockedUntil(now);
    }

    /** Counts one failure; true when it starts a block. */
    private boolean count(Map<String, Failures> counts, String key, int maximum, Instant now) {
        if (key == null) {
            return false;
        }
        if (counts.size() >= properties.maxTracked() && !counts.containsKey(key)) {
            forgetIdle(counts, now, properties.window());
        }
        Failures failures = counts.computeIfAbsent(key, k -> new Failures());
        return failures.add(now, maximum, properties.window(), properties.blockDuration());
    }

    /** Makes room: first what has expired, then (a storm of made-up names) everything not blocked. */
    private static void forgetIdle(Map<String, Failures> counts, Instant now, Duration window) {
        counts.values().removeIf(failures -> failures.expired(now, window));
        counts.values().removeIf(failures -> failures.blockedUntil(now) == null);
    }

    private static String key(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The failures of one account or address in its current window, and its block. */
    private static final class Failures {

        private Instant windowStart;
        private int count;
        private Instant blockedUntil;

        synchronized Instant blockedUntil(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now) ? blockedUntil : null;
        }

        synchronized boolean add(Instant now, int maximum, Duration window, Duration block) {
            if (blockedUntil(now) != null) {
                return false;
            }
            if (windowStart == null || blockedUntil != null || !now.isBefore(windowStart.plus(window))) {
                windowStart = now;
                count = 0;
                blockedUntil = null;
            }
            count++;
            if (count < maximum) {
                return false;
            }
            blockedUntil = now.plus(block);
            return true;
        }

        /** Neither blocked nor counting any more: its block or its window has ended. */
        synchronized boolean expired(Instant now, Duration window) {
            return blockedUntil(now) == null && (blockedUntil != null || windowStart == null
                    || !now.isBefore(windowStart.plus(window)));
        }
    }
}
