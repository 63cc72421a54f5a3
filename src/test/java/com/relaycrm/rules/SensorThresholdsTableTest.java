package com.relaycrm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.device.SensorThresholdDecision;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** rules/alerts-sensors.drl.csv as shipped: every row reachable, first match wins, every question answered. */
class SensorThresholdsTableTest {

    static DecisionTables tables;

    @BeforeAll
    static void load() {
        tables = new DecisionTables(new PathMatchingResourcePatternResolver(), "file:rules/");
    }

    @Test
    void theTableCompilesToItsRows() {
        assertThat(tables.ruleCount("alerts-sensors")).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0} {1}: normal from {2} to {3}")
    @CsvSource({
            "COMPRESSOR,     temperature,  -10,  85",
            "compressor,     pressure,     0,    10",
            "COMPRESSOR,     vibration,    none, 7.1",
            "PRINTER,        temperature,  5,    45",
            "STERILIZER,     uv_intensity, 30,   none",
            "COFFEE_MACHINE, temperature,  none, 98",
            "STERILIZER,     temperature,  -20,  60",
            "PRINTER,        humidity,     10,   90",
            "PRINTER,        noise,        none, none",
    })
    void limits(String assetType, String metric, String min, String max) {
        SensorThresholdDecision decision = tables.decide("alerts-sensors",
                new SensorThresholdDecision(assetType, metric));
        assertThat(decision.getMin()).isEqualTo(min.equals("none") ? null : new BigDecimal(min));
        assertThat(decision.getMax()).isEqualTo(max.equals("none") ? null : new BigDecimal(max));
        assertThat(decision.getRule()).startsWith("SensorThresholds_");
    }

    @Test
    void aBreachIsOutsideTheRangeAndTheLimitsThemselvesAreNormal() {
        SensorThresholdDecision printer = tables.decide("alerts-sensors",
                new SensorThresholdDecision("PRINTER", "temperature"));
        assertThat(printer.breachedBy(new BigDecimal("45"))).isFalse();
        assertThat(printer.breachedBy(new BigDecimal("5"))).isFalse();
        assertThat(printer.breachedBy(new BigDecimal("45.01"))).isTrue();
        assertThat(printer.breachedBy(new BigDecimal("4.9"))).isTrue();
        SensorThresholdDecision unlimited = tables.decide("alerts-sensors",
                new SensorThresholdDecision("PRINTER", "noise"));
        assertThat(unlimited.breachedBy(new BigDecimal("1e9"))).isFalse();
    }
}
