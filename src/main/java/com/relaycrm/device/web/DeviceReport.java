package com.relaycrm.device.web;

import com.relaycrm.common.Viewer;
import com.relaycrm.device.FrameStatus;
import com.relaycrm.device.FrameStore;
import com.relaycrm.organisation.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Device gateway report (GET /api/devices/report, page /reports/devices.html): frames per port by outcome, and
 * rejected frames by kind of reason, for administrators and service managers.
 */
@Component
public class DeviceReport {

    private static final String[] READERS = {Groups.ADMIN, Groups.SERVICE_MANAGER};
    private static final List<String> KINDS = List.of("unknown device", "unknown card", "unknown asset",
            "unknown frame type", "unexpected", "malformed", "garbage", "bad checksum", "oversize");

    private final FrameStore frames;

    DeviceReport(FrameStore frames) {
        this.frames = frames;
    }

    public record PortRow(String port, long processed, long rejected, long waiting) {}

    public record ReasonRow(String reason, long frames) {}

    public record Report(List<PortRow> ports, List<ReasonRow> rejections) {}

    public Report report(Viewer viewer) {
        viewer.requireAny("see the device report", READERS);
        Map<String, long[]> byPort = new TreeMap<>();
        for (Map<String, Object> row : frames.countByPortAndStatus()) {
            long[] counts = byPort.computeIfAbsent((String) value(row, "port_path"), port -> new long[3]);
            counts[FrameStatus.valueOf((String) value(row, "status")).ordinal()] += ((Number) value(row, "frames"))
                    .longValue();
        }
        List<PortRow> ports = new ArrayList<>();
        byPort.forEach((port, counts) -> ports.add(new PortRow(port, counts[FrameStatus.PROCESSED.ordinal()],
                counts[FrameStatus.REJECTED.ordinal()], counts[FrameStatus.RECEIVED.ordinal()])));
        Map<String, Long> byKind = new TreeMap<>();
        frames.rejectionsByReason().forEach((reason, count) -> byKind.merge(kind(reason), count, Long::sum));
        List<ReasonRow> rejections = byKind.entrySet().stream()
                .map(entry -> new ReasonRow(entry.getKey(), entry.getValue())).toList();
        return new Report(ports, rejections);
    }

    /** The kind of a rejection reason: its known prefix, or the text before the first colon. */
    static String kind(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        for (String kind : KINDS) {
            if (lower.startsWith(kind)) {
                return kind;
            }
        }
        if (lower.startsWith("failed ")) {
            return "processing failed";
        }
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }

    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value != null ? value : row.get(column.toUpperCase(Locale.ROOT));
    }
}
