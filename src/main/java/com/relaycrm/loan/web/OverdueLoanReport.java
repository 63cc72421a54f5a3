package com.relaycrm.loan.web;

import com.relaycrm.common.Viewer;
import com.relaycrm.loan.internal.OverdueLoanFigures;
import com.relaycrm.organisation.Groups;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    /** The days overdue the buckets but the last end at. */
    private static final List<Integer> BUCKET_ENDS = List.of(7, 30, 90);

    private final OverdueLoanFigures figures;

    private final int listed;

    /** {@code relay.loans.overdue-report-listed}: how many of the most overdue loans the report lists one by one. */
    OverdueLoanReport(OverdueLoanFigures figures, @Value("${relay.loans.overdue-report-listed}") int listed) {
        this.figures = figures;
        this.listed = listed;
    }

    public record OverdueLoan(long loanId, String loanNumber, String customer, String owner, String overdue,
                       LocalDate expectedDate, long daysOverdue, String ageBucket, long outstandingQuantity) {
    }

    public record Count(String key, long loans, long quantity) {
    }

    /** The counts cover every overdue loan; {@code loans} lists the most overdue of them. */
    public record Report(LocalDate asOf, long total, List<Count> byCustomer, List<Count> byOwner, List<Count> byAge,
                  List<OverdueLoan> loans) {
    }

    /**
     * Managers only (admin, sales-manager, service-manager): 403 for everyone else. Managers see every loan
     * (LoanService.SEE_ALL): the database finds the overdue ones and counts them ({@link OverdueLoanFigures}).
     */
    @Transactional(readOnly = true)
    public Report report(Viewer viewer, LocalDate today) {
        viewer.requireAny("see the overdue-loans report", MANAGERS);
        List<long[]> ages = figures.byAge(today, BUCKET_ENDS);
        List<Count> byAge = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < BUCKETS.size(); i++) {
            byAge.add(new Count(BUCKETS.get(i), ages.get(i)[0], ages.get(i)[1]));
            total += ages.get(i)[0];
        }
        List<OverdueLoan> loans = figures.mostOverdue(today, listed).stream().map(loan -> {
            long days = ChronoUnit.DAYS.between(loan.expectedDate(), today);
            return new OverdueLoan(loan.loanId(), loan.loanNumber(), loan.customer(), loan.owner(), loan.overdue(),
                    loan.expectedDate(), days, bucket(days), loan.outstandingQuantity());
        }).toList();
        return new Report(today, total, sorted(figures.byCustomer(today)), sorted(figures.byOwner(today)), byAge,
                loans);
    }

    static String bucket(long days) {
        return days <= 7 ? BUCKETS.get(0) : days <= 30 ? BUCKETS.get(1) : days <= 90 ? BUCKETS.get(2) : BUCKETS.get(3);
    }

    /** By key in Java's order (not the database's collation), the same on every database. */
    private static List<Count> sorted(List<OverdueLoanFigures.Count> counts) {
        return counts.stream().map(c -> new Count(c.key(), c.loans(), c.quantity()))
                .sorted(Comparator.comparing(Count::key)).toList();
    }
}
