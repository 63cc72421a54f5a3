package com.relaycrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.internal.PointsCorrections;
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

/** Points given or taken by hand over REST: corrections and event bonuses, by managers only, each on the ledger. */
@RelayIntegrationTest
class PointsCorrectionsApiTest {

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired LoyaltyService loyalty;
    @Autowired PointsCorrections corrections;
    @Autowired CustomerService customers;

    @Test
    void aSalesManagerCorrectsPointsUpAndDownAndEachCorrectionIsAnEntry() {
        Customer member = fixtures.customer(MemberTier.STANDARD);

        ResponseEntity<Map<String, Object>> up = adjust("salesmgr1", member, 250, "Purchase at the fair not scanned");
        ResponseEntity<Map<String, Object>> down = adjust("salesmgr1", member, -100, "Returned goods");

        assertThat(up.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(up.getBody()).containsEntry("entryType", "ADJUSTMENT").containsEntry("points", 250)
                .containsEntry("availableAfter", 250).containsEntry("createdBy", "salesmgr1")
                .containsEntry("description", "Purchase at the fair not scanned");
        assertThat(up.getBody().get("expiresOn")).as("points given expire like any others").isNotNull();
        assertThat(down.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(down.getBody()).containsEntry("points", -100).containsEntry("availableAfter", 150);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(150);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAccumulatedPoints())
                .as("a correction is not earning: it does not move the member towards a higher tier").isZero();
        assertThat(loyalty.entries(member.getId())).extracting(PointsEntry::getEntryType)
                .containsExactly(EntryType.ADJUSTMENT, EntryType.ADJUSTMENT);
    }

    @ParameterizedTest(name = "{0}: 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "zero points            | points | {\"points\":0,\"reason\":\"nothing\"}",
            "more than available    | points | {\"points\":-1,\"reason\":\"take one\"}",
            "no points              | points | {\"reason\":\"no figure\"}",
            "no reason              | reason | {\"points\":10}",
            "blank reason           | reason | {\"points\":10,\"reason\":\"  \"}",
    })
    void badCorrectionsAreRefusedNamingTheFieldAndNothingIsStored(String what, String field, String json) {
        Customer member = fixtures.customer(MemberTier.STANDARD);

        ResponseEntity<Map<String, Object>> response = api.post("salesmgr1",
                "/api/loyalty/members/" + member.getId() + "/adjustments", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) response.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo(field));
        assertThat(loyalty.entries(member.getId())).isEmpty();
        assertThat(loyalty.account(member.getId())).isEmpty();
    }

    @Test
    void onlyAdministratorsAndSalesManagersCorrectPoints() {
        Customer member = fixtures.customer(MemberTier.STANDARD);   // owned by sales1

        assertThat(adjust("sales1", member, 500, "my own member").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(adjust("service1", member, 500, "desk").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(adjust(null, member, 500, "anyone").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(bonus("sales1", member, "REFERRAL", "CUST-0001").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(loyalty.entries(member.getId())).isEmpty();

        assertThat(adjust("demo", member, 500, "admin").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aBonusIsDecidedByTheTableAndGivenOncePerReference() {
        Customer member = fixtures.customer(MemberTier.GOLD);
        String referred = "CUST-" + UUID.randomUUID();

        ResponseEntity<Map<String, Object>> first = bonus("salesmgr1", member, "referral", referred);
        ResponseEntity<Map<String, Object>> again = bonus("salesmgr1", member, "REFERRAL", referred);
        ResponseEntity<Map<String, Object>> birthday = bonus("salesmgr1", member, "BIRTHDAY", "2026");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody()).containsEntry("entryType", "BONUS").containsEntry("points", 1000)
                .containsEntry("sourceReference", "REFERRAL:" + referred).containsEntry("createdBy", "salesmgr1");
        assertThat((String) first.getBody().get("ruleName")).startsWith("PointsBonus_");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(birthday.getBody()).containsEntry("points", 500);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAvailablePoints()).isEqualTo(1500);
        assertThat(loyalty.account(member.getId()).orElseThrow().getAccumulatedPoints())
                .as("bonuses count towards the tier").isEqualTo(1500);
    }

    @Test
    void aReasonTheBonusTableDoesNotKnowIsRefused() {
        Customer member = fixtures.customer(MemberTier.STANDARD);

        ResponseEntity<Map<String, Object>> response = bonus("salesmgr1", member, "LOTTERY", "1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) response.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo("reason"));
        assertThat(loyalty.entries(member.getId())).isEmpty();
    }

    @Test
    void aSalesManagerDowngradesAMemberAndTheHistoryKeepsWhoAndWhy() {
        Customer member = fixtures.customer(MemberTier.GOLD);

        ResponseEntity<Map<String, Object>> response = api.post("salesmgr1",
                "/api/loyalty/members/" + member.getId() + "/tier",
                "{\"tier\":\"SILVER\",\"reason\":\"Yearly review: spending fell below gold\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("oldTier", "GOLD").containsEntry("newTier", "SILVER")
                .containsEntry("changedBy", "salesmgr1").containsEntry("ruleName", "MANUAL");
        assertThat(customers.customer(member.getId()).getMemberTier()).isEqualTo(MemberTier.SILVER);
        assertThat(loyalty.account(member.getId()).orElseThrow().getTier()).isEqualTo(MemberTier.SILVER);
        assertThat(loyalty.tierChanges(member.getId())).singleElement()
                .satisfies(change -> assertThat(change.getReason()).isEqualTo("Yearly review: spending fell below gold"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "same tier     | salesmgr1 | 400 | {\"tier\":\"GOLD\",\"reason\":\"no change\"}",
            "no tier       | salesmgr1 | 400 | {\"reason\":\"forgot the tier\"}",
            "not a member  | salesmgr1 | 400 | {\"tier\":\"NONE\",\"reason\":\"end\"}",
            "no reason     | salesmgr1 | 400 | {\"tier\":\"SILVER\"}",
            "a sales rep   | sales1    | 403 | {\"tier\":\"PLATINUM\",\"reason\":\"my best member\"}",
    })
    void tierChangesByHandAreRefusedWhenWrongOrNotAllowed(String what, String user, int status, String json) {
        Customer member = fixtures.customer(MemberTier.GOLD);

        ResponseEntity<Map<String, Object>> response = api.post(user, "/api/loyalty/members/" + member.getId() + "/tier",
                json);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(customers.customer(member.getId()).getMemberTier()).isEqualTo(MemberTier.GOLD);
        assertThat(loyalty.tierChanges(member.getId())).isEmpty();
    }

    private ResponseEntity<Map<String, Object>> adjust(String user, Customer member, long points, String reason) {
        return api.post(user, "/api/loyalty/members/" + member.getId() + "/adjustments",
                "{\"points\":" + points + ",\"reason\":\"" + reason + "\"}");
    }

    private ResponseEntity<Map<String, Object>> bonus(String user, Customer member, String reason, String reference) {
        return api.post(user, "/api/loyalty/members/" + member.getId() + "/bonuses",
                "{\"reason\":\"" + reason + "\",\"reference\":\"" + reference + "\"}");
    }
}
