package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.relaycrm.support.ApplicationJvm;
import com.relaycrm.support.SocatPty;
import com.relaycrm.support.StoredFrames;
import com.relaycrm.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        TestDatabase testDatabase = TestDatabase.prepare(dir, "crash");
        StoredFrames database = new StoredFrames(testDatabase);
        String deviceId = "R-CRASH";
        try (SocatPty pty = SocatPty.start()) {
            ApplicationJvm first = launch("first run", testDatabase, pty.gatewaySide(), deviceId,
                    dir.resolve("first.log"));
            try {
                first.awaitLog("Device port " + pty.gatewaySide() + " (CARD", START);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < FRAMES; i++) {
                    lines.add(FrameProtocol.frame("CARD|" + deviceId + "|NEW-" + String.format("%06d", i)));
                }
                pty.writeLines(lines.toArray(String[]::new));
                // kill while frames are being processed: some done, more stored and waiting
                await().atMost(START).pollInterval(Duration.ofMillis(50))
                        .until(() -> database.count("status = 'PROCESSED'") >= FRAMES / 10);
            } finally {
                first.kill();
            }
            long storedAtKill = database.count("1 = 1");
            long processedAtKill = database.count("status = 'PROCESSED'");
            System.out.printf("Killed with %d frames stored, %d processed%n", storedAtKill, processedAtKill);

            ApplicationJvm second = launch("second run", testDatabase, pty.gatewaySide(), deviceId,
                    dir.resolve("second.log"));
            try {
                // not a look into the database until the application owns it again (an embedded H2 is locked by
                // whichever process opens it first)
                second.awaitLog("Device port " + pty.gatewaySide() + " (CARD", START);
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
                second.close();
            }
        } finally {
            testDatabase.drop();
        }
    }

    private static ApplicationJvm launch(String name, TestDatabase database, String port, String deviceId, Path log)
            throws IOException {
        return ApplicationJvm.start(name, database, List.of("--server.port=0", "--relay.demo-data.enabled=false",
                "--camunda.bpm.job-execution.enabled=false", "--relay.devices.ports[0].path=" + port,
                "--relay.devices.ports[0].type=CARD", "--relay.devices.ports[0].device-id=" + deviceId,
                "--relay.devices.ports[0].baud=115200", "--relay.devices.processor.poll-interval=PT0.5S"), Map.of(), log);
    }
}
