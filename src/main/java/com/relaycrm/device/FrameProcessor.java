package com.relaycrm.device;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored frames exactly once (outbox style): takes RECEIVED frames oldest first, and for each, in one
 * transaction, locks the frame, does what it asks (starts a process, posts a consumption, records a reading) and
 * marks it PROCESSED. If the application dies half-way the transaction is rolled back and the frame is still
 * RECEIVED, so it is processed after the restart; a frame already PROCESSED is never taken again.
 * A frame the business refuses is marked REJECTED with the reason in a transaction of its own.
 */
@Component
public class FrameProcessor {

    private static final Logger log = LoggerFactory.getLogger(FrameProcessor.class);

    private final FrameStore store;
    private final TransactionTemplate transaction;
    private final Map<DeviceType, FrameHandler> handlers = new EnumMap<>(DeviceType.class);
    private final DeviceProperties properties;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    FrameProcessor(FrameStore store, PlatformTransactionManager transactionManager, List<FrameHandler> handlers,
                   DeviceProperties properties) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        handlers.forEach(handler -> this.handlers.put(handler.type(), handler));
        this.properties = properties;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "device-frame-processor");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A frame was stored: process it soon. */
    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    private void loop() {
        while (running) {
            try {
                drain();
            } catch (RuntimeException e) {
                log.error("Device frame processor: {}", e.getMessage(), e);
            }
            try {
                signal.tryAcquire(properties.getProcessor().getPollInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Processes every frame waiting now; returns how many were finished (processed or rejected). */
    public int drain() {
        int finished = 0;
        while (true) {
            List<Long> waiting = store.waiting(properties.getProcessor().getBatchSize());
            if (waiting.isEmpty()) {
                return finished;
            }
            for (long id : waiting) {
                if (process(id).isPresent()) {
                    finished++;
                }
            }
        }
    }

    /** Processes one frame if it is still waiting; what it became, or empty when it stays waiting or was done. */
    public Optional<FrameStatus> process(long id) {
        try {
            Boolean done = transaction.execute(status -> {
                Optional<StoredFrame> frame = store.lockWaiting(id);
                if (frame.isEmpty()) {
                    return false;
                }
                DeviceMessage message = FrameProtocol.parse(frame.get().lineText());
                String outcome = handlers.get(message.type()).handle(frame.get(), message);
                store.markProcessed(id, outcome);
                return true;
            });
            return Boolean.TRUE.equals(done) ? Optional.of(FrameStatus.PROCESSED) : Optional.empty();
        } catch (RuntimeException e) {
            String refusal = refusal(e);
            if (refusal != null) {
                if (store.markRejected(id, refusal)) {
                    log.warn("Device frame {} rejected: {}", id, refusal);
                    return Optional.of(FrameStatus.REJECTED);
                }
                return Optional.empty();
            }
            int attempts = store.failedAttempt(id, e.toString());
            log.error("Device frame {} failed (attempt {} of {})", id, attempts,
                    properties.getProcessor().getMaxAttempts(), e);
            if (attempts >= properties.getProcessor().getMaxAttempts()
                    && store.markRejected(id, "failed " + attempts + " times: " + e)) {
                return Optional.of(FrameStatus.REJECTED);
            }
            return Optional.empty();
        }
    }

    /** The reason when the business refused the frame (possibly wrapped by the engine), else null. */
    private static String refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FrameRejectedException) {
                return cause.getMessage();
            }
            if (cause instanceof InvalidInputException invalid) {
                return invalid.getMessage();
            }
            if (cause instanceof NotFoundException) {
                return cause.getMessage();
            }
        }
        return null;
    }
}
