package com.relaycrm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.service.SlaTargetDecision;
import com.relaycrm.service.TriageDecision;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The service decision tables in rules/ as shipped: every row reachable, first match wins, nothing unanswered. */
class ServiceDecisionTablesTest {

    static DecisionTables tables;

    @BeforeAll
    static void load() {
        tables = new DecisionTables(new PathMatchingResourcePatternResolver(), "file:rules/");
    }

    @Test
    void theTablesCompileToTheirRows() {
        assertThat(tables.ruleCount("service-triage")).isEqualTo(8);
        assertThat(tables.ruleCount("alerts-service-sla")).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0} for a {1} customer goes to {2} with priority {3}")
    @CsvSource({
            "REPAIR,       PLATINUM, field-service, 1",
            "REPAIR,       GOLD,     field-service, 1",
            "REPAIR,       SILVER,   field-service, 2",
            "REPAIR,       NONE,     field-service, 2",
            "COMPLAINT,    GOLD,     complaints,    1",
            "COMPLAINT,    STANDARD, complaints,    2",
            "CONSULTATION, SILVER,   front-desk,    2",
            "CONSULTATION, STANDARD, front-desk,    3",
            "CONSULTATION, NONE,     front-desk,    3",
            "SUGGESTION,   PLATINUM, front-desk,    3",
            "SUGGESTION,   NONE,     front-desk,    4",
    })
    void triage(String type, String tier, String queue, int priority) {
        TriageDecision decision = tables.decide("service-triage", new TriageDecision(type, tier));
        assertThat(decision.getQueue()).isEqualTo(queue);
        assertThat(decision.getPriority()).isEqualTo(priority);
        assertThat(decision.getRule()).startsWith("ServiceTriage_");
        assertThat(decision.getTableVersion()).isEqualTo(tables.version("service-triage"));
    }

    @ParameterizedTest(name = "{0} priority {1}: first response {2}, resolution {3}")
    @CsvSource({
            "complaints,    1, PT30M, PT8H",
            "complaints,    2, PT1H,  PT24H",
            "complaints,    4, PT1H,  PT24H",
            "field-service, 1, PT1H,  PT8H",
            "field-service, 2, PT2H,  PT24H",
            "field-service, 3, PT4H,  PT48H",
            "front-desk,    2, PT2H,  PT24H",
            "front-desk,    3, PT4H,  PT48H",
            "front-desk,    4, PT8H,  PT72H",
    })
    void slaTargets(String queue, int priority, String firstResponse, String resolution) {
        SlaTargetDecision decision = tables.decide("alerts-service-sla", new SlaTargetDecision(queue, priority));
        assertThat(decision.getFirstResponse()).isEqualTo(Duration.parse(firstResponse));
        assertThat(decision.getResolution()).isEqualTo(Duration.parse(resolution));
    }

    @Test
    void aRequestTypeTheTableDoesNotKnowIsAnErrorNotASilentDefault() {
        assertThatThrownBy(() -> tables.decide("service-triage", new TriageDecision("WARRANTY_CLAIM", "GOLD")))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("service-triage").hasMessageContaining("no row matching")
                .hasMessageContaining("WARRANTY_CLAIM");
    }

    @Test
    void anUnknownTableIsNamedInTheError() {
        assertThatThrownBy(() -> tables.decide("no-such-table", new TriageDecision("REPAIR", "GOLD")))
                .hasMessageContaining("no-such-table");
    }
}
