package com.relaycrm.loan.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overdue-loans report's counts, added up by the database: loans approved but not shipped after their expected
 * ship date and loans out after their expected return date (indexes ix_loan_status_ship, ix_loan_status_return),
 * with the quantity of their items not settled (ix_loan_item_outstanding), counted by customer, owner and age,
 * and the most overdue listed. No loan or item is loaded; the same SQL on H2 and PostgreSQL.
 */
@Component
public class OverdueLoanFigures {

    /** A count of overdue loans and of their items' outstanding quantity. */
    public record Count(String key, long loans, long quantity) {
    }

    /** One of the most overdue loans; {@code overdue} is SHIPMENT or RETURN. */
    public record Listed(long loanId, String loanNumber, String customer, String owner, String overdue,
                         LocalDate expectedDate, long outstandingQuantity) {
    }

    /** Every overdue loan, with the date it was due and its outstanding quantity; ?1 and ?2 are today. */
    private static final String OVERDUE = "select l.id, l.loan_number, l.customer_id, l.owner_id, l.status, "
            + "case when l.status = 'APPROVED' then l.expected_ship_date else l.expected_return_date end as expected, "
            + "(select coalesce(sum(i.quantity - i.settled_quantity), 0) from loan_item i where i.loan_id = l.id) "
            + "as outstanding from loan l where (l.status = 'APPROVED' and l.expected_ship_date < ?) "
            + "or (l.status = 'SHIPPED' and l.expected_return_date < ?)";

    private final JdbcTemplate jdbc;

    OverdueLoanFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per customer name. */
    public List<Count> byCustomer(LocalDate today) {
        return jdbc.query("select c.name, count(*), sum(o.outstanding) from (" + OVERDUE + ") o "
                        + "join customer c on c.id = o.customer_id group by c.name",
                (rs, i) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3)), day(today), day(today));
    }

    /** Per owner (user id). */
    public List<Count> byOwner(LocalDate today) {
        return jdbc.query("select o.owner_id, count(*), sum(o.outstanding) from (" + OVERDUE + ") o "
                        + "group by o.owner_id",
                (rs, i) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3)), day(today), day(today));
    }

    /**
     * Per age bucket, given by the number of days overdue each bucket ends at (7, 30, 90): the counts in the
     * order of the limits and one more for the loans older than the last; buckets without loans count 0.
     */
    public List<long[]> byAge(LocalDate today, List<Integer> upToDays) {
        StringBuilder bucket = new StringBuilder("case");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < upToDays.size(); i++) {
            bucket.append(" when o.expected >= ? then ").append(i);
            args.add(day(today.minusDays(upToDays.get(i))));
        }
        bucket.append(" else ").append(upToDays.size()).append(" end");
        args.add(day(today));
        args.add(day(today));
        List<long[]> counts = new ArrayList<>();
        for (int i = 0; i <= upToDays.size(); i++) {
            counts.add(new long[2]);
        }
        jdbc.query("select b, count(*), sum(outstanding) from (select " + bucket + " as b, o.outstanding from ("
                + OVERDUE + ") o) x group by b", rs -> {
                    long[] count = counts.get(rs.getInt(1));
                    count[0] = rs.getLong(2);
                    count[1] = rs.getLong(3);
                }, args.toArray());
        return counts;
    }

    /** The {@code limit} most overdue loans, the longest overdue first. */
    public List<Listed> mostOverdue(LocalDate today, int limit) {
        return jdbc.query("select o.id, o.loan_number, c.name, o.owner_id, o.status, o.expected, o.outstanding from ("
                        + OVERDUE + ") o join customer c on c.id = o.customer_id order by o.expected, o.id "
                        + "offset 0 rows fetch first " + Math.max(0, limit) + " rows only",
                (rs, i) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        "APPROVED".equals(rs.getString(5)) ? "SHIPMENT" : "RETURN", rs.getDate(6).toLocalDate(),
                        rs.getLong(7)), day(today), day(today));
    }

    private static Date day(LocalDate date) {
        return Date.valueOf(date);
    }
}
