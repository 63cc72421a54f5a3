package com.relaycrm.sales.capacity;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.sales.SalesProperties;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-employee maximums of held leads, opportunities and customers (资源池上限) and the sales reps leads are
 * assigned to. Every take and give-back locks the employee's holding row ({@code select ... for update}) in the
 * caller's transaction, so two assignments racing for the last free place are serialised and the maximum holds.
 */
@Service
@Transactional
public class CapacityService {

    private final JdbcTemplate jdbc;
    private final SalesProperties properties;
    private final TransactionTemplate newTransaction;

    CapacityService(JdbcTemplate jdbc, SalesProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Registers (or moves) a sales rep: leads of their department or region may be assigned to them. */
    public void registerRep(String userId, String departmentCode, String regionCode) {
        int updated = jdbc.update("update sales_rep set department_code = ?, region_code = ?, active = true where user_id = ?",
                departmentCode, regionCode, userId);
        if (updated == 0) {
            jdbc.update("insert into sales_rep (user_id, department_code, region_code, active) values (?, ?, ?, true)",
                    userId, departmentCode, regionCode);
        }
        for (ResourceType type : ResourceType.values()) {
            ensureRow(userId, type);
        }
    }

    @Transactional(readOnly = true)
    public boolean isRep(String userId) {
        return jdbc.queryForObject("select count(*) from sales_rep where user_id = ? and active = true",
                Integer.class, userId) > 0;
    }

    /**
     * Active reps of the department, or of the region, least loaded first (by held leads): the candidates the
     * assignment rule tries in order. Reps holding equally many come in random order, so assignments running at the
     * same time (threads or nodes) spread over the least loaded reps instead of queueing on one rep's holding row;
     * the maximum still holds because every take locks that row.
     */
    @Transactional(readOnly = true)
    public List<String> candidates(String departmentCode, String regionCode) {
        String sql = """
                select r.user_id, case when r.department_code = ? then 0 else 1 end as distance,
                       coalesce(h.held, 0) as held
                from sales_rep r
                left join resource_holding h on h.user_id = r.user_id and h.resource_type = 'LEAD'
                where r.active = true and (r.department_code = ? %s)
                """;
        RowMapper<Candidate> candidate = (row, i) -> new Candidate(row.getString("user_id"), row.getInt("distance"),
                row.getInt("held"), ThreadLocalRandom.current().nextLong());
        List<Candidate> found = regionCode == null
                ? jdbc.query(sql.formatted(""), candidate, departmentCode, departmentCode)
                : jdbc.query(sql.formatted("or r.region_code = ?"), candidate, departmentCode, departmentCode,
                        regionCode);
        return found.stream().sorted(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::held)
                .thenComparingLong(Candidate::tieBreak)).map(Candidate::userId).toList();
    }

    private record Candidate(String userId, int distance, int held, long tieBreak) {
    }

    /** Sets an employee's own maximum for a type (null: back to the default). */
    public void setMaximum(String userId, ResourceType type, Integer maximum) {
        if (maximum != null && maximum < 0) {
            throw new InvalidInputException("maximum", "must be zero or more");
        }
        ensureRow(userId, type);
        jdbc.update("update resource_holding set maximum = ? where user_id = ? and resource_type = ?",
                maximum, userId, type.name());
    }

    /** Takes one place if the employee is below their maximum; false (and nothing changed) when full. */
    public boolean tryTake(String userId, ResourceType type) {
        Holding holding = lock(userId, type);
        if (!holding.hasRoom()) {
            return false;
        }
        increment(userId, type);
        return true;
    }

