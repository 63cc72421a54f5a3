package com.relaycrm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.relaycrm.customer.Customer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.device.DeviceGateway;
import com.relaycrm.device.DeviceProperties;
import com.relaycrm.device.DeviceType;
import com.relaycrm.device.FrameProtocol;
import com.relaycrm.device.FrameStatus;
import com.relaycrm.device.FrameStore;
import com.relaycrm.device.PortConfig;
import com.relaycrm.device.StoredFrame;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.SocatPty;
import com.relaycrm.support.RelayIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): member card swipes written to socat pseudo-terminals
 * (a burst over {@code benchmark.devices} card readers, 8 by default: a chain of stores; one device's frames are
 * processed one at a time in order, so a single reader is a single worker's work), read by the gateway, stored and processed into started {@code card-swipe} instances (waiting at the clerk's task),
 * side by side with starting the same process with the same variables directly through the engine API, in the same
 * run, with as many threads as the gateway's processor has ({@code relay.devices.processor.threads}). Burst: N frames
 * written at once (throughput, latency including the queue); paced: frames every few milliseconds (latency of one
 * reading). Latency = frame read and stored -> frame processed (instance started, in the same commit). Prints the
 * load average too: the machine may be shared.
 *
 * <pre>
 * ./mvnw test -Dtest=DeviceGatewayBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.frames=2000
 * SPRING_PROFILES_ACTIVE=postgres RELAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/relay_devices ... (same)
 * </pre>
 */
@RelayIntegrationTest
class DeviceGatewayBenchmark {

    private static final String PROCESS = "card-swipe";

    @Autowired DeviceGateway gateway;
    @Autowired FrameStore frames;
    @Autowired RuntimeService runtimeService;
    @Autowired Fixtures fixtures;
    @Autowired DeviceProperties deviceProperties;

    @Test
    void benchmark() throws Exception {
        SocatPty.requireSocat();
        int n = Integer.getInteger("benchmark.frames", 2000);
        int paced = Integer.getInteger("benchmark.paced-frames", 200);
        long paceMillis = Long.getLong("benchmark.pace-millis", 100);
        Customer member = fixtures.customer(MemberTier.GOLD);
        String deviceId = "BENCH-" + UUID.randomUUID().toString().substring(0, 6);

        int devices = Integer.getInteger("benchmark.devices", 8);
        List<SocatPty> readers = new ArrayList<>();
        try (SocatPty warm = SocatPty.start(); SocatPty pace = SocatPty.start()) {
            for (int i = 0; i < devices; i++) {
                readers.add(SocatPty.start());
            }
            // warm-up: class loading, JIT, caches
            run(List.of(warm), deviceId, member, 200, 0);
            for (int i = 0; i < 200; i++) {
                startDirectly(member, "WARM-" + i);
            }

            Result viaPort = run(readers, deviceId, member, n, 0);
            Result viaPortPaced = run(List.of(pace), deviceId, member, paced, paceMillis);

            int threads = deviceProperties.getProcessor().getThreads();
            Result direct = startDirectly(member, deviceId, n, threads);

            double[] load = loadAverage();
            System.out.println();
            System.out.printf("Device gateway benchmark (%s, burst: %d frames over %d card readers; paced: %d frames "
                            + "every %d ms on one; %d processor threads, %d frames per claim; direct: %d threads; load "
                            + "average %.2f %.2f %.2f, %d cores)%n",
                    System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "h2"), n, devices, paced, paceMillis, threads,
                    deviceProperties.getProcessor().getBatchSize(), threads, load[0], load[1], load[2],
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| path | instances/s | latency p50 (ms) | latency p99 (ms) |");
            System.out.println("|---|---:|---:|---:|");
            System.out.printf("| pty -> gateway -> stored -> processed -> card-swipe started (burst) | %.0f | %.1f | %.1f |%n",
                    viaPort.rate, viaPort.p50, viaPort.p99);
            System.out.printf("| same, paced | %.0f | %.1f | %.1f |%n", viaPortPaced.rate, viaPortPaced.p50,
                    viaPortPaced.p99);
            System.out.printf("| RuntimeService.startProcessInstanceByKey, %d threads (same process and variables) "
                    + "| %.0f | %.1f | %.1f |%n", threads, direct.rate, direct.p50, direct.p99);
            System.out.printf("gateway burst / direct: %.2fx (target >= 0.8x); burst %.0f frames/s (target >= 300 on "
                    + "PostgreSQL)%n", viaPort.rate / direct.rate, viaPort.rate);
            System.out.println("latency: gateway = frame stored -> instance started (committed with the frame marked "
                    + "processed); direct = one start call");
            System.out.println();
        } finally {
            readers.forEach(SocatPty::close);
        }
    }

