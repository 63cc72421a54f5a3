package com.relaycrm.device;

import com.fazecast.jSerialComm.SerialPort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes realistic frames to a serial port, for demos and trying the gateway without hardware (see README,
 * "Device gateway"). Pair it with the gateway through socat:
 * <pre>
 * socat -d -d pty,raw,echo=0,link=/tmp/ttyRelay0 pty,raw,echo=0,link=/tmp/ttySim0 &amp;
 * java -cp "target/classes:$(cat target/classpath.txt)" com.relaycrm.device.DeviceSimulator \
 *      --port /tmp/ttySim0 --type SENS --device S1 --asset AC75-2019-0042 --count 20 --interval-ms 500
 * </pre>
 * Options: --port (required), --type CARD|POS|SENS, --device id, --card number (CARD, POS), --asset serial and
 * --metric (SENS), --count (0 = forever), --interval-ms, --baud, --bad-percent (share of malformed frames).
 */
public final class DeviceSimulator {

    private DeviceSimulator() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        String path = options.get("port");
        if (path == null) {
            System.err.println("usage: DeviceSimulator --port /tmp/ttySim0 [--type CARD|POS|SENS] [--device R1] "
                    + "[--card 6200000000000003] [--asset AC75-2019-0042] [--metric temperature] [--count 10] "
                    + "[--interval-ms 1000] [--baud 9600] [--bad-percent 0]");
            System.exit(2);
        }
        DeviceType type = DeviceType.valueOf(options.getOrDefault("type", "CARD").toUpperCase());
        String device = options.getOrDefault("device", type == DeviceType.POS ? "T1" : type == DeviceType.SENS
                ? "S1" : "R1");
        int count = Integer.parseInt(options.getOrDefault("count", "10"));
        long interval = Long.parseLong(options.getOrDefault("interval-ms", "1000"));
        int badPercent = Integer.parseInt(options.getOrDefault("bad-percent", "0"));
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(Integer.parseInt(options.getOrDefault("baud", "9600")), 8, SerialPort.ONE_STOP_BIT,
                SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
        if (!port.openPort()) {
            System.err.println("cannot open " + path + " (error " + port.getLastErrorCode() + ")");
            System.exit(1);
        }
        Random random = new Random();
        try {
            for (int i = 1; count == 0 || i <= count; i++) {
                String frame = random.nextInt(100) < badPercent ? malformed(random)
                        : frame(type, device, i, options, random);
                byte[] bytes = (frame + "\r\n").getBytes(StandardCharsets.US_ASCII);
                port.writeBytes(bytes, bytes.length);
                System.out.println(frame);
                Thread.sleep(interval);
            }
        } finally {
            port.closePort();
        }
    }

    /** A well-formed frame of the given type, with plausible values. */
    static String frame(DeviceType type, String device, int sequence, Map<String, String> options, Random random) {
        return switch (type) {
            case CARD -> FrameProtocol.frame("CARD|" + device + "|" + options.getOrDefault("card", "6200000000000003"));
            case POS -> {
                BigDecimal a = money(random, 20, 800);
                BigDecimal b = money(random, 5, 200);
                yield FrameProtocol.frame("POS|" + device + "|TX" + System.currentTimeMillis() + "-" + sequence + "|"
                        + options.getOrDefault("card", "6200000000000004") + "|" + a.add(b).toPlainString()
                        + "|COMPUTER:" + a.toPlainString() + "|OTHER:" + b.toPlainString());
            }
            case SENS -> {
                String metric = options.getOrDefault("metric", "temperature");
                // mostly normal, now and then above the usual limits of the alerts-sensors table
                double value = random.nextInt(20) == 0 ? 95 + random.nextDouble() * 10 : 40 + random.nextGaussian() * 5;
                yield FrameProtocol.frame("SENS|" + device + "|" + options.getOrDefault("asset", "AC75-2019-0042")
                        + "|" + metric + "|" + BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "|" + Instant.now());
            }
        };
    }

    /** Line noise or a corrupted frame. */
    static String malformed(Random random) {
        if (random.nextBoolean()) {
            return FrameProtocol.frame("CARD|R1|6200000000000003").replace('6', '7');
        }
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 5 + random.nextInt(30); i++) {
            noise.append((char) (0x21 + random.nextInt(0x5D)));
        }
        return noise.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    private static BigDecimal money(Random random, int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt((max - min) * 100) / 100.0).setScale(2, RoundingMode.HALF_UP);
    }
}
