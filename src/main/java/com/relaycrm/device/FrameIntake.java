package com.relaycrm.device;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a reader does with each line: checks it against the protocol and the port's device, stores it (RECEIVED,
 * or REJECTED with the reason) in its own transaction, and wakes the processor. Nothing here throws on a bad frame.
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

    /** Stores one line read from the port (without its newline); {@code oversize}: the line was cut at the limit. */
    FrameStatus accept(PortConfig port, PortStatus status, byte[] line, boolean oversize, int maxLength) {
        Instant receivedAt = Instant.now();
        String text = null;
        String reason = null;
        try {
            if (oversize) {
                throw new FrameRejectedException("oversize: line longer than " + maxLength + " bytes");
            }
            text = FrameProtocol.text(line);
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
        FrameStatus outcome = reason == null ? FrameStatus.RECEIVED : FrameStatus.REJECTED;
        long id = store.store(port, line, text, receivedAt, outcome, reason);
        status.frame(receivedAt, outcome);
        if (outcome == FrameStatus.RECEIVED) {
            processor.wake();
        } else {
            long rejected = status.framesRejected();
            if (rejected <= LOG_FIRST || rejected % LOG_EVERY == 0) {
                log.warn("Frame {} on {} rejected ({} rejected on this port so far): {}", id, port.path(), rejected,
                        reason);
            }
        }
        return outcome;
    }
}
