package com.relaycrm.organisation.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which groups may start which process from Tasklist ({@code relay.authorizations.process-starters}); the working
 * groups ({@link Groups#STAFF}) may always use Tasklist and work the tasks the processes give them.
 */
@ConfigurationProperties("relay.authorizations")
public record AuthorizationProperties(Map<String, List<String>> processStarters) {

    public AuthorizationProperties {
        processStarters = processStarters == null ? Map.of() : processStarters;
    }
}
