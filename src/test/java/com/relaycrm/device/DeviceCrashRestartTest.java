package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.relaycrm.RelayCrmApplication;
import com.relaycrm.support.SocatPty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost or done twice across a crash: the application runs as a separate JVM (the test
 * class path), reads card swipes from a socat pseudo-terminal, is killed with {@code destroyForcibly} (SIGKILL) while
 * processing, and is started again on the same database and port. Every stored frame must end up PROCESSED with
 * exactly one card-swipe process instance, except the line the killed reader had half read: its rest arrives as a
 * fragment and is rejected (bad checksum or garbage); lines read but not yet stored when killed were never
 * acknowledged and may be missing. On H2 (a file database under target/) by default; on PostgreSQL (a
 * database named after RELAY_DB_URL's plus {@code _crash}) when the postgres profile is active.
 */
class DeviceCrashRestartTest {

    private static final int FRAMES = 400;
    private static final Duration START = Duration.ofMinutes(4);

    @Test
    void aFrameStoredBeforeAKillIsProcessedExactlyOnceAfterTheRestart() throws Exception {
        SocatPty.requireSocat();
        Path dir = Files.createDirectories(Path.of("target", "device-crash-" + UUID.randomUUID().toString()
                .substring(0, 8)).toAbsolutePath());
        Database database = Database.prepare(dir);
        String deviceId = "R-CRASH";
        try (SocatPty pty = SocatPty.start()) {
            Process first = launch(database, pty.gatewaySide(), deviceId, dir.resolve("first.log"));
            try {
                awaitPortOpen(first, dir.resolve("first.log"), pty.gatewaySide());
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < FRAMES; i++) {
                    lines.add(FrameProtocol.frame("CARD|" + deviceId + "|NEW-" + String.format("%06d", i)));
                }
                pty.writeLines(lines.toArray(String[]::new));
                // kill while frames are being processed: some done, more stored and waiting
                await().atMost(START).pollInterval(Duration.ofMillis(50))
                        .until(() -> database.count("status = 'PROCESSED'") >= FRAMES / 10);
            } finally {
                first.destroyForcibly().waitFor();
            }
            long storedAtKill = database.count("1 = 1");
            long processedAtKill = database.count("status = 'PROCESSED'");
            System.out.printf("Killed with %d frames stored, %d processed%n", storedAtKill, processedAtKill);

            Process second = launch(database, pty.gatewaySide(), deviceId, dir.resolve("second.log"));
            try {
                // not a look into the database until the application owns it again (an embedded H2 is locked by
                // whichever process opens it first)
                awaitPortOpen(second, dir.resolve("second.log"), pty.gatewaySide());
                // the second run also reads what was still in the pty; wait until all is read and processed
                long[] previous = {-1};
                await().atMost(START).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
                    long now = database.count("1 = 1");
                    boolean settled = now == previous[0] && database.count("status = 'RECEIVED'") == 0;
                    previous[0] = now;
                    return settled;
                });
                // whatever was read before the kill (or after it, by the second run) is processed exactly once
                long stored = database.count("1 = 1");
                assertThat(stored).isGreaterThanOrEqualTo(storedAtKill).isLessThanOrEqualTo(FRAMES);
                assertThat(database.count("status = 'RECEIVED'")).isZero();
                // the line the killed reader was half-way through arrives as a fragment: rejected, never a swipe
                assertThat(database.count("status = 'REJECTED'")).isLessThanOrEqualTo(1);
                assertThat(database.count("status = 'REJECTED' and reason not like 'bad checksum%' "
                        + "and reason not like 'garbage%' and reason not like 'malformed%'")).isZero();
                long processed = database.count("status = 'PROCESSED'");
                assertThat(processed).isGreaterThanOrEqualTo(processedAtKill).isGreaterThan(stored - 2);
                assertThat(database.duplicateInstances()).isZero();
                assertThat(database.framesWithoutInstance()).isZero();
                assertThat(database.instances()).isEqualTo(processed);
            } finally {
                second.destroy();
                second.waitFor();
            }
        } finally {
            database.drop();
        }
    }

    private static Process launch(Database database, String port, String deviceId, Path log) throws IOException {
        // the application's classes and libraries, without test classes (their components would join the context)
        String classPath = java.util.Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx512m", "-cp", classPath, RelayCrmApplication.class.getName(),
                "--server.port=0", "--relay.demo-data.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                "--relay.devices.ports[0].path=" + port, "--relay.devices.ports[0].type=CARD",
                "--relay.devices.ports[0].device-id=" + deviceId, "--relay.devices.ports[0].baud=115200",
                "--relay.devices.processor.poll-interval=PT0.5S"));
        command.addAll(database.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(database.environment());
        return builder.start();
    }

    private static void awaitPortOpen(Process app, Path log, String port) {
        await().atMost(START).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application ended; see " + log);
            }
            return Files.readString(log).contains("Device port " + port + " (CARD");
        });
    }

    /** The database of the two runs, and counting in it from the test. */
    record Database(String url, String user, String password, boolean postgres) {

        static Database prepare(Path dir) throws SQLException {
            String profile = System.getenv("SPRING_PROFILES_ACTIVE");
            String pgUrl = System.getenv("RELAY_DB_URL");
            if (profile != null && profile.contains("postgres") && pgUrl != null) {
                String user = System.getenv().getOrDefault("RELAY_DB_USER", "postgres");
                String password = System.getenv().getOrDefault("RELAY_DB_PASSWORD", "");
                String base = pgUrl.substring(0, pgUrl.lastIndexOf('/') + 1);
                String name = pgUrl.substring(pgUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_crash";
                try (Connection admin = DriverManager.getConnection(base + "postgres", user, password);
                     Statement statement = admin.createStatement()) {
                    statement.execute("drop database if exists " + name + " with (force)");
                    statement.execute("create database " + name);
                }
                return new Database(base + name, user, password, true);
            }
            // WRITE_DELAY=0: a commit is on disk before it returns, as PostgreSQL's is (H2 delays by default)
            return new Database("jdbc:h2:file:" + dir.resolve("relay") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "",
                    false);
        }

        /** A PostgreSQL database of the two runs is dropped afterwards (an H2 file stays under target/). */
        void drop() throws SQLException {
            if (!postgres) {
                return;
            }
            String base = url.substring(0, url.lastIndexOf('/') + 1);
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection admin = DriverManager.getConnection(base + "postgres", user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }

        List<String> arguments() {
            return postgres ? List.of() : List.of("--relay.datasource.h2-url=" + url);
        }

        java.util.Map<String, String> environment() {
            return postgres ? java.util.Map.of("SPRING_PROFILES_ACTIVE", "postgres", "RELAY_DB_URL", url,
                    "RELAY_DB_USER", user, "RELAY_DB_PASSWORD", password)
                    : java.util.Map.of("SPRING_PROFILES_ACTIVE", "default");
        }

        long count(String condition) throws SQLException {
            return single("select count(*) from device_frame where " + condition);
        }

        /** Frames that started more than one card-swipe instance. */
        long duplicateInstances() throws SQLException {
            return single("select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ = "
                    + "'card-swipe' group by business_key_ having count(*) > 1) d");
        }

        long framesWithoutInstance() throws SQLException {
            return single("select count(*) from device_frame f where f.status = 'PROCESSED' and not exists (select 1 from act_hi_procinst p "
                    + "where p.proc_def_key_ = 'card-swipe' and p.business_key_ = concat('FRAME-', "
                    + "cast(f.id as varchar(20))))");
        }

        long instances() throws SQLException {
            return single("select count(*) from act_hi_procinst where proc_def_key_ = 'card-swipe'");
        }

        private long single(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
