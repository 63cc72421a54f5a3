package com.relaycrm.device;

import com.relaycrm.device.DeviceMessage.CardSwipe;
import com.relaycrm.device.DeviceMessage.PosLine;
import com.relaycrm.device.DeviceMessage.PosTransaction;
import com.relaycrm.device.DeviceMessage.SensorValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The line protocol of the devices (see README, "Device gateway"). A frame is one line of printable ASCII ending in
 * {@code \n} (a {@code \r} before it is ignored): fields separated by {@code |}, then {@code *} and the checksum,
 * two hex digits of the XOR of every byte before the {@code *} (as in NMEA 0183).
 * <pre>
 * CARD|&lt;deviceId&gt;|&lt;cardNo&gt;*CS
 * POS|&lt;terminalId&gt;|&lt;txId&gt;|&lt;cardNo&gt;|&lt;amount&gt;[|&lt;category&gt;:&lt;amount&gt;]...*CS
 * SENS|&lt;deviceId&gt;|&lt;assetSerial&gt;|&lt;metric&gt;|&lt;value&gt;|&lt;ISO-8601 instant&gt;*CS
 * </pre>
 */
public final class FrameProtocol {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern CARD = Pattern.compile("[A-Za-z0-9-]{4,40}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern VALUE = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");
    private static final int MAX_POS_LINES = 100;

    private FrameProtocol() {
    }

    /** The frame for a payload such as {@code CARD|R1|6200000000000003}: the payload, {@code *}, its checksum. */
    public static String frame(String payload) {
        return payload + "*" + checksum(payload);
    }

    public static String checksum(String payload) {
        int sum = 0;
        for (byte b : payload.getBytes(StandardCharsets.US_ASCII)) {
            sum ^= b & 0xFF;
        }
        return String.format("%02X", sum);
    }

    /** The line as text if it is printable ASCII; otherwise the frame is garbage. */
    static String text(byte[] line) {
        for (byte b : line) {
            if (b < 0x20 || b > 0x7E) {
                throw new FrameRejectedException(String.format("garbage: byte 0x%02X is not printable ASCII", b & 0xFF));
            }
        }
        return new String(line, StandardCharsets.US_ASCII);
    }

    /** Parses and checks one line (without its newline); the message, or a rejection naming what is wrong. */
    public static DeviceMessage parse(String line) {
        int star = line.lastIndexOf('*');
        if (star < 0 || star != line.length() - 3) {
            throw new FrameRejectedException("garbage: no *checksum at the end");
        }
        String payload = line.substring(0, star);
        String given = line.substring(star + 1).toUpperCase(Locale.ROOT);
        String expected = checksum(payload);
        if (!expected.equals(given)) {
            throw new FrameRejectedException("bad checksum: " + given + ", expected " + expected);
        }
        String[] fields = payload.split("\\|", -1);
        DeviceType type;
        try {
            type = DeviceType.valueOf(fields[0]);
        } catch (IllegalArgumentException e) {
            throw new FrameRejectedException("unknown frame type '" + abbreviate(fields[0]) + "'");
        }
        return switch (type) {
            case CARD -> card(fields);
            case POS -> pos(fields);
            case SENS -> sensor(fields);
        };
    }

    private static CardSwipe card(String[] f) {
        fieldCount(f, 3, "CARD|deviceId|cardNo");
        return new CardSwipe(field(f, 1, "deviceId", ID), field(f, 2, "cardNo", CARD));
    }

    private static PosTransaction pos(String[] f) {
        if (f.length < 5 || f.length > 5 + MAX_POS_LINES) {
            throw new FrameRejectedException("malformed POS frame: " + f.length
                    + " fields, expected POS|terminal|txId|cardNo|amount|category:amount...");
        }
        List<PosLine> lines = new ArrayList<>();
        for (int i = 5; i < f.length; i++) {
            String[] line = f[i].split(":", -1);
            if (line.length != 2 || !CATEGORY.matcher(line[0]).matches() || !AMOUNT.matcher(line[1]).matches()) {
                throw new FrameRejectedException("malformed POS line " + (i - 4) + ": '" + abbreviate(f[i])
                        + "', expected category:amount");
            }
            lines.add(new PosLine(line[0].toUpperCase(Locale.ROOT), new BigDecimal(line[1])));
        }
        BigDecimal amount = new BigDecimal(field(f, 4, "amount", AMOUNT));
        if (amount.signum() <= 0) {
            throw new FrameRejectedException("malformed POS frame: amount must be positive");
        }
        return new PosTransaction(field(f, 1, "terminal", ID), field(f, 2, "txId", ID), field(f, 3, "cardNo", CARD),
                amount, List.copyOf(lines));
    }

    private static SensorValue sensor(String[] f) {
        fieldCount(f, 6, "SENS|deviceId|assetSerial|metric|value|timestamp");
        Instant at;
        try {
            at = Instant.parse(f[5]);
        } catch (DateTimeParseException e) {
            throw new FrameRejectedException("malformed SENS frame: timestamp '" + abbreviate(f[5])
                    + "' is not an ISO-8601 instant");
        }
        return new SensorValue(field(f, 1, "deviceId", ID), field(f, 2, "assetSerial", ID),
                field(f, 3, "metric", METRIC), new BigDecimal(field(f, 4, "value", VALUE)), at);
    }

    private static void fieldCount(String[] f, int expected, String format) {
        if (f.length != expected) {
            throw new FrameRejectedException("malformed " + f[0] + " frame: " + f.length + " fields, expected "
                    + format);
        }
    }

    private static String field(String[] f, int index, String name, Pattern pattern) {
        if (!pattern.matcher(f[index]).matches()) {
            throw new FrameRejectedException("malformed " + f[0] + " frame: " + name + " '" + abbreviate(f[index])
                    + "' is not valid");
        }
        return f[index];
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
