package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerCommands.NewCustomer;
import com.relaycrm.customer.CustomerKind;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The loyalty REST API as the demo users: purchases (new, replayed, invalid), balances, ledger pages, permissions. */
@RelayIntegrationTest
class LoyaltyApiTest {

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired LoyaltyService loyalty;
    @Autowired CustomerService customers;

    @Test
    void aPurchaseByCardIsCreatedOnceAndAReplayIsAnsweredWithTheSameEntry() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        String externalId = ConsumptionPointsProcessTest.newId();
        String body = """
                {"cardNumber":"%s","source":"POS","externalId":"%s","amount":5000.00,
                 "occurredAt":"2026-06-15T10:00:00Z","lines":[{"category":"COMPUTER","amount":5000.00}]}"""
                .formatted(member.getCardNumber(), externalId);

        ResponseEntity<Map<String, Object>> created = api.post("service1", "/api/loyalty/consumptions", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("replay", false).containsEntry("availablePoints", 5100);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) created.getBody().get("entry");
        assertThat(entry).containsEntry("points", 5100).containsEntry("entryType", "ACCRUAL")
                .containsEntry("createdBy", "service1");

        ResponseEntity<Map<String, Object>> replayed = api.post("service1", "/api/loyalty/consumptions", body);
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replayed.getBody()).containsEntry("replay", true)
                .containsEntry("consumptionId", created.getBody().get("consumptionId"));
        assertThat(((Map<?, ?>) replayed.getBody().get("entry")).get("id")).isEqualTo(entry.get("id"));
        assertThat(loyalty.entries(member.getId())).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "no external id          | externalId | \"amount\":10.00,\"occurredAt\":\"2026-06-15T10:00:00Z\"",
            "negative amount         | amount     | \"externalId\":\"@ID\",\"amount\":-5,\"occurredAt\":\"2026-06-15T10:00:00Z\"",
            "no date                 | occurredAt | \"externalId\":\"@ID\",\"amount\":10.00",
            "future date             | occurredAt | \"externalId\":\"@ID\",\"amount\":10.00,\"occurredAt\":\"2099-01-01T00:00:00Z\"",
            "unknown source          | source     | \"source\":\"FAX\",\"externalId\":\"@ID\",\"amount\":10.00,\"occurredAt\":\"2026-06-15T10:00:00Z\"",
            "lines not adding up     | lines      | \"externalId\":\"@ID\",\"amount\":10.00,\"occurredAt\":\"2026-06-15T10:00:00Z\",\"lines\":[{\"category\":\"OTHER\",\"amount\":9.00}]",
            "line without category   | lines[0].category | \"externalId\":\"@ID\",\"amount\":10.00,\"occurredAt\":\"2026-06-15T10:00:00Z\",\"lines\":[{\"amount\":10.00}]",
    })
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String what, String field, String json) {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        String externalId = ConsumptionPointsProcessTest.newId();
        String body = "{\"customerId\":" + member.getId() + "," + json.replace("@ID", externalId) + "}";

        ResponseEntity<Map<String, Object>> response = api.post("service1", "/api/loyalty/consumptions", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) response.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo(field));
        assertThat(loyalty.consumption("POS", externalId)).isEmpty();
        assertThat(loyalty.entries(member.getId())).isEmpty();
        assertThat(loyalty.account(member.getId())).isEmpty();
    }

    @Test
    void anUnknownCardOrANonMemberIsRefused() {
        String unknownCard = """
                {"cardNumber":"NO-SUCH-CARD","externalId":"X1","amount":10,"occurredAt":"2026-06-15T10:00:00Z"}""";
        assertThat(api.post("service1", "/api/loyalty/consumptions", unknownCard).getBody().toString())
                .contains("cardNumber");
        Customer company = fixtures.company();
        String externalId = ConsumptionPointsProcessTest.newId();
        ResponseEntity<Map<String, Object>> response = api.post("service1", "/api/loyalty/consumptions",
                "{\"customerId\":%d,\"externalId\":\"%s\",\"amount\":10,\"occurredAt\":\"2026-06-15T10:00:00Z\"}"
                        .formatted(company.getId(), externalId));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("customerId").contains("not a member");
        assertThat(loyalty.consumption("POS", externalId)).isEmpty();
    }

    @Test
    void roleWithoutLoyaltyWorkMayNotPostPurchases() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        String externalId = ConsumptionPointsProcessTest.newId();
        ResponseEntity<Map<String, Object>> response = api.post("warehouse1", "/api/loyalty/consumptions",
                "{\"customerId\":%d,\"externalId\":\"%s\",\"amount\":10,\"occurredAt\":\"2026-06-15T10:00:00Z\"}"
                        .formatted(member.getId(), externalId));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(loyalty.consumption("POS", externalId)).isEmpty();
    }

    @Test
    void balancesAndLedgerPagesFollowTheCustomersDataPermission() {
        Customer ownedBySales1 = fixtures.customer(MemberTier.STANDARD);
        for (int i = 1; i <= 3; i++) {
            api.post("service1", "/api/loyalty/consumptions",
                    "{\"customerId\":%d,\"externalId\":\"%s\",\"amount\":%d,\"occurredAt\":\"2026-06-15T10:00:00Z\"}"
                            .formatted(ownedBySales1.getId(), ConsumptionPointsProcessTest.newId(), i * 10));
        }

        ResponseEntity<Map<String, Object>> member = api.getJson("sales1", "/api/loyalty/members/" + ownedBySales1.getId());
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(member.getBody()).containsEntry("availablePoints", 60).containsEntry("accumulatedPoints", 60)
                .containsEntry("tier", "STANDARD").containsEntry("cardNumber", ownedBySales1.getCardNumber());
        for (String user : List.of("demo", "salesmgr1", "service1", "servicemgr1", "finance1")) {
            assertThat(api.getJson(user, "/api/loyalty/members/" + ownedBySales1.getId()).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.OK);
        }

        ResponseEntity<Map<String, Object>> page0 = api.getJson("finance1",
                "/api/loyalty/members/" + ownedBySales1.getId() + "/ledger?page=0&size=2");
        assertThat(page0.getBody()).containsEntry("totalEntries", 3).containsEntry("totalPages", 2);
        assertThat(points(page0)).containsExactly(30, 20);
        assertThat(points(api.getJson("finance1",
                "/api/loyalty/members/" + ownedBySales1.getId() + "/ledger?page=1&size=2"))).containsExactly(10);

        Customer ownedByManager = customers.create(new NewCustomer("T-" + UUID.randomUUID().toString().substring(0, 8),
                "Manager's member", CustomerKind.INDIVIDUAL, MemberTier.GOLD,
                "CARD-" + UUID.randomUUID().toString().substring(0, 8), null, null, null, null, null, null,
                "salesmgr1"), Fixtures.ADMIN);
        assertThat(api.getJson("sales1", "/api/loyalty/members/" + ownedByManager.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getJson("sales1", "/api/loyalty/members/" + ownedByManager.getId() + "/ledger")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getJson("salesmgr1", "/api/loyalty/members/" + ownedByManager.getId()).getBody())
                .containsEntry("tier", "GOLD").containsEntry("availablePoints", 0);
        assertThat(api.getJson("warehouse1", "/api/loyalty/members/" + ownedBySales1.getId()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getJson("demo", "/api/loyalty/members/" + fixtures.company().getId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The points of a ledger page's entries, in the page's order. */
    private static List<Integer> points(ResponseEntity<Map<String, Object>> page) {
        return ((List<?>) page.getBody().get("entries")).stream()
                .map(entry -> (Integer) ((Map<?, ?>) entry).get("points")).toList();
    }

    @Test
    void theReportCountsMembersPerTierAndPointsPerEntryTypeForTheRolesThatSeeAllMembers() {
        Map<String, Object> before = api.getJson("finance1", "/api/loyalty/report").getBody();
        Customer member = fixtures.customer(MemberTier.PLATINUM); // a member counts from the start, with 0 points
        api.post("service1", "/api/loyalty/consumptions",
                "{\"customerId\":%d,\"externalId\":\"%s\",\"amount\":100,\"occurredAt\":\"2026-06-15T10:00:00Z\"}"
                        .formatted(member.getId(), ConsumptionPointsProcessTest.newId()));

        Map<String, Object> after = api.getJson("finance1", "/api/loyalty/report").getBody();

        assertThat(row(after, "tiers", "tier", "PLATINUM", "members") - row(before, "tiers", "tier", "PLATINUM", "members"))
                .isEqualTo(1);
        assertThat(row(after, "tiers", "tier", "PLATINUM", "availablePoints")
                - row(before, "tiers", "tier", "PLATINUM", "availablePoints")).isEqualTo(200); // 100 x 2.0
        assertThat(row(after, "entryTypes", "entryType", "ACCRUAL", "points")
                - row(before, "entryTypes", "entryType", "ACCRUAL", "points")).isEqualTo(200);
        assertThat(api.getJson("sales1", "/api/loyalty/report").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A number from a report series' row, 0 when the series has no such row yet. */
    private static long row(Map<String, Object> report, String series, String key, String value, String column) {
        return ((List<?>) report.get(series)).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> value.equals(r.get(key))).findFirst()
                .map(r -> ((Number) r.get(column)).longValue()).orElse(0L);
    }

    @Test
    void aRedemptionOverTheApiStartsItsProcessAndMoreThanTheBalanceIsA400NamingPoints() {
        Customer member = fixtures.customer(MemberTier.STANDARD);
        api.post("service1", "/api/loyalty/consumptions",
                "{\"customerId\":%d,\"externalId\":\"%s\",\"amount\":500,\"occurredAt\":\"2026-06-15T10:00:00Z\"}"
                        .formatted(member.getId(), ConsumptionPointsProcessTest.newId()));

        ResponseEntity<Map<String, Object>> tooMuch = api.post("service1", "/api/loyalty/redemptions",
                "{\"customerId\":%d,\"gift\":\"Kettle\",\"points\":501}".formatted(member.getId()));
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) tooMuch.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo("points"));

        ResponseEntity<Map<String, Object>> created = api.post("service1", "/api/loyalty/redemptions",
                "{\"customerId\":%d,\"gift\":\"Kettle\",\"points\":400}".formatted(member.getId()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("status", "DEDUCTED").containsEntry("requestedBy", "service1");
        assertThat(created.getBody().get("processInstanceId")).isNotNull();
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(100);
        assertThat(api.post("warehouse1", "/api/loyalty/redemptions",
                "{\"customerId\":%d,\"gift\":\"Kettle\",\"points\":10}".formatted(member.getId()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
