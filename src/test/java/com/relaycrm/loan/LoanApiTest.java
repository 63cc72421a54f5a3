package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.customer.Customer;
import com.relaycrm.support.Api;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/loans: requesting (validation naming the field, nothing stored), data permissions (owner, managers,
 * warehouse; others 404, anonymous 401, engineers may not request) and the overdue-loans report.
 */
@RelayIntegrationTest
class LoanApiTest {

    @Autowired Api api;
    @Autowired Fixtures fixtures;
    @Autowired LoanService loans;
    @Autowired LoanTestSupport support;
    @Autowired JdbcTemplate jdbc;

    static String json(long customerId, String purpose, String ship, String feedback, String items) {
        return """
                {"customerId":%d,"purpose":%s,"expectedShipDate":"%s","expectedFeedbackDate":"%s",
                 "expectedReturnDate":"2030-03-01","items":%s}""".formatted(customerId, purpose, ship, feedback, items);
    }

    static final String ITEMS = "[{\"product\":\"Demo projector\",\"serialNumber\":\"PJ-1\",\"quantity\":1,\"unitPrice\":2500.00}]";

    @Test
    void theOwnerRequestsALoanAndTheEntitledSeeIt() {
        Customer customer = fixtures.company();
        ResponseEntity<Map<String, Object>> created = api.post("sales1", "/api/loans",
                json(customer.getId(), "\"Exhibition\"", "2030-01-01", "2030-02-01", ITEMS));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("loanNumber");
        assertThat(number).startsWith("LN-");
        long id = ((Number) created.getBody().get("id")).longValue();
        assertThat(support.process(loans.loan(id))).isNotNull();

        for (String user : List.of("sales1", "salesmgr1", "warehouse1", "demo")) {
            ResponseEntity<Map<String, Object>> seen = api.getJson(user, "/api/loans/" + id);
            assertThat(seen.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(seen.getBody().get("customerName")).isEqualTo(customer.getName());
        }
        assertThat(api.getJson("service1", "/api/loans/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.allPages("service1", "/api/loans")).doesNotContain(number);
        assertThat(api.allPages("sales1", "/api/loans")).contains(number);
        assertThat(api.get(null, "/api/loans").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.post("engineer1", "/api/loans", json(customer.getId(), "\"x\"", "2030-01-01", "2030-02-01", ITEMS))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    static Stream<Arguments> badLoans() {
        return Stream.of(
                Arguments.of("no purpose", "purpose", "null", "2030-01-01", "2030-02-01", ITEMS),
                Arguments.of("no items", "items", "\"Trial\"", "2030-01-01", "2030-02-01", "[]"),
                Arguments.of("zero quantity", "items[0].quantity", "\"Trial\"", "2030-01-01", "2030-02-01",
                        "[{\"product\":\"P\",\"quantity\":0,\"unitPrice\":1}]"),
                Arguments.of("negative price", "items[0].unitPrice", "\"Trial\"", "2030-01-01", "2030-02-01",
                        "[{\"product\":\"P\",\"quantity\":1,\"unitPrice\":-1}]"),
                Arguments.of("feedback before shipping", "expectedFeedbackDate", "\"Trial\"", "2030-01-01",
                        "2029-12-01", ITEMS),
                Arguments.of("bad date", "expectedShipDate", "\"Trial\"", "2030-13-01", "2030-02-01", ITEMS));
    }

    @ParameterizedTest(name = "{0}: 400 naming {1}")
    @MethodSource("badLoans")
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String what, String field, String purpose, String ship,
                                                          String feedback, String items) {
        Customer customer = fixtures.company();
        int before = count();
        ResponseEntity<Map<String, Object>> response = api.post("sales1", "/api/loans",
                json(customer.getId(), purpose, ship, feedback, items));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) response.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo(field));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCustomerTheRepMayNotSeeIsRefusedAsCustomerId() {
        Customer customer = fixtures.company(); // owned by sales1
        int before = count();
        ResponseEntity<Map<String, Object>> response = api.post("service1", "/api/loans",
                json(customer.getId() + 100_000, "\"Trial\"", "2030-01-01", "2030-02-01", ITEMS));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) response.getBody().get("fields")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("field")).isEqualTo("customerId"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theOverdueReportCountsLateShipmentsAndReturnsByCustomerOwnerAndAge() {
        Customer late = fixtures.company();
        Loan notShipped = support.request(late, LocalDate.now().minusDays(10));
        support.complete(support.process(notShipped), "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        Loan notReturned = support.request(late, LocalDate.now().minusDays(70)); // return expected 40 days ago
        support.approveAndShip(notReturned);

        ResponseEntity<Map<String, Object>> report = api.getJson("salesmgr1", "/api/loans/overdue-report");
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.getBody().get("loans");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("loanNumber")).isEqualTo(notShipped.getLoanNumber());
            assertThat(r.get("overdue")).isEqualTo("SHIPMENT");
            assertThat(r.get("daysOverdue")).isEqualTo(10);
            assertThat(r.get("ageBucket")).isEqualTo("8-30 days");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("loanNumber")).isEqualTo(notReturned.getLoanNumber());
            assertThat(r.get("overdue")).isEqualTo("RETURN");
            assertThat(r.get("ageBucket")).isEqualTo("31-90 days");
            assertThat(r.get("outstandingQuantity")).isEqualTo(3);
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byCustomer = (List<Map<String, Object>>) report.getBody().get("byCustomer");
        assertThat(byCustomer).anySatisfy(c -> {
            assertThat(c.get("key")).isEqualTo(late.getName());
            assertThat(c.get("loans")).isEqualTo(2);
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byAge = (List<Map<String, Object>>) report.getBody().get("byAge");
        assertThat(byAge).extracting(a -> a.get("key"))
                .containsExactly("1-7 days", "8-30 days", "31-90 days", "over 90 days");
        // a managers' report
        assertThat(api.get("sales1", "/api/loans/overdue-report").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(null, "/api/loans/overdue-report").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from loan", Integer.class);
    }
}
