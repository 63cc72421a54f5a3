package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.customer.Customer;
import com.relaycrm.service.web.ServiceReport;
import com.relaycrm.service.web.ServiceReport.QueueMonth;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service report's figures, counted by the database, for requests of a past quarter written straight into the
 * tables (nothing else happened then): per queue and UTC month, a reply or resolution exactly at its target counts
 * as in time, one a minute or an hour late does not, a request opened at 23:30 on the last day of a month belongs
 * to that month, the score is the mean of the visits' scores, requests without a queue are under "-".
 */
@RelayIntegrationTest
class ServiceReportFiguresTest {

    @Autowired ServiceReport report;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void countsPerQueueAndMonthComeFromTheDatabase() {
        Customer customer = fixtures.company();
        String queue = "TQ-" + UUID.randomUUID().toString().substring(0, 8);
        // 2001-01: replied in 30 minutes (on the next day, in February), resolved after 25 hours; score 4
        long late = request(customer, queue, "2001-01-31T23:30:00Z", Duration.ofMinutes(30), Duration.ofHours(25));
        visit(late, 4);
        // 2001-01: replied and resolved exactly at the targets (1 hour, 24 hours); score 5
        visit(request(customer, queue, "2001-01-10T10:00:00Z", Duration.ofHours(1), Duration.ofHours(24)), 5);
        // 2001-01: never answered
        request(customer, queue, "2001-01-15T08:00:00Z", null, null);
        // 2001-02: replied a minute late, resolved in 23 hours
        request(customer, queue, "2001-02-01T00:00:00Z", Duration.ofMinutes(61), Duration.ofHours(23));
        // 2001-03: no queue
        request(customer, null, "2001-03-05T12:00:00Z", Duration.ofMinutes(5), null);
        // 2001-04: after the period
        request(customer, queue, "2001-04-01T00:00:00Z", Duration.ofMinutes(5), null);

        ServiceReport.Report figures = report.report(ReportPeriod.of("2001-01", "2001-03"), Fixtures.ADMIN);

        assertThat(figures.firstReplyTargetMinutes()).isEqualTo(60);
        assertThat(figures.resolutionTargetHours()).isEqualTo(24);
        assertThat(figures.rows()).containsExactly(
                new QueueMonth("-", "2001-03", 1, 1, 100.0, 0, 0.0, 0, null),
                new QueueMonth(queue, "2001-01", 3, 2, 66.7, 1, 33.3, 2, 4.5),
                new QueueMonth(queue, "2001-02", 1, 0, 0.0, 1, 100.0, 0, null));
        assertThat(report.report(ReportPeriod.of("2001-02", "2001-02"), Fixtures.ADMIN).rows()).containsExactly(
                new QueueMonth(queue, "2001-02", 1, 0, 0.0, 1, 100.0, 0, null));
    }

    private long request(Customer customer, String queue, String createdAt, Duration replied, Duration resolved) {
        Instant created = Instant.parse(createdAt);
        jdbc.update("insert into service_request (customer_id, request_type, subject, description, status, queue, "
                        + "first_responded_at, resolved_at, created_by, created_at) values (?, 'REPAIR', ?, 'Test', "
                        + "'CLOSED', ?, ?, ?, 'service1', ?)", customer.getId(), "Report figures " + createdAt, queue,
                replied == null ? null : Timestamp.from(created.plus(replied)),
                resolved == null ? null : Timestamp.from(created.plus(resolved)), Timestamp.from(created));
        return jdbc.queryForObject("select max(id) from service_request where customer_id = ?", Long.class,
                customer.getId());
    }

    private void visit(long requestId, int score) {
        jdbc.update("insert into return_visit (service_request_id, score, problem_solved, engineer_on_time, "
                + "visited_by, visited_at) values (?, ?, true, true, 'service1', ?)", requestId, score,
                Timestamp.from(Instant.parse("2001-06-01T00:00:00Z")));
    }
}
