package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.web.OverdueLoanReport;
import com.relaycrm.support.RelayIntegrationTest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The overdue-loans report, counted by the database, equals what the loans and their items say when read one by one
 * (every approved loan past its ship date and every shipped loan past its return date, with the quantity of its
 * items not settled): by customer, owner and age bucket, and the most overdue listed first. Loans 12, 150 and 0 days
 * late to ship and one shipped are made first, so the buckets and the
 * boundary (a loan due today is not overdue, one due 7 days ago is in "1-7 days") have loans.
 */
@RelayIntegrationTest
class OverdueLoanFiguresTest {

    private static final Viewer MANAGER = new Viewer("salesmgr1", List.of("sales-manager"));

    @Autowired LoanTestSupport loans;
    @Autowired LoanService loanService;
    @Autowired CustomerService customers;
    @Autowired OverdueLoanReport report;
    @Autowired TransactionTemplate transaction;

    @Test
    void theDatabasesCountsEqualTheLoansReadOneByOne() {
        Loan twelveDays = loans.request(LocalDate.now().minusDays(12));
        loans.complete(loans.process(twelveDays), "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        Loan sevenDays = loans.request(LocalDate.now().minusDays(7));
        loans.complete(loans.process(sevenDays), "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        Loan today = loans.request(LocalDate.now());
        loans.complete(loans.process(today), "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        loans.approveAndShip(loans.request(LocalDate.now().minusDays(150)));   // due back 120 days ago

        LocalDate asOf = LocalDate.now();
        OverdueLoanReport.Report figures = report.report(MANAGER, asOf);

        Map<String, long[]> byCustomer = new TreeMap<>();
        Map<String, long[]> byOwner = new TreeMap<>();
        Map<String, long[]> byAge = new TreeMap<>();
        List<long[]> overdue = new java.util.ArrayList<>();   // id, days overdue
        transaction.executeWithoutResult(status -> {
            for (Loan loan : loanService.openLoans()) {
                LocalDate due = loan.getStatus() == LoanStatus.APPROVED ? loan.getExpectedShipDate()
                        : loan.getExpectedReturnDate();
                if (!due.isBefore(asOf)) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(due, asOf);
                String bucket = bucket(days);
                int quantity = loan.getOutstandingQuantity();
                add(byCustomer, customers.customer(loan.getCustomerId()).getName(), quantity);
                add(byOwner, loan.getOwnerId(), quantity);
                add(byAge, bucket, quantity);
                overdue.add(new long[] {loan.getId(), days});
            }
        });

        assertThat(figures.total()).isEqualTo(overdue.size());
        assertThat(counts(figures.byCustomer())).isEqualTo(counts(byCustomer));
        assertThat(counts(figures.byOwner())).isEqualTo(counts(byOwner));
        assertThat(counts(figures.byAge().stream().filter(c -> c.loans() > 0).toList())).isEqualTo(counts(byAge));
        assertThat(figures.byAge()).extracting(OverdueLoanReport.Count::key)
                .containsExactly("1-7 days", "8-30 days", "31-90 days", "over 90 days");
        // the most overdue listed (relay.loans.overdue-report-listed of them), the longest overdue first
        List<Long> days = overdue.stream().map(l -> l[1]).sorted(Comparator.reverseOrder())
                .limit(figures.loans().size()).toList();
        assertThat(figures.loans()).hasSize((int) Math.min(overdue.size(), 200));
        assertThat(figures.loans()).extracting(OverdueLoanReport.OverdueLoan::daysOverdue).isEqualTo(days);
        assertThat(figures.loans()).allSatisfy(l -> assertThat(l.ageBucket()).isEqualTo(bucket(l.daysOverdue())));
        assertThat(figures.loans()).extracting(OverdueLoanReport.OverdueLoan::loanId).doesNotContain(today.getId());
        assertThat(counts(figures.byCustomer()))   // 2 printers and a scanner out
                .containsEntry(customers.customer(twelveDays.getCustomerId()).getName(), "1/3");
    }

    private static String bucket(long days) {
        return days <= 7 ? "1-7 days" : days <= 30 ? "8-30 days" : days <= 90 ? "31-90 days" : "over 90 days";
    }

    private static void add(Map<String, long[]> counts, String key, int quantity) {
        long[] count = counts.computeIfAbsent(key, k -> new long[2]);
        count[0]++;
        count[1] += quantity;
    }

    private static Map<String, String> counts(List<OverdueLoanReport.Count> counts) {
        Map<String, String> map = new TreeMap<>();
        counts.forEach(c -> map.put(c.key(), c.loans() + "/" + c.quantity()));
        return map;
    }

    private static Map<String, String> counts(Map<String, long[]> counts) {
        Map<String, String> map = new TreeMap<>();
        counts.forEach((key, c) -> map.put(key, c[0] + "/" + c[1]));
        return map;
    }
}
