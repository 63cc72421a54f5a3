package com.relaycrm.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.process.forms.FormSchema;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import com.relaycrm.sales.lead.LeadCommands.WebLead;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #11, bounded clean text on every /api command: a name or text with NUL, another control character or a
 * right-to-left override, or one character longer than the column it is stored in, is a 400 naming the field before
 * the database is reached, and nothing is stored; a Chinese name with ordinary punctuation, and a text exactly as
 * long as its column, are stored. The limits are checked against the columns themselves (as Flyway made them), so
 * a command record that allows more than its column fails here.
 */
@RelayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandTextLimitsTest {

    /** A legitimate name: Chinese, full-width and typographic punctuation, Latin, digits. */
    static final String CHINESE_NAME = "北京华信科技（上海）有限公司 — “华信”, Ltd. & Co.; No.1/2 · 张伟's 测试!";

    @Autowired Api api;
    @Autowired TestRestTemplate rest;
    @Autowired Fixtures fixtures;
    @Autowired SalesFixtures sales;
    @Autowired CapacityService capacity;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Validator validator;

    private Customer sales1Customer;
    private Customer member;
    private String rep;
    private Customer repCustomer;

    /**
     * One command field: who sends it where, the field as the error names it, the table and column it is stored in,
     * its limit, whether line breaks belong in it, and the body carrying a value in that field.
     */
    record Case(String label, String user, String path, String field, String table, String column, int limit,
                boolean multiLine, Function<String, Map<String, Object>> body) {
        @Override
        public String toString() {
            return label;
        }
    }

    @BeforeAll
    void someRecordsToWriteTo() {
        sales1Customer = fixtures.company();
        member = fixtures.customer(MemberTier.STANDARD);
        ResponseEntity<Map<String, Object>> points = api.post("salesmgr1",
                "/api/loyalty/members/" + member.getId() + "/adjustments", "{\"points\":10000,\"reason\":\"Test gifts\"}");
        assertThat(points.getStatusCode()).as(points.toString()).isEqualTo(HttpStatus.CREATED);
        String department = sales.department();
        rep = sales.rep(department, 100);
        capacity.setMaximum(rep, ResourceType.OPPORTUNITY, 100);
        repCustomer = sales.customerOf(rep, department);
    }

    Stream<Case> commands() {
        return Stream.of(
                new Case("customer name", "sales1", "/api/customers", "name", "customer", "name", 200, false,
                        v -> map("code", code(), "name", v, "kind", "COMPANY")),
                new Case("customer industry", "sales1", "/api/customers", "industry", "customer", "industry", 100,
                        false, v -> map("code", code(), "name", "Industry test", "kind", "COMPANY", "industry", v)),
                new Case("contact name", "sales1", "/api/customers/" + sales1Customer.getId() + "/contacts", "name",
                        "contact", "name", 200, false, v -> map("name", v)),
                new Case("contact title", "sales1", "/api/customers/" + sales1Customer.getId() + "/contacts", "title",
                        "contact", "title", 100, false, v -> map("name", "Ma Li", "title", v)),
                new Case("asset product name", "sales1", "/api/customers/" + sales1Customer.getId() + "/assets",
                        "productName", "asset", "product_name", 200, false,
                        v -> map("serialNumber", code(), "productName", v, "assetType", "PRINTER",
                                "purchaseDate", "2025-01-10", "warrantyEnd", "2027-01-10")),
                new Case("lead name", "salesmgr1", "/api/sales/leads", "name", "sales_lead", "name", 200, false,
                        v -> map("name", v, "email", code().toLowerCase() + "@example.com")),
                new Case("lead note", "salesmgr1", "/api/sales/leads", "note", "sales_lead", "note", 4000, true,
                        v -> map("name", "Note test", "email", code().toLowerCase() + "@example.com", "note", v)),
                new Case("opportunity name", rep, "/api/sales/opportunities", "name", "opportunity", "name", 200,
                        false, v -> map("customerId", repCustomer.getId(), "name", v, "amount", 1000)),
                new Case("loan purpose", "sales1", "/api/loans", "purpose", "loan", "purpose", 1000, true,
                        v -> loan(v, "Demo projector")),
                new Case("loan item product", "sales1", "/api/loans", "items[0].product", "loan_item", "product", 200,
                        false, v -> loan("Exhibition", v)),
                new Case("purchase external id", "service1", "/api/loyalty/consumptions", "externalId", "consumption",
                        "external_id", 120, false, v -> map("customerId", member.getId(), "externalId", v, "amount", 10,
                                "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())),
                new Case("redemption gift", "service1", "/api/loyalty/redemptions", "gift", "redemption", "gift", 200,
                        false, v -> map("customerId", member.getId(), "gift", v, "points", 1)),
                // stored in points_entry.description (400); the API keeps reasons shorter
                new Case("points adjustment reason", "salesmgr1", "/api/loyalty/members/" + member.getId()
                        + "/adjustments", "reason", "points_entry", "description", 300, false,
                        v -> map("points", 1, "reason", v)),
                new Case("service request subject", "service1", "/api/service-requests", "subject", "service_request",
                        "subject", 200, false, v -> map("customerId", sales1Customer.getId(), "type", "REPAIR",
                                "subject", v, "description", "Jams on every page")),
                new Case("service request description", "service1", "/api/service-requests", "description",
                        "service_request", "description", 4000, true, v -> map("customerId", sales1Customer.getId(),
                                "type", "REPAIR", "subject", "Paper jam", "description", v)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void controlCharactersAndTextLongerThanTheColumnAreRefusedNamingTheFieldAndNothingIsStored(Case command) {
        assertThat(command.limit()).as("the limit fits " + command.table() + "." + command.column())
                .isLessThanOrEqualTo(columnLength(command.table(), command.column()));
        List<String> refused = new ArrayList<>(List.of("Acme\u0000Ltd", "Invoice \u202Efdp.exe", "Bell\u0007",
                "C1\u0085control", "isolate \u2066x\u2069", "名".repeat(command.limit() + 1)));
        if (!command.multiLine()) {
            refused.add("two\nlines");
        }
        long before = rows(command.table());

        for (String value : refused) {
            ResponseEntity<Map<String, Object>> answer = send(command, value);
            String what = command + " with " + value.substring(0, Math.min(value.length(), 20));
            assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<?>) answer.getBody().get("fields")).as(what).anySatisfy(f ->
                    assertThat(((Map<?, ?>) f).get("field")).isEqualTo(command.field()));
            assertThat((String) answer.getBody().get("error")).as(what).contains(command.field())
                    .doesNotContainIgnoringCase("sql");
        }
        assertThat(rows(command.table())).as("nothing stored").isEqualTo(before);

        List<String> accepted = new ArrayList<>(List.of(CHINESE_NAME, "名".repeat(command.limit())));
        if (command.multiLine()) {
            accepted.add("第一行：已联系。\r\n第二行\t下周回访。");
        }
        for (String value : accepted) {
            ResponseEntity<Map<String, Object>> answer = send(command, value);
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(command + ": " + answer).isTrue();
        }
        assertThat(rows(command.table())).isEqualTo(before + accepted.size());
    }

    @Test
    void theLeadImportNamesTheRowAndFieldOfControlCharactersAndOverLongTextAndImportsNothing() {
        String header = "name,company,source,phone,email,departmentCode,regionCode,note\n";
        String good = "Good Row,,,,good." + code().toLowerCase() + "@example.com,,,\n";
        long before = rows("sales_lead");

        Map<String, String> refused = Map.of(
                "row 3.name", good + "Evil\u0000Name,,,,e@example.com,,,\n",
                "row 2.company", "Wu Gang,\"Invoice \u202Efdp.exe\",,,,,,\n",
                "row 3.note", good + "Wu Gang,,,,,,,note\u001bhere\n",
                "row 2.name", "" + "名".repeat(201) + ",,,,x@example.com,,,\n",
                "row 3.company", good + "Wu Gang," + "公".repeat(201) + ",,,x@example.com,,,\n");
        refused.forEach((field, rows) -> {
            ResponseEntity<String> answer = csv(header + rows);
            assertThat(answer.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(field).contains("\"field\":\"" + field + "\"");
        });
        assertThat(rows("sales_lead")).isEqualTo(before);

        ResponseEntity<String> imported = csv(header + "张伟,\"" + CHINESE_NAME + "\",EVENT,010-6666-0301,,,,"
                + "\"备注：展会上认识, 下周回访\"\n" + "名".repeat(200) + ",,,,zhang." + code().toLowerCase()
                + "@example.com,,," + "注".repeat(4000) + "\n");
        assertThat(imported.getStatusCode()).as(imported.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody()).contains(CHINESE_NAME);
        assertThat(rows("sales_lead")).isEqualTo(before + 2);
    }

    @Test
    void theWebsiteFormRefusesControlCharactersAndOverLongTextNamingTheField() {
        long before = rows("sales_lead");
        Map<String, Map<String, Object>> refused = Map.of(
                "name", map("name", "Evil\u0000Name", "email", "a@example.com"),
                "company", map("name", "Wu Gang", "company", "Acme \u202Egnp.exe", "email", "a@example.com"),
                "message", map("name", "Wu Gang", "email", "a@example.com", "message", "hi\u0007there"),
                "email", map("name", "Wu Gang", "email", "wu\u202E@example.com"));
        refused.forEach((field, form) -> {
            ResponseEntity<Map<String, Object>> answer = api.post(null, "/api/public/leads", body(form));
            assertThat(answer.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<?>) answer.getBody().get("fields")).as(field).anySatisfy(f ->
                    assertThat(((Map<?, ?>) f).get("field")).isEqualTo(field));
        });
        ResponseEntity<Map<String, Object>> tooLong = api.post(null, "/api/public/leads",
                body(map("name", "名".repeat(201), "email", "a@example.com")));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooLong.getBody().get("error")).contains("name");
        assertThat(rows("sales_lead")).isEqualTo(before);

        // the legitimate form passes the same checks (posting it would count against the per-address rate limit
        // that LeadApiTest exhausts)
        assertThat(validator.validate(new WebLead(CHINESE_NAME, CHINESE_NAME, "+86 (010) 6666-0301",
                "zhang.wei@example.com", "您好！\r\n请联系我：下周一。"))).isEmpty();
    }

    @Test
    void purchaseLinesThatWouldNotFitTheirColumnAreRefusedNamingLinesAndNothingIsStored() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add(map("category", "C".repeat(39) + (char) ('A' + i % 26), "amount", "0.01"));
        }
        long before = rows("consumption");
        ResponseEntity<Map<String, Object>> answer = api.post("service1", "/api/loyalty/consumptions",
                body(map("customerId", member.getId(), "externalId", code(), "amount", "1.00",
                        "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "lines", lines)));
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) answer.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo("lines"));
        assertThat(rows("consumption")).isEqualTo(before);
    }

    /**
     * What a task form lets a person type is refused by the submission guard above its maxLength; the limit is the
     * length of the column the step stores the text in (or less, where the step adds to it).
     */
    @ParameterizedTest(name = "{0} {1}: at most {4}")
    @CsvSource({
            "lead-follow-up,              activityNote,         lead_activity,            note,              4000",
            "lead-follow-up,              invalidReason,        sales_lead,               closed_reason,     1000",
            "lead-follow-up,              customerName,         customer,                 name,              200",
            "lead-follow-up,              opportunityName,      opportunity,              name,              200",
            "lead-pool-assign,            invalidReason,        sales_lead,               closed_reason,     1000",
            "factory-repair-receipt,      factoryReference,     factory_repair,           factory_reference, 80",
            "factory-repair-receipt,      receiptNote,          factory_repair,           receipt_note,      4000",
            "factory-repair-return,       factoryRepairResult,  factory_repair,           repair_result,     4000",
            "loan-conversion-review,      conversionReviewNote, loan_settlement,          decision_note,     1000",
            "loan-follow-up,              feedback,             loan_feedback,            feedback,          4000",
            "loan-follow-up,              followUpNote,         loan_settlement,          note,              1000",
            "loan-return-receipt,         receiptNote,          loan_settlement,          decision_note,     1000",
            "loan-review,                 reviewNote,           loan,                     review_note,       1000",
            "loan-shipment,               shipmentNote,         loan,                     shipment_note,     1000",
            "member-registration,         memberName,           customer,                 name,              200",
            "member-registration,         phone,                customer,                 phone,             40",
            "member-registration,         email,                customer,                 email,             200",
            "member-welcome,              welcomeNote,          tier_change,              welcome_note,      4000",
            // stored after "Approved by <user>: "
            "opportunity-approval,        approvalNote,         opportunity_stage_change, note,              3900",
            "opportunity-promotion,       failureReason,        opportunity,              failure_reason,    1000",
            "opportunity-promotion,       promotionNote,        opportunity_stage_change, note,              4000",
            "points-redemption-approval,  approvalNote,         redemption,               decision_note,     4000",
            "points-redemption-fulfilment, handoverNote,        redemption,               handover_note,     4000",
            "return-visit-follow-up,      followUpAction,       return_visit,             follow_up_action,  4000",
            "return-visit-survey,         surveyComment,        return_visit,             survey_comment,    4000",
            "service-plan-execution,      planResult,           service_plan,             result,            2000",
            "service-plan-execution,      planResult,           customer_contact,         note,              2000",
            "service-request-dispatch,    dispatchNote,         work_order,               dispatch_note,     4000",
            "service-request-start,       subject,              service_request,          subject,           200",
            "service-request-start,       description,          service_request,          description,       4000",
            "service-settlement,          invoiceNumber,        settlement,               invoice_number,    80",
            "sla-escalation,              escalationAction,     sla_escalation,           action_taken,      4000",
            "work-order-acceptance,       rejectionReason,      work_order,               rejection_reason,  4000",
            "work-order-report,           repairResult,         work_order,               result,            4000",
    })
    void taskFormsLimitTextToTheColumnItIsStoredIn(String form, String key, String table, String column, int limit)
            throws IOException {
        FormSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("forms", form + ".form"))) {
            schema = FormSchema.parse(in);
        }
        assertThat(schema.fields()).containsKey(key);
        assertThat(schema.fields().get(key).maxLength()).as(form + " " + key).isEqualTo(limit);
        assertThat(limit).as(table + "." + column).isLessThanOrEqualTo(columnLength(table, column));
    }

    // ---------------------------------------------------------------- helpers

    private ResponseEntity<Map<String, Object>> send(Case command, String value) {
        return api.post(command.user(), command.path(), body(command.body().apply(value)));
    }

    private ResponseEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("salesmgr1", "salesmgr1");
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        return rest.exchange("/api/sales/leads/import", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private Map<String, Object> loan(String purpose, String product) {
        return map("customerId", sales1Customer.getId(), "purpose", purpose, "expectedShipDate", "2030-01-01",
                "expectedFeedbackDate", "2030-02-01", "expectedReturnDate", "2030-03-01",
                "items", List.of(map("product", product, "quantity", 1, "unitPrice", "2500.00")));
    }

    private int columnLength(String table, String column) {
        Integer length = jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                + " where lower(table_name) = ? and lower(column_name) = ?", Integer.class, table, column);
        assertThat(length).as(table + "." + column).isNotNull();
        return length;
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String body(Map<String, Object> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String code() {
        return "TL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
