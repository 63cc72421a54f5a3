package com.relaycrm.device;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What a well-formed frame says, one record per device type. */
public sealed interface DeviceMessage {

    DeviceType type();

    /** The device that sent it (card reader id, POS terminal id, sensor id). */
    String deviceId();

    record CardSwipe(String deviceId, String cardNumber) implements DeviceMessage {
        public DeviceType type() {
            return DeviceType.CARD;
        }
    }

    record PosTransaction(String deviceId, String transactionId, String cardNumber, BigDecimal amount,
                          List<PosLine> lines) implements DeviceMessage {
        public DeviceType type() {
            return DeviceType.POS;
        }
    }

    /** One line of a POS transaction: product category and amount. */
    record PosLine(String category, BigDecimal amount) {}

    record SensorValue(String deviceId, String assetSerial, String metric, BigDecimal value, Instant measuredAt)
            implements DeviceMessage {
        public DeviceType type() {
            return DeviceType.SENS;
        }
    }
}
