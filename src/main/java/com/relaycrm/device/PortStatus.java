package com.relaycrm.device;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Live state of one port's reader, updated by its thread and read by the REST API and the health endpoint. */
final class PortStatus {

    private final PortConfig config;
    private volatile boolean open;
    private volatile Instant openedAt;
    private volatile Instant lastFrameAt;
    private final AtomicLong framesStored = new AtomicLong();
    private final AtomicLong framesRejected = new AtomicLong();
    private final AtomicLong readErrors = new AtomicLong();
    private final AtomicLong storeErrors = new AtomicLong();
    private final AtomicLong opens = new AtomicLong();
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    PortStatus(PortConfig config) {
        this.config = config;
    }

    void opened() {
        open = true;
        openedAt = Instant.now();
        opens.incrementAndGet();
    }

    void closed(String error) {
        open = false;
        if (error != null) {
            readErrors.incrementAndGet();
            error(error);
        }
    }

    void frame(Instant at, FrameStatus status) {
        lastFrameAt = at;
        framesStored.incrementAndGet();
        if (status == FrameStatus.REJECTED) {
            framesRejected.incrementAndGet();
        }
    }

    void storeFailed(String error) {
        storeErrors.incrementAndGet();
        error(error);
    }

    private void error(String error) {
        lastError = error;
        lastErrorAt = Instant.now();
    }

    boolean isOpen() {
        return open;
    }

    long framesRejected() {
        return framesRejected.get();
    }

    PortState snapshot() {
        return new PortState(config.path(), config.type(), config.deviceId(), config.baud(), config.framing(), open,
                openedAt, lastFrameAt, framesStored.get(), framesRejected.get(), readErrors.get(), storeErrors.get(),
                Math.max(0, opens.get() - 1), lastError, lastErrorAt);
    }
}
