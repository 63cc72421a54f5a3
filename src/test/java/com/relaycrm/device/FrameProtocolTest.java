package com.relaycrm.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.device.DeviceMessage.CardSwipe;
import com.relaycrm.device.DeviceMessage.PosLine;
import com.relaycrm.device.DeviceMessage.PosTransaction;
import com.relaycrm.device.DeviceMessage.SensorValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line protocol as the README documents it (the examples there are these). */
class FrameProtocolTest {

    @Test
    void theReadmeExamplesParse() {
        assertThat(FrameProtocol.parse("CARD|R1|6200000000000003*70"))
                .isEqualTo(new CardSwipe("R1", "6200000000000003"));
        assertThat(FrameProtocol.parse("POS|T1|TX000123|6200000000000004|6000.00|COMPUTER:6000.00*64"))
                .isEqualTo(new PosTransaction("T1", "TX000123", "6200000000000004", new BigDecimal("6000.00"),
                        List.of(new PosLine("COMPUTER", new BigDecimal("6000.00")))));
        assertThat(FrameProtocol.parse("SENS|S1|AC75-2019-0042|temperature|97.5|2026-11-23T08:00:00Z*61"))
                .isEqualTo(new SensorValue("S1", "AC75-2019-0042", "temperature", new BigDecimal("97.5"),
                        Instant.parse("2026-11-23T08:00:00Z")));
    }

    @Test
    void theChecksumIsTheXorOfThePayloadInHexAndLowerCaseIsAccepted() {
        assertThat(FrameProtocol.checksum("CARD|R1|6200000000000003")).isEqualTo("70");
        assertThat(FrameProtocol.parse("CARD|R1|6200000000000003*70")).isInstanceOf(CardSwipe.class);
        assertThat(FrameProtocol.frame("POS|T1|X|CARD1|1")).endsWith("*" + FrameProtocol.checksum("POS|T1|X|CARD1|1"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "CARD|R1|6200000000000003*71; bad checksum: 71, expected 70",
            "CARD|R1|6200000000000003; garbage: no *checksum",
            "CARD|R1|6200000000000003*7; garbage: no *checksum",
            "FOO|R1|1234; unknown frame type 'FOO'",
            "CARD|R1; malformed CARD frame: 2 fields",
            "CARD|R1|12; malformed CARD frame: cardNo '12'",
            "POS|T1|TX1|CARD1|-5; malformed POS frame: amount '-5'",
            "POS|T1|TX1|CARD1|0; malformed POS frame: amount must be positive",
            "POS|T1|TX1|CARD1|10|FOOD; malformed POS line 1: 'FOOD'",
            "SENS|S1|A1|temperature|hot|2026-11-23T08:00:00Z; malformed SENS frame: value 'hot'",
            "SENS|S1|A1|temperature|20|yesterday; malformed SENS frame: timestamp 'yesterday'",
            "SENS|S1|A1|Temperature|20|2026-11-23T08:00:00Z; malformed SENS frame: metric 'Temperature'",
    })
    void badFramesAreRejectedWithAReason(String payload, String reason) {
        String line = payload.contains("*") || payload.startsWith("CARD|R1|6200000000000003") ? payload
                : FrameProtocol.frame(payload);
        assertThatThrownBy(() -> FrameProtocol.parse(line)).isInstanceOf(FrameRejectedException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void nonAsciiBytesAreGarbage() {
        assertThatThrownBy(() -> FrameProtocol.text("CARD|R1|\u00e9".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("garbage: byte 0xC3");
    }

    @Test
    void portFramingIsReadFromItsShortForm() {
        PortConfig port = new PortConfig("/dev/ttyS0", null, "7e2", DeviceType.POS, "T1");
        assertThat(port.baud()).isEqualTo(9600);
        assertThat(port.dataBits()).isEqualTo(7);
        assertThat(port.parity()).isEqualTo(com.fazecast.jSerialComm.SerialPort.EVEN_PARITY);
        assertThat(port.stopBits()).isEqualTo(com.fazecast.jSerialComm.SerialPort.TWO_STOP_BITS);
        assertThatThrownBy(() -> new PortConfig("/dev/ttyS0", 9600, "9X1", DeviceType.POS, "T1"))
                .hasMessageContaining("framing");
    }
}
