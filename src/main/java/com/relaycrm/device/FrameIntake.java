package com.relaycrm.device;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a reader does with the lines it read: checks each against the protocol and the port's device, stores them
 * (RECEIVED, or REJECTED with the reason) together in a transaction of their own, and wakes the processor. Nothing
 * here throws on a bad frame.
 */
@Component
class FrameIntake {

    private static final Logger log = LoggerFactory.getLogger(FrameIntake.class);
    /** Rejections are logged one by one up to this many per port, then every {@link #LOG_EVERY}th with a count. */
    private static final long LOG_FIRST = 50;
    private static final long LOG_EVERY = 1000;

    private final FrameStore store;
    private final FrameProcessor processor;

    FrameIntake(FrameStore store, FrameProcessor processor) {
        this.store = store;
        this.processor = processor;
    }

    /** One line read from a port (without its newline); {@code oversize}: the line was cut at the limit. */
    record Line(byte[] bytes, boolean oversize) {
    }

    /**
     * Stores the lines of one read of the port, in their order and in one transaction (a burst costs one commit, not
     * one per line), and wakes as many processor workers as frames were received.
     */
    List<FrameStatus> accept(PortConfig port, PortStatus status, List<Line> lines, int maxLength) {
        List<FrameStore.NewFrame> frames = new ArrayList<>(lines.size());
        for (Line line : lines) {
            frames.add(check(port, line, maxLength));
        }
        List<Long> ids = store.storeAll(frames);
        List<FrameStatus> outcomes = new ArrayList<>(frames.size());
        int received = 0;
        for (int i = 0; i < frames.size(); i++) {
            FrameStore.NewFrame frame = frames.get(i);
            status.frame(frame.receivedAt(), frame.status());
            outcomes.add(frame.status());
            if (frame.status() == FrameStatus.RECEIVED) {
                received++;
            } else {
                long rejected = status.framesRejected();
                if (rejected <= LOG_FIRST || rejected % LOG_EVERY == 0) {
                    log.warn("Frame {} on {} rejected ({} rejected on this port so far): {}", ids.get(i), port.path(),
                            rejected, frame.reason());
                }
            }
        }
        if (received > 0) {
            processor.wake(received);
        }
        return outcomes;
    }

    /** The line as it is to be stored: RECEIVED, or REJECTED with the reason it breaks the protocol or the port. */
    private static FrameStore.NewFrame check(PortConfig port, Line line, int maxLength) {
        Instant receivedAt = Instant.now();
        String text = null;
        String reason = null;
        try {
            if (line.oversize()) {
                throw new FrameRejectedException("oversize: line longer than " + maxLength + " bytes");
            }
            text = FrameProtocol.text(line.bytes());
            DeviceMessage message = FrameProtocol.parse(text);
            if (message.type() != port.type()) {
                throw new FrameRejectedException("unexpected " + message.type() + " frame on a " + port.type()
                        + " port");
            }
            if (!message.deviceId().equals(port.deviceId())) {
                throw new FrameRejectedException("unknown device '" + message.deviceId() + "' (port " + port.path()
                        + " is device " + port.deviceId() + ")");
            }
        } catch (FrameRejectedException e) {
            reason = e.getMessage();
        }
        return new FrameStore.NewFrame(port, line.bytes(), text, receivedAt,
                reason == null ? FrameStatus.RECEIVED : FrameStatus.REJECTED, reason);
    }
}
