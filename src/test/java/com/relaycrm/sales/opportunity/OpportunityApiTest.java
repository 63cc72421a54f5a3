package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Opportunities, quotes and the funnel over HTTP: who may, and bad input named by field. */
@RelayIntegrationTest
class OpportunityApiTest {

    @Autowired Api api;
    @Autowired com.relaycrm.customer.CustomerService customers;

    @Test
    void theFunnelIsForSalesPeopleAndNamesABadGrouping() {
        assertThat(api.get(null, "/api/sales/funnel").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("service1", "/api/sales/funnel").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> byOwner = api.getJson("salesmgr1", "/api/sales/funnel?by=owner&from=2026-01-01");
        assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byOwner.getBody()).containsKeys("rows", "totalAmount", "totalWeighted");
        ResponseEntity<Map<String, Object>> bad = api.getJson("salesmgr1", "/api/sales/funnel?by=colour");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("fields").toString()).contains("by");
    }

    @Test
    void aRepOpensAnOpportunityAndQuotesItWithLinesPricedByTheTable() {
        long mingda = customers.customerByCode("CUST-0002").orElseThrow().getId(); // demo customer with its own price list
        ResponseEntity<Map<String, Object>> opened = api.post("salesmgr1", "/api/sales/opportunities",
                "{\"customerId\":" + mingda + ",\"name\":\"Sterilizers\",\"amount\":16000}");
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = opened.getBody().get("id");
        ResponseEntity<Map<String, Object>> quote = api.post("salesmgr1", "/api/sales/opportunities/" + id + "/quotes",
                "{\"lines\":[{\"productCode\":\"AC75\",\"quantity\":1}]}");
        assertThat(quote.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(quote.getBody().get("version")).isEqualTo(1);
        assertThat(quote.getBody().get("lines").toString()).contains("41000", "CUSTOMER");
        ResponseEntity<Map<String, Object>> bad = api.post("salesmgr1", "/api/sales/opportunities/" + id + "/quotes",
                "{\"lines\":[{\"productCode\":\"NOPE\",\"quantity\":1}]}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("fields").toString()).contains("lines[0].productCode");
        assertThat(api.get("sales2", "/api/sales/opportunities/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("service1", "/api/sales/opportunities", "{\"customerId\":2,\"name\":\"x\",\"amount\":1}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
