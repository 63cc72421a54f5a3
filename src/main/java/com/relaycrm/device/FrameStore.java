package com.relaycrm.device;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code device_frame} table. Storing a frame is its own transaction (the reader's acknowledgement that the
 * frame will not be lost); claiming, marking processed and marking rejected join the processor's transaction.
 */
@Repository
public class FrameStore {

    private static final int REASON_LENGTH = 400;
    private static final int TEXT_LENGTH = 1000;
    private static final String COLUMNS = "id, port_path, device_type, device_id, raw_bytes, line_text, received_at, "
            + "status, reason, attempts, outcome, processed_at";

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    FrameStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a frame read from a port, RECEIVED (to be processed) or REJECTED with the reason; returns its id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long store(PortConfig port, byte[] raw, String text, Instant receivedAt, FrameStatus status, String reason) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("insert into device_frame (port_path, "
                    + "device_type, device_id, raw_bytes, line_text, received_at, status, reason, attempts) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, 0)", new String[] {"id"});
            statement.setString(1, port.path());
            statement.setString(2, port.type().name());
            statement.setString(3, port.deviceId());
            statement.setBytes(4, raw);
            statement.setString(5, text == null ? null : cut(text, TEXT_LENGTH));
            statement.setTimestamp(6, Timestamp.from(receivedAt));
            statement.setString(7, status.name());
            statement.setString(8, reason == null ? null : cut(reason, REASON_LENGTH));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Ids of frames waiting to be processed, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> waiting(int limit) {
        return jdbc.queryForList("select id from device_frame where status = 'RECEIVED' order by id "
                + "fetch first " + limit + " rows only", Long.class);
    }

    /**
     * Claims up to {@code limit} waiting frames, oldest first, for the current transaction: they stay locked until
     * it ends, and a frame another worker (of this node or another) holds is skipped, not waited for. So each frame
     * is taken by one worker, and a worker that dies (its transaction rolled back) gives its frames back.
     * PostgreSQL: one {@code select … for update skip locked}. H2 2.x knows {@code skip locked} but applies it after
     * {@code fetch first} and locks every row it reads, so there the candidates are read first and then locked by
     * id with {@code skip locked}, moving past candidates taken by others.
     */
    List<StoredFrame> claimWaiting(int limit) {
        if (postgres()) {
            return jdbc.query("select " + COLUMNS + " from device_frame where status = 'RECEIVED' order by id "
                    + "fetch first " + limit + " rows only for update skip locked", FrameStore::map);
        }
        long after = 0;
        while (true) {
            List<Long> candidates = jdbc.queryForList("select id from device_frame where status = 'RECEIVED' "
                    + "and id > ? order by id fetch first " + limit + " rows only", Long.class, after);
            if (candidates.isEmpty()) {
                return List.of();
            }
            String ids = String.join(",", candidates.stream().map(String::valueOf).toList());
            List<StoredFrame> claimed = jdbc.query("select " + COLUMNS + " from device_frame where id in (" + ids
                    + ") and status = 'RECEIVED' order by id for update skip locked", FrameStore::map);
            if (!claimed.isEmpty()) {
                return claimed;
            }
            after = candidates.get(candidates.size() - 1);
        }
    }

    /** Claims one frame still waiting (skipped when another worker holds it); empty when done or held. */
    Optional<StoredFrame> claimWaiting(long id) {
        return jdbc.query("select " + COLUMNS + " from device_frame where id = ? and status = 'RECEIVED' "
                + "for update skip locked", FrameStore::map, id).stream().findFirst();
    }

    /** Marks claimed frames processed, with what each started; all with the same time, just before the commit. */
    void markProcessed(Map<Long, String> outcomes) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update device_frame set status = 'PROCESSED', outcome = ?, processed_at = ?, "
                        + "attempts = attempts + 1 where id = ?",
                outcomes.entrySet().stream().map(outcome -> new Object[] {cut(outcome.getValue(), 200), now,
                        outcome.getKey()}).toList());
    }

    private boolean postgres() {
        Boolean postgres = this.postgres;
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
                    .getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
            this.postgres = postgres;
        }
        return postgres;
    }

    /** Rejects a frame still waiting; false when another processor finished it meanwhile. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean markRejected(long id, String reason) {
        return jdbc.update("update device_frame set status = 'REJECTED', reason = ?, processed_at = ?, "
                + "attempts = attempts + 1 where id = ? and status = 'RECEIVED'", cut(reason, REASON_LENGTH),
                Timestamp.from(Instant.now()), id) == 1;
    }

    /** Counts a failed attempt; returns the attempts so far. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int failedAttempt(long id, String error) {
        jdbc.update("update device_frame set attempts = attempts + 1, reason = ? where id = ? and status = 'RECEIVED'",
                cut(error, REASON_LENGTH), id);
        Integer attempts = jdbc.queryForObject("select attempts from device_frame where id = ?", Integer.class, id);
        return attempts == null ? 0 : attempts;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFrame> frame(long id) {
        return jdbc.query("select " + COLUMNS + " from device_frame where id = ?", FrameStore::map, id).stream()
                .findFirst();
    }

    /** The newest frames of a port, optionally of one status. */
    @Transactional(readOnly = true)
    public List<StoredFrame> recent(String portPath, FrameStatus status, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from device_frame where 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (portPath != null) {
            sql.append(" and port_path = ?");
            args.add(portPath);
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by id desc fetch first ").append(limit).append(" rows only");
        return jdbc.query(sql.toString(), FrameStore::map, args.toArray());
    }

    /** Frames of a port by status. */
    @Transactional(readOnly = true)
    public Map<FrameStatus, Long> countByStatus(String portPath) {
        Map<FrameStatus, Long> counts = new EnumMap<>(FrameStatus.class);
        for (FrameStatus status : FrameStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from device_frame where port_path = ? group by status",
                row -> {
                    counts.put(FrameStatus.valueOf(row.getString(1)), row.getLong(2));
                }, portPath);
        return counts;
    }

    /** Frames per port and status, over all time. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> countByPortAndStatus() {
        return jdbc.queryForList("select port_path, status, count(*) as frames from device_frame "
                + "group by port_path, status order by port_path, status");
    }

    /** Rejected frames per exact reason. */
    @Transactional(readOnly = true)
    public Map<String, Long> rejectionsByReason() {
        Map<String, Long> reasons = new java.util.LinkedHashMap<>();
        jdbc.query("select reason, count(*) from device_frame where status = 'REJECTED' group by reason",
                row -> {
                    reasons.put(row.getString(1) == null ? "" : row.getString(1), row.getLong(2));
                });
        return reasons;
    }

    private static StoredFrame map(ResultSet row, int index) throws SQLException {
        Timestamp processed = row.getTimestamp("processed_at");
        return new StoredFrame(row.getLong("id"), row.getString("port_path"),
                DeviceType.valueOf(row.getString("device_type")), row.getString("device_id"),
                row.getBytes("raw_bytes"), row.getString("line_text"), row.getTimestamp("received_at").toInstant(),
                FrameStatus.valueOf(row.getString("status")), row.getString("reason"), row.getInt("attempts"),
                row.getString("outcome"), processed == null ? null : processed.toInstant());
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
