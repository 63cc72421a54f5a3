package com.relaycrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.support.Api;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The customer API: creation, contacts and assets, and a clear 400 naming the field for bad input. */
@RelayIntegrationTest
class CustomerApiTest {

    @Autowired Api api;
    @Autowired CustomerService customers;

    @Test
    void aSalesRepCreatesACustomerWithAContactAndAnAsset() {
        String code = code();
        ResponseEntity<Map<String, Object>> created = api.post("sales1", "/api/customers",
                "{\"code\":\"" + code + "\",\"name\":\"Beijing Lianhe Trading\",\"kind\":\"COMPANY\",\"regionCode\":\"BJ\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("ownerId", "sales1").containsEntry("memberTier", "NONE");
        long id = ((Number) created.getBody().get("id")).longValue();

        assertThat(api.post("sales1", "/api/customers/" + id + "/contacts",
                "{\"name\":\"Ma Li\",\"title\":\"Buyer\",\"email\":\"ma.li@lianhe.example.com\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.post("sales1", "/api/customers/" + id + "/assets",
                "{\"serialNumber\":\"" + code + "-SN\",\"productName\":\"Printer\",\"assetType\":\"PRINTER\","
                        + "\"purchaseDate\":\"2025-01-10\",\"warrantyEnd\":\"2027-01-10\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.get("sales1", "/api/customers/" + id + "/assets").getBody()).contains(code + "-SN");
        assertThat(customers.customerByCode(code)).isPresent();
    }

    @Test
    void badInputIsAnswered400NamingTheFieldAndStoresNothing() {
        String code = code();
        assertBadRequest("{\"code\":\"" + code + "\",\"kind\":\"COMPANY\"}", "name");
        assertBadRequest("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"PARTNERSHIP\"}", "kind");
        assertBadRequest("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"COMPANY\",\"email\":\"not-an-email\"}", "email");
        assertBadRequest("{\"code\":\"lower case\",\"name\":\"X\",\"kind\":\"COMPANY\"}", "code");
        assertBadRequest("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"INDIVIDUAL\",\"memberTier\":\"GOLD\"}",
                "cardNumber");
        assertBadRequest("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"COMPANY\",\"regionCode\":\"MARS\"}",
                "regionCode");
        assertBadRequest("{\"code\":\"CUST-0001\",\"name\":\"Copy\",\"kind\":\"COMPANY\"}", "code");
        assertThat(customers.customerByCode(code)).isEmpty();
        assertThat(customers.customerByCode("CUST-0001").orElseThrow().getName()).doesNotContain("Copy");
    }

    @Test
    void theOrganisationPickListsAreReadableByEveryEmployee() {
        assertThat(api.get("engineer1", "/api/organisation/regions").getBody()).contains("\"BJ\"", "\"NORTH\"");
        assertThat(api.get("sales1", "/api/organisation/departments").getBody()).contains("\"SERVICE\"");
        assertThat(api.get(null, "/api/organisation/regions").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anAssetWhoseWarrantyEndsBeforeItWasBoughtIsRefused() {
        ResponseEntity<Map<String, Object>> response = api.post("service1", "/api/customers/1/assets",
                "{\"serialNumber\":\"" + code() + "\",\"productName\":\"P\",\"assetType\":\"T\","
                        + "\"purchaseDate\":\"2025-05-01\",\"warrantyEnd\":\"2024-05-01\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("warrantyEnd");
    }

    private void assertBadRequest(String json, String field) {
        ResponseEntity<Map<String, Object>> response = api.post("sales1", "/api/customers", json);
        assertThat(response.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).as(json).contains(field);
        assertThat((String) response.getBody().get("error")).contains(field);
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(ResponseEntity<Map<String, Object>> response) {
        return ((List<Map<String, String>>) response.getBody().get("fields")).stream().map(f -> f.get("field")).toList();
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
