package com.relaycrm.process.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where process models and forms are deployed from: the copies packaged in the jar by default, or folders a process
 * owner edits (e.g. {@code file:/srv/relay/processes/}).
 */
@ConfigurationProperties("relay.deployment")
public record DeploymentProperties(String processesLocation, String formsLocation) {

    public DeploymentProperties {
        processesLocation = folder(processesLocation == null ? "classpath:processes/" : processesLocation);
        formsLocation = folder(formsLocation == null ? "classpath:forms/" : formsLocation);
    }

    private static String folder(String location) {
        return location.endsWith("/") ? location : location + "/";
    }
}
