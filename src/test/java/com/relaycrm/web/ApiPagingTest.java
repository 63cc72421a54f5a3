package com.relaycrm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** The /api lists answer a page at a time, say how many records there are in all, and refuse pages out of range. */
@RelayIntegrationTest
class ApiPagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired Fixtures fixtures;

    @Test
    void customersComeAPageAtATimeWithTheTotalInAHeader() throws Exception {
        for (int i = 0; i < 3; i++) {
            fixtures.customer(MemberTier.NONE, "sales3");
        }
        ResponseEntity<String> first = api.get("sales3", "/api/customers?page=0&size=2");
        ResponseEntity<String> second = api.get("sales3", "/api/customers?page=1&size=2");
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.getHeaders().getFirst("X-Page-Size")).isEqualTo("2");
        List<String> ids = new ArrayList<>(ids(first));
        assertThat(ids).hasSize(2);
        ids.addAll(ids(second));
        assertThat(ids).as("pages do not overlap").doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        assertThat(ids(api.get("sales3", "/api/customers"))).as("default page size 50")
                .hasSize((int) Math.min(total, 50));
    }

    @Test
    void leadsAndServiceRequestsArePagedToo() throws Exception {
        ResponseEntity<String> leads = api.get("salesmgr1", "/api/sales/leads?size=1");
        assertThat(leads.getStatusCode().value()).isEqualTo(200);
        assertThat(leads.getHeaders().getFirst("X-Total-Count")).isNotNull();
        assertThat(ids(leads)).hasSizeLessThanOrEqualTo(1);
        ResponseEntity<String> requests = api.get("service1", "/api/service-requests?size=1");
        assertThat(requests.getStatusCode().value()).isEqualTo(200);
        assertThat(requests.getHeaders().getFirst("X-Page")).isEqualTo("0");
    }

    @Test
    void aPageOutOfRangeIsA400NamingTheParameter() {
        ResponseEntity<String> tooBig = api.get("salesmgr1", "/api/sales/leads?size=201");
        assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
        assertThat(tooBig.getBody()).contains("\"field\":\"size\"", "between 1 and 200");
        ResponseEntity<String> negative = api.get("service1", "/api/service-requests?page=-1");
        assertThat(negative.getStatusCode().value()).isEqualTo(400);
        assertThat(negative.getBody()).contains("\"field\":\"page\"");
        assertThat(api.get("demo", "/api/customers?size=x").getStatusCode().value()).isEqualTo(400);
    }

    private static List<String> ids(ResponseEntity<String> response) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode record : JSON.readTree(response.getBody())) {
            ids.add(record.get("id").asText());
        }
        return ids;
    }
}
