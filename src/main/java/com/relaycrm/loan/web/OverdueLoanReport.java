package com.relaycrm.loan.web;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.Loan;
import com.relaycrm.loan.LoanService;
import com.relaycrm.loan.LoanStatus;
import com.relaycrm.organisation.Groups;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue loans (借出预警 report): loans approved but not shipped after their expected ship date, and loans out after
 * their expected return date with items not settled; counted by customer, by owner and by age bucket. For the
 * managers (who see every loan); the chart page /reports/loans.html draws it.
 */
@Component
public class OverdueLoanReport {

    static final String[] MANAGERS = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE_MANAGER};
    static final List<String> BUCKETS = List.of("1-7 days", "8-30 days", "31-90 days", "over 90 days");

    private final LoanService loans;
    private final CustomerService customers;

    private final int listed;

    /** {@code relay.loans.overdue-report-listed}: how many of the most overdue loans the report lists one by one. */
    OverdueLoanReport(LoanService loans, CustomerService customers,
                      @Value("${relay.loans.overdue-report-listed}") int listed) {
        this.loans = loans;
        this.customers = customers;
        this.listed = listed;
    }

    record OverdueLoan(long loanId, String loanNumber, String customer, String owner, String overdue,
                       LocalDate expectedDate, long daysOverdue, String ageBucket, int outstandingQuantity) {
    }

    public record Count(String key, long loans, long quantity) {
    }

    /** The counts cover every overdue loan; {@code loans} lists the most overdue of them. */
    public record Report(LocalDate asOf, int total, List<Count> byCustomer, List<Count> byOwner, List<Count> byAge,
                  List<OverdueLoan> loans) {
    }

    /** Managers only (admin, sales-manager, service-manager): 403 for everyone else. */
    @Transactional(readOnly = true)
    public Report report(Viewer viewer, LocalDate today) {
        viewer.requireAny("see the overdue-loans report", MANAGERS);
        List<OverdueLoan> overdue = new ArrayList<>();
        Map<Long, String> customerNames = new HashMap<>();
        // managers see every loan (LoanService.SEE_ALL): the database picks the overdue ones
        for (Loan loan : loans.overdue(today)) {
            String kind;
            LocalDate expected;
            if (loan.getStatus() == LoanStatus.APPROVED && loan.getExpectedShipDate().isBefore(today)) {
                kind = "SHIPMENT";
                expected = loan.getExpectedShipDate();
            } else if (loan.getStatus() == LoanStatus.SHIPPED && loan.getExpectedReturnDate().isBefore(today)) {
                kind = "RETURN";
                expected = loan.getExpectedReturnDate();
            } else {
                continue;
            }
            long days = ChronoUnit.DAYS.between(expected, today);
            overdue.add(new OverdueLoan(loan.getId(), loan.getLoanNumber(),
                    customerNames.computeIfAbsent(loan.getCustomerId(), id -> customers.customer(id).getName()),
                    loan.getOwnerId(), kind, expected, days,
                    bucket(days), loan.getOutstandingQuantity()));
        }
        Map<String, long[]> byAge = new LinkedHashMap<>();
        BUCKETS.forEach(b -> byAge.put(b, new long[2]));
        Map<String, long[]> byCustomer = new TreeMap<>();
        Map<String, long[]> byOwner = new TreeMap<>();
        for (OverdueLoan loan : overdue) {
            add(byAge, loan.ageBucket(), loan);
            add(byCustomer, loan.customer(), loan);
            add(byOwner, loan.owner(), loan);
        }
        overdue.sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
        return new Report(today, overdue.size(), counts(byCustomer), counts(byOwner), counts(byAge),
                List.copyOf(overdue.subList(0, Math.min(listed, overdue.size()))));
    }

    static String bucket(long days) {
        return days <= 7 ? BUCKETS.get(0) : days <= 30 ? BUCKETS.get(1) : days <= 90 ? BUCKETS.get(2) : BUCKETS.get(3);
    }

    private static void add(Map<String, long[]> counts, String key, OverdueLoan loan) {
        long[] count = counts.computeIfAbsent(key, k -> new long[2]);
        count[0]++;
        count[1] += loan.outstandingQuantity();
    }

    private static List<Count> counts(Map<String, long[]> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
