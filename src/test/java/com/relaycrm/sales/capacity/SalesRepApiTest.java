package com.relaycrm.sales.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Sales managers set their reps' maximums (资源池上限) and assignment area over REST; reps may only look. */
@RelayIntegrationTest
class SalesRepApiTest {

    @Autowired Api api;
    @Autowired SalesFixtures sales;
    @Autowired CapacityService capacity;

    @Test
    void aSalesManagerSetsARepsMaximumAndPutsItBackToTheDefault() {
        String rep = sales.rep(sales.department(), 5);

        ResponseEntity<String> set = api.put("salesmgr1", "/api/sales/reps/" + rep + "/capacity/OPPORTUNITY",
                "{\"maximum\":3}");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(set.getBody()).contains("\"maximum\":3");
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).maximum()).isEqualTo(3);

        api.put("salesmgr1", "/api/sales/reps/" + rep + "/capacity/OPPORTUNITY", "{\"maximum\":null}");
        assertThat(capacity.holding(rep, ResourceType.OPPORTUNITY).maximum())
                .as("relay.sales.capacity.opportunity").isEqualTo(20);
    }

    @Test
    void aRepSeesTheirOwnHoldingsButChangesNothing() {
        String rep = sales.rep(sales.department(), 5);
        String other = sales.rep(sales.department(), 5);

        assertThat(api.get(rep, "/api/sales/reps/" + rep + "/capacity").getBody()).contains("\"LEAD\"", "\"maximum\":5");
        assertThat(api.get(rep, "/api/sales/reps/" + other + "/capacity").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.put(rep, "/api/sales/reps/" + rep + "/capacity/LEAD", "{\"maximum\":99}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.put(null, "/api/sales/reps/" + rep + "/capacity/LEAD", "{\"maximum\":99}").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(capacity.holding(rep, ResourceType.LEAD).maximum()).isEqualTo(5);
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        String rep = sales.rep(sales.department(), 5);

        assertRefused(api.put("salesmgr1", "/api/sales/reps/" + rep + "/capacity/LEAD", "{\"maximum\":-1}"), "maximum");
        assertRefused(api.put("salesmgr1", "/api/sales/reps/engineer1/capacity/LEAD", "{\"maximum\":3}"), "userId");
        assertRefused(api.put("salesmgr1", "/api/sales/reps/" + rep, "{\"departmentCode\":\"NOWHERE\"}"),
                "departmentCode");
        assertRefused(api.put("salesmgr1", "/api/sales/reps/" + rep, "{\"regionCode\":\"EAST\"}"), "departmentCode");
        assertThat(capacity.holding(rep, ResourceType.LEAD).maximum()).isEqualTo(5);
    }

    private static void assertRefused(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }
}