    /**
     * Takes one place from the first of the candidates (in their order) with room, without waiting behind another
     * transaction that holds a candidate's row while others are free: candidates whose row is locked (an assignment
     * running at the same time, on this node or another) are skipped ({@code for update skip locked}) and only tried,
     * waiting for the lock (in user id order), when no free candidate had room. A candidate found full is passed over
     * without a lock. Every take still locks the row it counts on, so the maximum holds. Empty when none has room.
     */
    public java.util.Optional<String> takeFirstWithRoom(List<String> candidates, ResourceType type) {
        List<String> busy = new java.util.ArrayList<>();
        for (String userId : candidates) {
            if (!holding(userId, type).hasRoom()) {
                continue; // full: not locked, so that no two takes hold each other's full rows (no deadlock)
            }
            java.util.Optional<Holding> free = lock(userId, type, "for update skip locked");
            if (free.isEmpty()) {
                busy.add(userId);
            } else if (free.get().hasRoom()) {
                increment(userId, type);
                return java.util.Optional.of(userId);
            }
        }
        return busy.stream().sorted().filter(userId -> tryTake(userId, type)).findFirst();
    }

    private void increment(String userId, ResourceType type) {
        jdbc.update("update resource_holding set held = held + 1 where user_id = ? and resource_type = ?",
                userId, type.name());
    }

    /** Takes one place or fails naming the field the employee came from. */
    public void take(String field, String userId, ResourceType type) {
        if (!tryTake(userId, type)) {
            Holding holding = holding(userId, type);
            throw new InvalidInputException(field, userId + " already holds " + holding.held() + " of at most "
                    + holding.maximum() + " " + type.name().toLowerCase() + "s");
        }
    }

    /** Gives one place back (never below zero). */
    public void giveBack(String userId, ResourceType type) {
        lock(userId, type);
        jdbc.update("update resource_holding set held = held - 1 where user_id = ? and resource_type = ? and held > 0",
                userId, type.name());
    }

    /** Gives back many places at once, for set-based sweeps: counts per user id. */
    public void giveBack(ResourceType type, java.util.Map<String, Integer> countsByUser) {
        List<Object[]> batch = countsByUser.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey()) // one lock order for every sweep: no deadlocks
                .map(e -> new Object[] {e.getValue(), e.getValue(), e.getKey(), type.name()}).toList();
        jdbc.batchUpdate("update resource_holding set held = case when held > ? then held - ? else 0 end "
                + "where user_id = ? and resource_type = ?", batch);
    }

    @Transactional(readOnly = true)
    public Holding holding(String userId, ResourceType type) {
        return row(userId, type, "").orElseGet(() -> new Holding(userId, type, 0,
                properties.defaultMaximum(type.name())));
    }

    private Holding lock(String userId, ResourceType type) {
        return lock(userId, type, "for update").orElseThrow();
    }

    /** The holding row, created if missing and read with this lock clause: empty only when skipped as locked. */
    private java.util.Optional<Holding> lock(String userId, ResourceType type, String lockClause) {
        ensureRow(userId, type);
        return row(userId, type, lockClause);
    }

    private java.util.Optional<Holding> row(String userId, ResourceType type, String lockClause) {
        return jdbc.query("select held, maximum from resource_holding where user_id = ? and resource_type = ? "
                        + lockClause, (rs, i) -> new Holding(userId, type, rs.getInt("held"),
                        maximum(rs.getObject("maximum"), type)), userId, type.name())
                .stream().findFirst();
    }

    private int maximum(Object own, ResourceType type) {
        return own == null ? properties.defaultMaximum(type.name()) : ((Number) own).intValue();
    }

    /** Creates the holding row in its own transaction, so a concurrent creator's duplicate is harmless. */
    @Transactional(propagation = Propagation.SUPPORTS)
    void ensureRow(String userId, ResourceType type) {
        Integer rows = jdbc.queryForObject("select count(*) from resource_holding where user_id = ? and resource_type = ?",
                Integer.class, userId, type.name());
        if (rows > 0) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into resource_holding (user_id, resource_type, held) values (?, ?, 0)", userId, type.name()));
        } catch (DuplicateKeyException e) {
            // created meanwhile by a concurrent call: fine
        }
    }
}
