package com.relaycrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The health endpoint a load balancer or orchestrator polls: the application is up although no mail server answers
 * (emails are best effort); every signed-in user sees the status, only administrators see the components.
 */
@RelayIntegrationTest
class HealthEndpointTest {

    @Autowired Api api;

    @Test
    @SuppressWarnings("unchecked")
    void anUnreachableMailServerDoesNotMakeTheApplicationDown() {
        // no GreenMail runs in this class: spring.mail points at a closed port
        ResponseEntity<Map<String, Object>> health = api.getJson("demo", "/actuator/health");

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status")).isIn("UP", "DEGRADED");
        assertThat((Map<String, Object>) health.getBody().get("components")).containsKeys("db", "devicePorts")
                .doesNotContainKey("mail");
    }

    @Test
    void anAnonymousCallerSuchAsALoadBalancerSeesOnlyTheStatus() {
        ResponseEntity<Map<String, Object>> health = api.getJson(null, "/actuator/health");

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsOnlyKeys("status");
        assertThat(api.get(null, "/actuator/health/db").getStatusCode().value()).isIn(401, 403, 404);
    }

    @Test
    void aStaffUserSeesOnlyTheStatus() {
        ResponseEntity<Map<String, Object>> health = api.getJson("sales1", "/actuator/health");

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsOnlyKeys("status");
    }
}
