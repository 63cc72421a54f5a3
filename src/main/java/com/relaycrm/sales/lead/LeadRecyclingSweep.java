package com.relaycrm.sales.lead;

import com.relaycrm.process.CurrentActor;
import com.relaycrm.sales.capacity.CapacityService;
import com.relaycrm.sales.capacity.ResourceType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recycling sweep (回收): every held lead whose follow-up deadline has passed goes back to its department pool,
 * set-based in batches of {@value #BATCH} (one update, one batch of history rows and one give-back per owner per
 * batch), on {@code relay.sales.recycling-sweep-interval}. The lead's own timer normally does this one by one; the
 * sweep catches up when timers lag (job executor down, a mass import all due at once). When the lead's timer then
 * fires, "Recycle to the department pool" finds the lead already pooled and only moves the process on.
 */
@Component
public class LeadRecyclingSweep {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(LeadRecyclingSweep.class);

    private final JdbcTemplate jdbc;
    private final CapacityService capacity;
    private final TransactionTemplate transaction;

    LeadRecyclingSweep(JdbcTemplate jdbc, CapacityService capacity, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.capacity = capacity;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${relay.sales.recycling-sweep-interval}",
            initialDelayString = "${relay.sales.recycling-sweep-interval}")
    @SchedulerLock(name = "lead-recycling-sweep",
            lockAtMostFor = "${relay.scheduling.lead-recycling-sweep.lock-at-most-for}",
            lockAtLeastFor = "${relay.scheduling.lead-recycling-sweep.lock-at-least-for}")
    void scheduled() {
        int recycled = recycleOverdue(Instant.now());
        if (recycled > 0) {
            log.info("Recycling sweep: {} overdue leads back to their department pools", recycled);
        }
    }

    /** Recycles every lead overdue at {@code now}; returns how many. */
    public int recycleOverdue(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = transaction.execute(status -> recycleBatch(now));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int recycleBatch(Instant now) {
        List<Map<String, Object>> due = jdbc.queryForList("""
                select id, owner_id from sales_lead
                where status = 'ASSIGNED' and follow_up_due_at < ?
                order by id fetch first %d rows only for update""".formatted(BATCH), Timestamp.from(now));
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Integer> perOwner = new HashMap<>();
        List<Object[]> ids = due.stream().map(row -> {
            perOwner.merge((String) row.get("owner_id"), 1, Integer::sum);
            return new Object[] {((Number) row.get("id")).longValue()};
        }).toList();
        jdbc.batchUpdate("""
                update sales_lead set status = 'IN_POOL', pool = 'DEPARTMENT', owner_id = null,
                       follow_up_due_at = null, recycle_count = recycle_count + 1 where id = ?""", ids);
        Timestamp at = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into lead_activity (lead_id, kind, note, actor, occurred_at) values (?, 'RECYCLED', "
                + "'Follow-up overdue (recycling sweep)', '" + CurrentActor.SYSTEM + "', ?)",
                ids.stream().map(id -> new Object[] {id[0], at}).toList());
        capacity.giveBack(ResourceType.LEAD, perOwner);
        return due.size();
    }
}
