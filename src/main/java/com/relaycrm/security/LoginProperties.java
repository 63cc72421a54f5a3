package com.relaycrm.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling ({@code relay.security.login.*}, see {@link LoginThrottle}).
 *
 * @param maxFailuresPerAccount failed logins for one user name within {@code window} that block it
 * @param maxFailuresPerAddress failed logins from one client address (for any user names) that block the address
 * @param window how long failures are counted together, from the first one
 * @param blockDuration how long a blocked account or address is refused (then its count starts again)
 * @param maxTracked accounts and addresses counted at once on this node
 */
@ConfigurationProperties("relay.security.login")
public record LoginProperties(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window,
                              Duration blockDuration, int maxTracked) {

    public LoginProperties {
        atLeastOne("max-failures-per-account", maxFailuresPerAccount);
        atLeastOne("max-failures-per-address", maxFailuresPerAddress);
        atLeastOne("max-tracked", maxTracked);
        positive("window", window);
        positive("block-duration", blockDuration);
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("relay.security.login." + name + " must be at least 1, not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("relay.security.login." + name + " must be a positive duration");
        }
    }
}
