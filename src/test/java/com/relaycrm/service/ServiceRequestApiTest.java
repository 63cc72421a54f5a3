package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Paging;
import com.relaycrm.customer.Customer;
import com.relaycrm.service.process.ServiceRequestProcess;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Opening service requests over REST: a stored record with its process, or a 400 that names the field. */
@RelayIntegrationTest
class ServiceRequestApiTest {

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired ServiceRequestQueries queries;
    @Autowired RuntimeService runtimeService;

    @Test
    void openingARequestStoresItAndStartsItsProcessUnderTheRequestNumber() {
        Customer customer = fixtures.company();
        long assetId = fixtures.assetInWarranty(customer).getId();
        ResponseEntity<Map<String, Object>> response = api.post("service1", "/api/service-requests",
                "{\"customerId\":" + customer.getId() + ",\"assetId\":" + assetId
                        + ",\"type\":\"REPAIR\",\"subject\":\"Noisy fan\",\"description\":\"Fan rattles at start\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) response.getBody().get("requestNumber");
        assertThat(number).matches("SR-\\d{6}");
        long id = ((Number) response.getBody().get("id")).longValue();
        ServiceRequest stored = queries.details(id).request();
        assertThat(stored.getCreatedBy()).isEqualTo("service1");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ServiceRequestProcess.KEY).singleResult().getId())
                .isEqualTo(stored.getProcessInstanceId());

        ResponseEntity<Map<String, Object>> read = api.getJson("service1", "/api/service-requests/" + id);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).containsKeys("request", "workOrders", "parts", "settlement", "returnVisit");
    }

    @Test
    void badInputIsAnswered400NamingTheFieldAndStartsNothing() {
        Customer customer = fixtures.company();
        Customer other = fixtures.company();
        long foreignAsset = fixtures.assetInWarranty(other).getId();
        long requestsBefore = queries.visibleTo(Fixtures.ADMIN, Paging.first()).getTotalElements();
        long processesBefore = runtimeService.createProcessInstanceQuery().count();

        assertBadRequest("{\"type\":\"REPAIR\",\"subject\":\"s\",\"description\":\"d\"}", "customerId");
        assertBadRequest("{\"customerId\":" + customer.getId() + ",\"type\":\"BREAKDOWN\",\"subject\":\"s\",\"description\":\"d\"}", "type");
        assertBadRequest("{\"customerId\":" + customer.getId() + ",\"type\":\"REPAIR\",\"subject\":\" \",\"description\":\"d\"}", "subject");
        assertBadRequest("{\"customerId\":" + customer.getId() + ",\"type\":\"REPAIR\",\"subject\":\"s\",\"description\":\"" + "x".repeat(4001) + "\"}", "description");
        assertBadRequest("{\"customerId\":999999999,\"type\":\"REPAIR\",\"subject\":\"s\",\"description\":\"d\"}", "customerId");
        assertBadRequest("{\"customerId\":" + customer.getId() + ",\"assetId\":" + foreignAsset + ",\"type\":\"REPAIR\",\"subject\":\"s\",\"description\":\"d\"}", "assetId");
        assertBadRequest("{\"customerId\":\"abc\",\"type\":\"REPAIR\",\"subject\":\"s\",\"description\":\"d\"}", "customerId");

        assertThat(queries.visibleTo(Fixtures.ADMIN, Paging.first()).getTotalElements()).isEqualTo(requestsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    private void assertBadRequest(String json, String field) {
        ResponseEntity<Map<String, Object>> response = api.post("service1", "/api/service-requests", json);
        assertThat(response.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        List<String> fields = ((List<Map<String, String>>) response.getBody().get("fields")).stream()
                .map(f -> f.get("field")).toList();
        assertThat(fields).as(json).contains(field);
    }
}
