package com.relaycrm.device;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one serial port on its own thread: opens it (again and again while it is missing), splits what arrives into
 * lines and hands each to {@link FrameIntake}. A failure of this port never touches another port's reader.
 */
final class PortReader implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(PortReader.class);
    private static final int READ_TIMEOUT_MILLIS = 200;
    private static final int STORE_ATTEMPTS = 5;

    private final PortConfig config;
    private final PortStatus status;
    private final FrameIntake intake;
    private final int maxLineLength;
    private final Duration reopenInterval;
    private volatile boolean running = true;
    private volatile Thread thread;

    PortReader(PortConfig config, FrameIntake intake, int maxLineLength, Duration reopenInterval) {
        this.config = config;
        this.status = new PortStatus(config);
        this.intake = intake;
        this.maxLineLength = maxLineLength;
        this.reopenInterval = reopenInterval;
    }

    void start() {
        thread = new Thread(this, "device-port-" + config.deviceId());
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    PortStatus status() {
        return status;
    }

    PortConfig config() {
        return config;
    }

    @Override
    public void run() {
        boolean reported = false;
        while (running) {
            SerialPort port = null;
            try {
                port = SerialPort.getCommPort(config.path());
                port.setComPortParameters(config.baud(), config.dataBits(), config.stopBits(), config.parity());
                port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
                if (!port.openPort()) {
                    throw new IllegalStateException("cannot open " + config.path() + " (error " + port.getLastErrorCode()
                            + ")");
                }
                status.opened();
                reported = false;
                log.info("Device port {} ({} {}) open at {} baud {}", config.path(), config.type(), config.deviceId(),
                        config.baud(), config.framing());
                read(port);
                if (running) {
                    status.closed("port closed: " + config.path() + " disappeared or was disconnected");
                    log.warn("Device port {} disconnected; reopening when it comes back", config.path());
                }
            } catch (RuntimeException e) {
                status.closed(e.getMessage() == null ? e.toString() : e.getMessage());
                if (!reported) {
                    log.warn("Device port {} not available: {}; retrying every {}", config.path(), e.getMessage(),
                            reopenInterval);
                    reported = true;
                }
            } finally {
                status.closed(null);
                if (port != null && port.isOpen()) {
                    port.closePort();
                }
            }
            pause(reopenInterval);
        }
    }

    /** Reads until the port fails or the reader is stopped. */
    private void read(SerialPort port) {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream(maxLineLength);
        boolean oversize = false;
        List<FrameIntake.Line> lines = new ArrayList<>();
        while (running) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    if (!oversize && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                        bytes = Arrays.copyOf(bytes, bytes.length - 1);
                    }
                    if (bytes.length > 0 || oversize) {
                        lines.add(new FrameIntake.Line(bytes, oversize));
                    }
                    line.reset();
                    oversize = false;
                } else if (line.size() < maxLineLength) {
                    line.write(b);
                } else {
                    oversize = true;
                }
            }
            // the whole lines of this read, stored together (a burst is one commit; a line still coming waits)
            if (!lines.isEmpty()) {
                store(lines);
                lines.clear();
            }
        }
    }

    private void store(List<FrameIntake.Line> lines) {
        for (int attempt = 1; attempt <= STORE_ATTEMPTS && running; attempt++) {
            try {
                intake.accept(config, status, lines, maxLineLength);
                return;
            } catch (RuntimeException e) {
                status.storeFailed("cannot store " + lines.size() + " frame(s): " + e.getMessage());
                log.error("Device port {}: cannot store {} frame(s) (attempt {} of {})", config.path(), lines.size(),
                        attempt, STORE_ATTEMPTS, e);
                pause(reopenInterval);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
