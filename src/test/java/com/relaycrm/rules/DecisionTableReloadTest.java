package com.relaycrm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.service.TriageDecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** An analyst edits a table in an external rules folder: good edits take effect, broken ones are refused. */
class DecisionTableReloadTest {

    @TempDir
    Path folder;

    @Test
    void anEditedTableTakesEffectWithoutARestart() throws Exception {
        Path table = copyTriageTable();
        DecisionTables tables = new DecisionTables(new PathMatchingResourcePatternResolver(), folder.toUri().toString());
        assertThat(tables.decide("service-triage", new TriageDecision("REPAIR", "NONE")).getPriority()).isEqualTo(2);
        String before = tables.version("service-triage");

        edit(table, "REPAIR,,field-service,2", "REPAIR,,field-service,3");

        TriageDecision after = tables.decide("service-triage", new TriageDecision("REPAIR", "NONE"));
        assertThat(after.getPriority()).isEqualTo(3);
        assertThat(after.getTableVersion()).isNotEqualTo(before).isEqualTo(tables.version("service-triage"));
    }

    @Test
    void aRememberedAnswerHoldsForItsInputsUntilTheTableChanges() throws Exception {
        Path table = copyTriageTable();
        DecisionTables tables = new DecisionTables(new PathMatchingResourcePatternResolver(), folder.toUri().toString());
        TriageDecision first = tables.decideRemembered("service-triage", List.of("REPAIR", "NONE"),
                new TriageDecision("REPAIR", "NONE"));
        assertThat(first.getPriority()).isEqualTo(2);
        assertThat(tables.decideRemembered("service-triage", List.of("REPAIR", "NONE"),
                new TriageDecision("REPAIR", "NONE"))).as("the same inputs: the remembered answer").isSameAs(first);
        TriageDecision gold = tables.decideRemembered("service-triage", List.of("REPAIR", "GOLD"),
                new TriageDecision("REPAIR", "GOLD"));
        assertThat(gold).as("other inputs: decided by the table").isNotSameAs(first);
        assertThat(gold.getPriority()).isEqualTo(1);

        edit(table, "REPAIR,,field-service,2", "REPAIR,,field-service,3");

        TriageDecision after = tables.decideRemembered("service-triage", List.of("REPAIR", "NONE"),
                new TriageDecision("REPAIR", "NONE"));
        assertThat(after.getPriority()).as("the edited table decides again").isEqualTo(3);
        assertThat(after.getTableVersion()).isNotEqualTo(first.getTableVersion());
    }

    @Test
    void aBrokenEditIsRefusedAndTheRulesInForceStay() throws Exception {
        Path table = copyTriageTable();
        DecisionTables tables = new DecisionTables(new PathMatchingResourcePatternResolver(), folder.toUri().toString());
        String before = tables.version("service-triage");

        edit(table, "\"t.priority($param, drools.getRule().getName());\"", "\"t.priority($param, drools.getRule(;\"");

        assertThat(tables.decide("service-triage", new TriageDecision("REPAIR", "GOLD")).getPriority()).isEqualTo(1);
        assertThat(tables.version("service-triage")).isEqualTo(before);
    }

    @Test
    void aTableWithoutRowsIsRefusedAtStartUpRatherThanDecidingNothing() throws Exception {
        String header = Files.readString(Path.of("rules/service-triage.drl.csv")).split("\nREPAIR,")[0];
        Files.writeString(folder.resolve("rowless.drl.csv"), header + "\n");
        assertThatThrownBy(() -> new DecisionTables(new PathMatchingResourcePatternResolver(), folder.toUri().toString()))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("rowless").hasMessageContaining("compiled to no rules");
    }

    @Test
    void aFileThatIsNoDecisionTableIsRefusedWithTheParsersReason() throws Exception {
        Files.writeString(folder.resolve("notes.drl.csv"), "RuleSet,x\nImport,com.relaycrm.service.TriageDecision\n");
        assertThatThrownBy(() -> new DecisionTables(new PathMatchingResourcePatternResolver(), folder.toUri().toString()))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("notes").hasMessageContaining("No RuleTable");
    }

    private Path copyTriageTable() throws IOException {
        Path table = folder.resolve("service-triage.drl.csv");
        Files.copy(Path.of("rules/service-triage.drl.csv"), table);
        return table;
    }

    /** Changes the table as a spreadsheet program saving it would, and waits out the re-check interval. */
    private static void edit(Path table, String from, String to) throws Exception {
        String content = Files.readString(table, StandardCharsets.UTF_8);
        assertThat(content).contains(from);
        Files.writeString(table, content.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(table, FileTime.from(Instant.now().plusSeconds(5)));
        Thread.sleep(1100);
    }
}
