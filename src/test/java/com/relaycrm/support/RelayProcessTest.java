package com.relaycrm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A process test against the whole application ({@link RelayIntegrationTest}, the one shared Spring context) with
 * camunda-bpm-assert pointed at its engine ({@link ProcessAssertions}). Move the process with {@link ProcessDriver}.
 * To check a diagram alone in seconds, with its delegates mocked and no application, see {@link ProcessModelTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RelayIntegrationTest
@ExtendWith(ProcessAssertions.class)
public @interface RelayProcessTest {
}
