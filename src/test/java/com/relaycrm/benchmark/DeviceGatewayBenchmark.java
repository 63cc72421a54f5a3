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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw test}): member card swipes written to socat pseudo-terminals
 * (a burst over {@code benchmark.devices} card readers, 8 by default: a chain of stores; one device's frames are
 * processed one at a time in order, so a single reader is a single worker's work), read by the gateway, stored and processed into started {@code card-swipe} instances (waiting at the clerk's task),
 * side by side with starting the same process with the same variables directly through the engine API, in the same
 * run, with as many threads as the gateway's processor has ({@code relay.devices.processor.threads}); the bursts and
 * the direct runs alternate ({@code benchmark.rounds}, 3 by default), so each ratio compares runs under the same
 * load of a shared machine, and the medians are printed with statements, commits and driver time per instance and
 * the statements that take the most time (the benchmark's own progress poll left out), and the CPU time per instance
 * of this JVM and its PostgreSQL backends (what the rate would be with the machine's cores to this run alone, however
 * loaded the machine is while it runs). Burst: N frames
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
    /** The benchmark's own poll for the burst's end, left out of the statements shown. */
    private static final String OWN_POLL = "select status, count(*) from device_frame where port_path";

    @TestConfiguration
    static class CountStatements {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired DeviceGateway gateway;
    @Autowired FrameStore frames;
    @Autowired RuntimeService runtimeService;
    @Autowired Fixtures fixtures;
    @Autowired DeviceProperties deviceProperties;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void benchmark() throws Exception {
        SocatPty.requireSocat();
        int n = Integer.getInteger("benchmark.frames", 2000);
        int paced = Integer.getInteger("benchmark.paced-frames", 200);
        long paceMillis = Long.getLong("benchmark.pace-millis", 100);
        Customer member = fixtures.customer(MemberTier.GOLD);
        String deviceId = "BENCH-" + UUID.randomUUID().toString().substring(0, 6);

        int devices = Integer.getInteger("benchmark.devices", 8);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        int threads = deviceProperties.getProcessor().getThreads();
        int warmUp = Integer.getInteger("benchmark.warm-up-frames", 1000);
        try (SocatPty pace = SocatPty.start()) {
            // warm-up, both ways: class loading, JIT, caches (the first round's CPU per instance was 1.7 times the
            // third's after 200 frames on one reader)
            List<SocatPty> warm = new ArrayList<>();
            try {
                for (int i = 0; i < devices; i++) {
                    warm.add(SocatPty.start());
                }
                run(warm, deviceId + "-warm", member, warmUp, 0);
            } finally {
                warm.forEach(SocatPty::close);
            }
            startDirectly(member, deviceId + "-warm", warmUp, threads);

            // gateway burst and direct starts alternate, so that each ratio compares runs under the same machine load
            Map<String, StatementCounter.Tally> gatewaySql = StatementCounter.tallies();
            Map<String, StatementCounter.Tally> directSql = StatementCounter.tallies();
            List<Result> viaPort = new ArrayList<>();
            List<Result> direct = new ArrayList<>();
            List<Double> loads = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<SocatPty> readers = new ArrayList<>();
                try {
                    for (int i = 0; i < devices; i++) {
                        readers.add(SocatPty.start());
                    }
                    StatementCounter.counting = gatewaySql;
                    viaPort.add(run(readers, deviceId + "-" + round, member, n, 0));
                } finally {
                    StatementCounter.counting = null;
                    readers.forEach(SocatPty::close);
                }
                StatementCounter.counting = directSql;
                direct.add(startDirectly(member, deviceId + "-" + round, n, threads));
                StatementCounter.counting = null;
                loads.add(loadAverage()[0]);
            }
            gatewaySql.keySet().removeIf(sql -> sql.startsWith(OWN_POLL));
            Result viaPortPaced = run(List.of(pace), deviceId, member, paced, paceMillis);

            double[] load = loadAverage();
            System.out.println();
            System.out.printf("Device gateway benchmark (%s, burst: %d frames over %d card readers, %d rounds "
                            + "alternating with the direct starts; paced: %d frames every %d ms on one; %d processor "
                            + "threads, %d frames per claim; direct: %d threads; load average now %.2f %.2f %.2f, %d "
                            + "cores)%n",
                    System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "h2"), n, devices, rounds, paced,
                    paceMillis, threads, deviceProperties.getProcessor().getBatchSize(), threads, load[0], load[1],
                    load[2], Runtime.getRuntime().availableProcessors());
            System.out.println("| round | load (1 min) | gateway burst frames/s | p50 stored -> started (ms) | p99 (ms) "
                    + "| direct starts/s | direct p50 / p99 per start (ms) | gateway / direct | CPU ms per instance "
                    + "gateway / direct |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int r = 0; r < rounds; r++) {
                Result g = viaPort.get(r);
                Result d = direct.get(r);
                System.out.printf("| %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.1f / %.1f | %.2fx | %.2f / %.2f |%n",
                        r + 1, loads.get(r), g.rate, g.p50, g.p99, d.rate, d.p50, d.p99, g.rate / d.rate, g.cpuMillis,
                        d.cpuMillis);
            }
            Result g = median(viaPort);
            Result d = median(direct);
            System.out.printf("| median | | %.0f | %.0f | %.0f | %.0f | %.1f / %.1f | %.2fx | %.2f / %.2f |%n", g.rate,
                    g.p50, g.p99, d.rate, d.p50, d.p99, g.rate / d.rate, g.cpuMillis, d.cpuMillis);
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("CPU per instance (this JVM + its PostgreSQL backends): gateway %.2f ms, direct %.2f ms; "
                    + "%d cores to this run alone would give at most %.0f frames/s through the gateway, %.0f direct "
                    + "starts/s%n", g.cpuMillis, d.cpuMillis, cores, cores * 1000 / g.cpuMillis,
                    cores * 1000 / d.cpuMillis);
            System.out.printf("paced (one reading at a time, one reader): %.0f frames/s, stored -> started p50 %.0f ms, "
                    + "p99 %.0f ms%n", viaPortPaced.rate, viaPortPaced.p50, viaPortPaced.p99);
            System.out.printf("gateway burst / direct: %.2fx (target >= 0.8x); burst %.0f frames/s (target >= 300 on "
                    + "PostgreSQL)%n", g.rate / d.rate, g.rate);
            System.out.println("latency: gateway = frame stored -> instance started (committed with the frame marked "
                    + "processed); direct = one start call");
            long instances = (long) n * rounds;
            System.out.printf("per instance: gateway %.1f statements, %.2f commits, %.2f ms in the driver; direct %.1f "
                    + "statements, %.2f commits, %.2f ms in the driver%n", statements(gatewaySql) / (double) instances,
                    commits(gatewaySql) / (double) instances, nanos(gatewaySql) / 1e6 / instances,
                    statements(directSql) / (double) instances, commits(directSql) / (double) instances,
                    nanos(directSql) / 1e6 / instances);
            System.out.printf("%-80s %13s %15s%n", "SQL, most time in the gateway burst first (per instance)",
                    "count gw/dir", "ms gw/dir");
            for (var entry : StatementCounter.top(gatewaySql, Map.of(), Integer.getInteger("benchmark.top-sql", 15))) {
                StatementCounter.Tally gw = entry.getValue();
                StatementCounter.Tally dir = directSql.getOrDefault(entry.getKey(), new StatementCounter.Tally());
                String sql = entry.getKey();
                System.out.printf("%-80s %6.2f/%-6.2f %7.3f/%-7.3f%n", sql.length() > 80 ? sql.substring(0, 80) : sql,
                        gw.count().sum() / (double) instances, dir.count().sum() / (double) instances,
                        gw.nanos().sum() / 1e6 / instances, dir.nanos().sum() / 1e6 / instances);
            }
            System.out.println();
        }
    }

    /** Each figure's median over the rounds. */
    private static Result median(List<Result> results) {
        return new Result(median(results, Result::rate), median(results, Result::p50), median(results, Result::p99),
                median(results, Result::cpuMillis));
    }

    private static double median(List<Result> results, java.util.function.ToDoubleFunction<Result> figure) {
        double[] values = results.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** n starts of the process through the engine API, spread over {@code threads} threads. */
    private Result startDirectly(Customer member, String deviceId, int n, int threads) throws Exception {
        long[] latencies = new long[n];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long cpu0 = cpuNanos();
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
        double cpuMillis = (cpuNanos() - cpu0) / 1e6 / n;
        java.util.Arrays.sort(latencies);
        return new Result(rate, latencies[n / 2] / 1000.0, latencies[(int) (n * 0.99)] / 1000.0, cpuMillis);
    }

    private static long statements(Map<String, StatementCounter.Tally> sql) {
        return sql.entrySet().stream().filter(e -> !e.getKey().equals("COMMIT"))
                .mapToLong(e -> e.getValue().count().sum()).sum();
    }

    private static long commits(Map<String, StatementCounter.Tally> sql) {
        StatementCounter.Tally commit = sql.get("COMMIT");
        return commit == null ? 0 : commit.count().sum();
    }

    private static long nanos(Map<String, StatementCounter.Tally> sql) {
        return sql.values().stream().mapToLong(t -> t.nanos().sum()).sum();
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

    /** Per second, latencies in ms, and CPU ms per instance (this JVM and its database backends). */
    record Result(double rate, double p50, double p99, double cpuMillis) {}

    /**
     * CPU time so far, nanoseconds: this JVM (readers, processor, engine) plus, on PostgreSQL, the backends serving
     * this database (from /proc; other databases' backends, i.e. other users of the machine, are left out).
     */
    private long cpuNanos() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        if (!System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("postgres")) {
            return total;
        }
        for (Integer pid : jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()",
                Integer.class)) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime (fields 14 and 15 of proc(5)) in clock ticks of 10 ms
                total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            } catch (java.io.IOException | RuntimeException e) {
                // a backend that ended meanwhile
            }
        }
        return total;
    }

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
            long cpu0 = cpuNanos();
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
            double cpuMillis = (cpuNanos() - cpu0) / 1e6 / count;
            List<Long> latencies = new ArrayList<>();
            for (String path : paths) {
                for (StoredFrame stored : frames.recent(path, FrameStatus.PROCESSED, count)) {
                    latencies.add(Duration.between(stored.receivedAt(), stored.processedAt()).toMillis());
                }
            }
            assertThat(latencies).as("every swipe processed, none rejected").hasSize(count);
            latencies.sort(Long::compare);
            return new Result(count / seconds, latencies.get(count / 2), latencies.get((int) (count * 0.99)),
                    cpuMillis);
        } finally {
            paths.forEach(gateway::close);
        }
    }

    private void startDirectly(Customer member, String businessKey) {
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey, Map.of("frameId", 0L, "deviceId", "DIRECT",
                "cardNumber", member.getCardNumber(), "swipedAt", new Date()));
    }
}
