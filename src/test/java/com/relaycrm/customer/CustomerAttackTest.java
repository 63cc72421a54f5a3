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

/**
 * Issue #11, customers: a sales rep created a customer as a PLATINUM member with a card of their choosing and
 * another rep as owner, and names took NUL and right-to-left override characters. Tiers above the entry tier and
 * other owners are for managers, cards for those who issue them (service desk, managers), card numbers are unique,
 * names are plain text; each refusal names the field and stores nothing.
 */
@RelayIntegrationTest
class CustomerAttackTest {

    @Autowired Api api;
    @Autowired CustomerService customers;

    @Test
    void aSalesRepCannotMakeAPlatinumMemberWithACardOwnedBySomeoneElse() {
        String code = code();
        refused("sales1", "{\"code\":\"" + code + "\",\"name\":\"Fake Member\",\"kind\":\"INDIVIDUAL\","
                + "\"memberTier\":\"PLATINUM\",\"cardNumber\":\"" + code + "\",\"ownerId\":\"sales2\"}",
                HttpStatus.FORBIDDEN, "cardNumber");
        refused("sales1", "{\"code\":\"" + code + "\",\"name\":\"Fake Member\",\"kind\":\"INDIVIDUAL\","
                + "\"memberTier\":\"STANDARD\",\"cardNumber\":\"" + code + "\"}", HttpStatus.FORBIDDEN, "cardNumber");
        refused("sales1", "{\"code\":\"" + code + "\",\"name\":\"Someone Else's\",\"kind\":\"COMPANY\","
                + "\"ownerId\":\"sales2\"}", HttpStatus.FORBIDDEN, "ownerId");
        refused("service1", "{\"code\":\"" + code + "\",\"name\":\"Fake Member\",\"kind\":\"INDIVIDUAL\","
                + "\"memberTier\":\"PLATINUM\",\"cardNumber\":\"" + code + "\"}", HttpStatus.FORBIDDEN, "memberTier");
        assertThat(customers.customerByCode(code)).isEmpty();
        assertThat(customers.memberByCard(code)).isEmpty();

        // a rep's own customer is owned by the rep
        ResponseEntity<Map<String, Object>> own = api.post("sales1", "/api/customers",
                "{\"code\":\"" + code + "\",\"name\":\"Own Customer\",\"kind\":\"COMPANY\",\"ownerId\":\"sales1\"}");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(own.getBody()).containsEntry("ownerId", "sales1").containsEntry("memberTier", "NONE");
    }

    @Test
    void theServiceDeskIssuesCardsAtTheEntryTierAndManagersSetTiersAndOwners() {
        String desk = code();
        ResponseEntity<Map<String, Object>> issued = api.post("service1", "/api/customers",
                "{\"code\":\"" + desk + "\",\"name\":\"New Member\",\"kind\":\"INDIVIDUAL\","
                        + "\"memberTier\":\"STANDARD\",\"cardNumber\":\"" + desk + "\"}");
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(issued.getBody()).containsEntry("cardNumber", desk).containsEntry("memberTier", "STANDARD");

        String manager = code();
        ResponseEntity<Map<String, Object>> assigned = api.post("salesmgr1", "/api/customers",
                "{\"code\":\"" + manager + "\",\"name\":\"Key Member\",\"kind\":\"INDIVIDUAL\","
                        + "\"memberTier\":\"GOLD\",\"cardNumber\":\"" + manager + "\",\"ownerId\":\"sales1\"}");
        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(assigned.getBody()).containsEntry("ownerId", "sales1").containsEntry("memberTier", "GOLD");

        // a card belongs to one member only
        String copy = code();
        refused("salesmgr1", "{\"code\":\"" + copy + "\",\"name\":\"Copy\",\"kind\":\"INDIVIDUAL\","
                + "\"memberTier\":\"STANDARD\",\"cardNumber\":\"" + desk + "\"}", HttpStatus.BAD_REQUEST, "cardNumber");
        assertThat(customers.customerByCode(copy)).isEmpty();
        assertThat(customers.memberByCard(desk).orElseThrow().getCode()).isEqualTo(desk);
    }

    @Test
    void namesWithNulOrRightToLeftOverrideCharactersAreRefused() {
        String code = code();
        refused("sales1", "{\"code\":\"" + code + "\",\"name\":\"Evil\\u0000Corp\",\"kind\":\"COMPANY\"}",
                HttpStatus.BAD_REQUEST, "name");
        refused("sales1", "{\"code\":\"" + code + "\",\"name\":\"Invoice \\u202Efdp.exe\",\"kind\":\"COMPANY\"}",
                HttpStatus.BAD_REQUEST, "name");
        assertThat(customers.customerByCode(code)).isEmpty();

        ResponseEntity<Map<String, Object>> created = api.post("sales1", "/api/customers",
                "{\"code\":\"" + code + "\",\"name\":\"王芳 Wang Fang\",\"kind\":\"COMPANY\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) created.getBody().get("id")).longValue();
        String contacts = "/api/customers/" + id + "/contacts";
        for (String name : new String[] {"Ma\\u0000Li", "Ma \\u202ELi", "Ma\\u0007Li"}) {
            ResponseEntity<Map<String, Object>> response = api.post("sales1", contacts, "{\"name\":\"" + name + "\"}");
            assertThat(response.getStatusCode()).as(name).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) response.getBody().get("error")).as(name).contains("name");
        }
        assertThat(customers.contacts(id, com.relaycrm.support.Fixtures.ADMIN)).isEmpty();
        assertThat(api.post("sales1", contacts, "{\"name\":\"马丽 Ma Li\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void refused(String user, String json, HttpStatus status, String field) {
        ResponseEntity<Map<String, Object>> response = api.post(user, "/api/customers", json);
        assertThat(response.getStatusCode()).as(json).isEqualTo(status);
        if (status == HttpStatus.BAD_REQUEST) {
            // checked by the command's constraints ("Invalid input: name ...") or by the service ("name: ..."):
            // either way the field is in the error's field list
            assertThat((List<?>) response.getBody().get("fields")).as(json).anySatisfy(f ->
                    assertThat(((Map<?, ?>) f).get("field")).isEqualTo(field));
        } else {
            assertThat((String) response.getBody().get("error")).as(json).startsWith(field);
        }
    }

    private static String code() {
        return "A-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
