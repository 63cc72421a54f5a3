package com.relaycrm.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A pair of connected pseudo-terminals made by {@code socat}, as a serial cable between the gateway (which opens
 * {@link #gatewaySide()}) and a simulated device (the test writes to {@link #deviceSide()}). Without socat the test is
 * skipped on a developer's machine but fails when the environment variable CI is set (.ci/run installs socat).
 */
public final class SocatPty implements AutoCloseable {

    private final Path gatewaySide;
    private final Path deviceSide;
    private Process process;
    private OutputStream device;

    private SocatPty(Path gatewaySide, Path deviceSide) {
        this.gatewaySide = gatewaySide;
        this.deviceSide = deviceSide;
    }

    /** Skips the calling test without socat, unless on CI, where a missing socat fails it. */
    public static void requireSocat() {
        boolean present = System.getenv("PATH") != null && java.util.Arrays.stream(
                System.getenv("PATH").split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "socat")));
        if (!present) {
            if (System.getenv("CI") != null) {
                fail("socat is not installed, and the serial tests must run on CI (.ci/run installs it)");
            }
            Assumptions.abort("socat is not installed: serial tests skipped (they run on CI)");
        }
    }

    /** A new pair with links in a fresh temporary folder. */
    public static SocatPty start() {
        try {
            Path dir = Files.createTempDirectory("relay-pty-");
            return start(dir.resolve("gateway"), dir.resolve("device"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pair with the given links (again after {@link #close()}: the same port coming back). */
    public static SocatPty start(Path gatewaySide, Path deviceSide) {
        requireSocat();
        SocatPty pty = new SocatPty(gatewaySide, deviceSide);
        pty.restart();
        return pty;
    }

    /** Starts socat (again) on the same links and waits until both exist. */
    public void restart() {
        try {
            Files.deleteIfExists(gatewaySide);
            Files.deleteIfExists(deviceSide);
            process = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + gatewaySide,
                    "pty,raw,echo=0,link=" + deviceSide).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!(Files.exists(gatewaySide) && Files.exists(deviceSide))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("socat did not create " + gatewaySide + " and " + deviceSide);
                }
                Thread.sleep(20);
            }
            device = new FileOutputStream(deviceSide.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String gatewaySide() {
        return gatewaySide.toString();
    }

    public String deviceSide() {
        return deviceSide.toString();
    }

    /** Writes lines as a device would, each followed by CR LF. */
    public void writeLines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public void write(byte[] bytes) {
        try {
            device.write(bytes);
            device.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The port vanishes: socat ends and removes both links. */
    @Override
    public void close() {
        try {
            if (device != null) {
                device.close();
            }
        } catch (IOException ignored) {
            // the other end is going away anyway
        }
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(gatewaySide);
            Files.deleteIfExists(deviceSide);
        } catch (IOException ignored) {
            // nothing left to clean
        }
    }
}
