package com.relaycrm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on an in-memory H2 database by default or on PostgreSQL when the
 * {@code postgres} profile is active (SPRING_PROFILES_ACTIVE=postgres with RELAY_DB_URL), with the demo users and
 * the job executor off so that tests run timers and asynchronous steps themselves. Every test class uses exactly
 * these settings, so Spring starts the application once for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relay.demo-data.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "relay.datasource.h2-url=jdbc:h2:mem:relay-test;DB_CLOSE_DELAY=-1",
        // GreenMail (SMTP) in the mail tests listens here (TestMail); elsewhere approval emails fail to send, which is logged only
        "spring.mail.host=localhost",
        "spring.mail.port=${relay.test.smtp-port:3025}",
        // failed logins block for seconds rather than minutes, so the login tests see a block end (LoginThrottleTest)
        // and the wrong passwords of one test never refuse another's logins
        "relay.security.login.block-duration=PT2S",
        // small enough that a test sends a lead file over them (sales/lead/LeadImportLimitsTest) without megabytes in
        // flight or thousands of leads created when the limit fails
        "relay.web.upload-limits.[/api/sales/leads/import]=256KB",
        "relay.sales.lead-import.max-rows=50"
})
public @interface RelayIntegrationTest {
}
