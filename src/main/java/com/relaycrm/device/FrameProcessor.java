package com.relaycrm.device;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.device.handlers.FrameHandler;
import com.relaycrm.process.EngineBatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * Processes stored frames exactly once (outbox style), with {@code relay.devices.processor.threads} workers on every
 * node. The frames of one device are done one at a time, in the order they arrived; different devices in parallel.
 * A worker claims up to {@code batch-size} RECEIVED frames ({@link FrameStore#claimWaiting(int)}): whole devices,
 * each by locking its oldest waiting frame with {@code for update skip locked}, so a device another worker or another
 * node holds is skipped, and each frame is taken by exactly one worker. In the same transaction it does what each
 * frame asks (starts a process, posts a consumption, records a reading), in order, and marks them PROCESSED. If the
 * node dies half-way the transaction is rolled back, the locks go with it and the frames are still RECEIVED, so a
 * worker of this or another node takes them; a frame already PROCESSED is never taken again. When a claim fails, its
 * frames are done again one by one, in order, so only the frame at fault is retried (a frame waits while an earlier
 * frame of its device is still waiting); a frame the business refuses is marked REJECTED with the reason in a
 * transaction of its own. The handlers stay right on their own when frames of different devices race on one asset
 * or member (they lock its row).
 */
@Component
public class FrameProcessor {

    private static final Logger log = LoggerFactory.getLogger(FrameProcessor.class);

    private final FrameStore store;
    private final EngineBatch engineBatch;
    private final TransactionTemplate transaction;
    private final Map<DeviceType, FrameHandler> handlers = new EnumMap<>(DeviceType.class);
    private final DeviceProperties properties;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private final List<Thread> workers = new ArrayList<>();

    FrameProcessor(FrameStore store, EngineBatch engineBatch, PlatformTransactionManager transactionManager,
                   List<FrameHandler> handlers, DeviceProperties properties) {
        this.store = store;
        this.engineBatch = engineBatch;
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
        int threads = Math.max(1, properties.getProcessor().getThreads());
        for (int i = 1; i <= threads; i++) {
            Thread worker = new Thread(this::loop, "device-frame-processor-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    /** A frame was stored: a waiting worker processes it soon. */
    void wake() {
        wake(1);
    }

    /** Frames were stored: as many waiting workers as frames (up to all of them) process them soon. */
    void wake(int frames) {
        int wanted = Math.min(frames, Math.max(1, properties.getProcessor().getThreads()));
        int missing = wanted - signal.availablePermits();
        if (missing > 0) {
            signal.release(missing);
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
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Processes frames until none is left to claim; returns how many were finished (processed or rejected). */
    public int drain() {
        int finished = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Claim claim = processClaim();
            if (claim.claimed() == 0) {
                return finished;
            }
            finished += claim.finished();
        }
        return finished;
    }

    private record Claim(int claimed, int finished) {
    }

    /** Claims a batch of waiting frames and processes them in one transaction; on failure, one by one. */
    private Claim processClaim() {
        List<Long> claimed = new ArrayList<>();
        try {
            Integer done = transaction.execute(status -> {
                List<StoredFrame> frames = store.claimWaiting(properties.getProcessor().getBatchSize());
                frames.forEach(frame -> claimed.add(frame.id()));
                // the claim's process starts as one engine command: their rows are written in one flush
                Map<Long, String> outcomes = frames.isEmpty() ? Map.of() : engineBatch.call(() -> {
                    Map<Long, String> handled = new LinkedHashMap<>();
                    for (StoredFrame frame : frames) {
                        handled.put(frame.id(), handle(frame));
                    }
                    return handled;
                });
                if (!outcomes.isEmpty()) {
                    store.markProcessed(outcomes);
                }
                return frames.size();
            });
            int count = done == null ? 0 : done;
            return new Claim(count, count);
        } catch (RuntimeException e) {
            if (claimed.isEmpty()) {
                throw e;
            }
            // the whole claim was rolled back: each frame again on its own, so only the one at fault is retried
            int finished = 0;
            for (long id : claimed) {
                if (process(id).isPresent()) {
                    finished++;
                }
            }
            return new Claim(claimed.size(), finished);
        }
    }

    private String handle(StoredFrame frame) {
        DeviceMessage message = FrameProtocol.parse(frame.lineText());
        return handlers.get(message.type()).handle(frame, message);
    }

    /** Processes one frame if it is still waiting; what it became, or empty when it stays waiting or was done. */
    public Optional<FrameStatus> process(long id) {
        try {
            Boolean done = transaction.execute(status -> {
                Optional<StoredFrame> frame = store.claimWaiting(id);
                if (frame.isEmpty()) {
                    return false;
                }
                store.markProcessed(Map.of(id, handle(frame.get())));
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
