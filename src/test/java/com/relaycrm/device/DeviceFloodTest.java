package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.relaycrm.customer.Asset;
import com.relaycrm.device.handlers.SensorReadingRepository;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.SocatPty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A flood of random and malformed frames (100,000 by default, {@code -Ddevice.flood.frames=N}) through a real
 * pseudo-terminal: every line is stored, the bad ones rejected with a reason, the valid ones in between processed,
 * and the reader stays up.
 */
@RelayIntegrationTest
class DeviceFloodTest {

    private static final int VALID_EVERY = 1000;

    @Autowired DeviceGateway gateway;
    @Autowired FrameStore frames;
    @Autowired SensorReadingRepository readings;
    @Autowired Fixtures fixtures;

    @Test
    void aFloodOfBadFramesIsRejectedWhileTheValidOnesInBetweenAreProcessed() {
        SocatPty.requireSocat();
        int total = Integer.getInteger("device.flood.frames", 100_000);
        Asset asset = fixtures.assetInWarranty(fixtures.company());
        String deviceId = "FLOOD-" + UUID.randomUUID().toString().substring(0, 8);
        try (SocatPty pty = SocatPty.start()) {
            gateway.open(new PortConfig(pty.gatewaySide(), 115200, "8N1", DeviceType.SENS, deviceId));
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> gateway.port(pty.gatewaySide()).orElseThrow().open());
                Random random = new Random(42);
                int valid = 0;
                long started = System.nanoTime();
                ByteArrayOutputStream chunk = new ByteArrayOutputStream();
                for (int i = 1; i <= total; i++) {
                    if (i % VALID_EVERY == 0) {
                        chunk.writeBytes(line(FrameProtocol.frame("SENS|" + deviceId + "|" + asset.getSerialNumber()
                                + "|temperature|" + (20 + random.nextInt(10)) + ".5|" + Instant.now())));
                        valid++;
                    } else {
                        chunk.writeBytes(bad(random, deviceId, asset.getSerialNumber()));
                    }
                    if (chunk.size() > 32 * 1024) {
                        pty.write(chunk.toByteArray());
                        chunk.reset();
                    }
                }
                pty.write(chunk.toByteArray());
                int expectedValid = valid;

                await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    Map<FrameStatus, Long> counts = frames.countByStatus(pty.gatewaySide());
                    return counts.get(FrameStatus.RECEIVED) == 0
                            && counts.get(FrameStatus.PROCESSED) + counts.get(FrameStatus.REJECTED) >= total;
                });
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("Device flood: %d frames stored and processed in %.1f s (%.0f frames/s)%n", total,
                        seconds, total / seconds);

                Map<FrameStatus, Long> counts = frames.countByStatus(pty.gatewaySide());
                assertThat(counts.get(FrameStatus.PROCESSED)).isEqualTo(expectedValid);
                assertThat(counts.get(FrameStatus.REJECTED)).isEqualTo(total - expectedValid);
                assertThat(readings.findByAssetIdOrderById(asset.getId())).hasSize(expectedValid)
                        .allSatisfy(reading -> assertThat(reading.isBreach()).isFalse());
                PortState state = gateway.port(pty.gatewaySide()).orElseThrow();
                assertThat(state.open()).isTrue();
                assertThat(state.framesStored()).isEqualTo(total);
                assertThat(state.storeErrors()).isZero();
            } finally {
                gateway.close(pty.gatewaySide());
            }
        }
    }

    /** One bad line of a random kind (never containing a newline, never blank). */
    private static byte[] bad(Random random, String deviceId, String serial) {
        String good = FrameProtocol.frame("SENS|" + deviceId + "|" + serial + "|temperature|21.5|2026-11-20T08:00:00Z");
        return switch (random.nextInt(9)) {
            case 0 -> {
                byte[] noise = new byte[1 + random.nextInt(60)];
                for (int i = 0; i < noise.length; i++) {
                    byte b;
                    do {
                        b = (byte) random.nextInt(256);
                    } while (b == '\n' || b == '\r');
                    noise[i] = b;
                }
                yield withNewline(noise);
            }
            case 1 -> line(good.substring(0, good.length() - 2) + (good.endsWith("00") ? "01" : "00"));
            case 2 -> line(FrameProtocol.frame("SENS|INTRUDER-" + random.nextInt(99) + "|" + serial
                    + "|temperature|21.5|2026-11-20T08:00:00Z"));
            case 3 -> line("X".repeat(257 + random.nextInt(400)));
            case 4 -> line(FrameProtocol.frame("CARD|" + deviceId + "|6200000000000003"));
            case 5 -> line(FrameProtocol.frame("SENS|" + deviceId + "|" + serial + "|temperature|hot|2026-11-20T08:00:00Z"));
            case 6 -> line(good.substring(0, random.nextInt(good.length() - 3) + 1));
            case 7 -> line(FrameProtocol.frame("SENS|" + deviceId + "|" + serial + "|temperature|21.5|yesterday"));
            default -> line(FrameProtocol.frame("POS|" + deviceId + "|TX|CARD|-5"));
        };
    }

    private static byte[] line(String text) {
        return withNewline(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] withNewline(byte[] bytes) {
        byte[] line = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, line, 0, bytes.length);
        line[bytes.length] = '\n';
        return line;
    }
}