    /** n starts of the process through the engine API, spread over {@code threads} threads. */
    private Result startDirectly(Customer member, String deviceId, int n, int threads) throws Exception {
        long[] latencies = new long[n];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        startDirectly(member, "DIRECT-" + deviceId + "-" + i);
                        latencies[i] = (System.nanoTime() - s) / 1_000;
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        double rate = n / ((System.nanoTime() - t0) / 1e9);
        java.util.Arrays.sort(latencies);
        return new Result(rate, latencies[n / 2] / 1000.0, latencies[(int) (n * 0.99)] / 1000.0);
    }

    private static double[] loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2])};
        } catch (Exception e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new double[] {one, -1, -1};
        }
    }

    record Result(double rate, double p50, double p99) {}

    /**
     * {@code count} swipes of the member's card spread over the readers (one device each, ids {@code deviceId-i}),
     * written at once ({@code paceMillis} 0) or one every {@code paceMillis}; waits until all are finished.
     */
    private Result run(List<SocatPty> readers, String deviceId, Customer member, int count, long paceMillis)
            throws Exception {
        List<String> paths = readers.stream().map(SocatPty::gatewaySide).toList();
        for (int i = 0; i < readers.size(); i++) {
            gateway.open(new PortConfig(paths.get(i), 115200, "8N1", DeviceType.CARD, deviceId + "-" + i));
        }
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> paths.stream()
                    .allMatch(path -> gateway.port(path).orElseThrow().open()));
            long t0 = System.nanoTime();
            if (paceMillis == 0) {
                for (int r = 0; r < readers.size(); r++) {
                    String[] lines = new String[count / readers.size() + (r < count % readers.size() ? 1 : 0)];
                    java.util.Arrays.fill(lines, FrameProtocol.frame("CARD|" + deviceId + "-" + r + "|"
                            + member.getCardNumber()));
                    readers.get(r).writeLines(lines);
                }
            } else {
                String frame = FrameProtocol.frame("CARD|" + deviceId + "-0|" + member.getCardNumber());
                for (int i = 0; i < count; i++) {
                    readers.get(0).writeLines(frame);
                    Thread.sleep(paceMillis);
                }
            }
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(100)).until(() -> paths.stream()
                    .map(frames::countByStatus)
                    .mapToLong(counts -> counts.get(FrameStatus.PROCESSED) + counts.get(FrameStatus.REJECTED))
                    .sum() >= count);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Long> latencies = new ArrayList<>();
            for (String path : paths) {
                for (StoredFrame stored : frames.recent(path, FrameStatus.PROCESSED, count)) {
                    latencies.add(Duration.between(stored.receivedAt(), stored.processedAt()).toMillis());
                }
            }
            assertThat(latencies).as("every swipe processed, none rejected").hasSize(count);
            latencies.sort(Long::compare);
            return new Result(count / seconds, latencies.get(count / 2), latencies.get((int) (count * 0.99)));
        } finally {
            paths.forEach(gateway::close);
        }
    }

    private void startDirectly(Customer member, String businessKey) {
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey, Map.of("frameId", 0L, "deviceId", "DIRECT",
                "cardNumber", member.getCardNumber(), "swipedAt", new Date()));
    }
}
