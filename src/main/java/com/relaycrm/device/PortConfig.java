package com.relaycrm.device;

import com.fazecast.jSerialComm.SerialPort;
import com.relaycrm.common.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One serial port of {@code relay.devices.ports}: its path (e.g. {@code /dev/ttyUSB0}, or a symbolic link to it),
 * speed, framing ({@code 8N1}: data bits, parity N/E/O/M/S, stop bits 1/1.5/2), and the one device behind it.
 */
public record PortConfig(String path, Integer baud, String framing, DeviceType type, String deviceId) {

    private static final Pattern FRAMING = Pattern.compile("([5-8])([NEOMS])(1|1\\.5|2)");

    public PortConfig {
        if (path == null || path.isBlank()) {
            throw new InvalidInputException("path", "is required");
        }
        if (type == null) {
            throw new InvalidInputException("type", "is required (CARD, POS or SENS) for port " + path);
        }
        if (deviceId == null || deviceId.isBlank()) {
            throw new InvalidInputException("deviceId", "is required for port " + path);
        }
        baud = baud == null ? 9600 : baud;
        framing = framing == null || framing.isBlank() ? "8N1" : framing.trim().toUpperCase();
        if (!FRAMING.matcher(framing).matches()) {
            throw new InvalidInputException("framing", "'" + framing + "' is not like 8N1 (data bits, parity, stop bits)");
        }
    }

    int dataBits() {
        return Integer.parseInt(parts().group(1));
    }

    int parity() {
        return switch (parts().group(2)) {
            case "E" -> SerialPort.EVEN_PARITY;
            case "O" -> SerialPort.ODD_PARITY;
            case "M" -> SerialPort.MARK_PARITY;
            case "S" -> SerialPort.SPACE_PARITY;
            default -> SerialPort.NO_PARITY;
        };
    }

    int stopBits() {
        return switch (parts().group(3)) {
            case "2" -> SerialPort.TWO_STOP_BITS;
            case "1.5" -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            default -> SerialPort.ONE_STOP_BIT;
        };
    }

    private Matcher parts() {
        Matcher matcher = FRAMING.matcher(framing);
        matcher.matches();
        return matcher;
    }
}
