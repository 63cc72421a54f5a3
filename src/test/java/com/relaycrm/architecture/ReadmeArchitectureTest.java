package com.relaycrm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * The README's architecture stays true: its module diagram is the one the code has (drawn from Spring Modulith's
 * view of the modules), its package table names every module, and its folder table every decision table.
 */
class ReadmeArchitectureTest {

    /** Modules every business area may use; drawn once, not as an arrow from each area. */
    static final Set<String> SHARED = Set.of("common", "process", "organisation", "security", "web", "mail", "rules",
            "scheduling");
    private static final String START = "<!-- module-diagram:start (ReadmeArchitectureTest writes it) -->";
    private static final String END = "<!-- module-diagram:end -->";

    @Test
    void theModuleDiagramIsTheOneTheCodeHas() throws IOException {
        String expected = diagram();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/module-diagram.md"), expected);
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(START).contains(END);
        String actual = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip();
        assertThat(actual).as("README's module diagram; paste target/module-diagram.md between the markers")
                .isEqualTo(expected.strip());
    }

    @Test
    void thePackageTableNamesEveryModule() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = ModularityTests.MODULES.stream().map(ApplicationModule::getName)
                .filter(name -> !readme.contains("| `" + name + "`")).sorted().toList();
        assertThat(missing).as("modules without a row in README's package table").isEmpty();
    }

    @Test
    void theFolderTableNamesEveryDecisionTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing;
        try (Stream<Path> tables = Files.list(Path.of("rules"))) {
            missing = tables.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl.csv"))
                    .map(n -> n.substring(0, n.length() - ".drl.csv".length()))
                    .filter(n -> !readme.contains("`" + n + "`")).sorted().toList();
        }
        assertThat(missing).as("decision tables README does not name").isEmpty();
    }

    /** A Mermaid graph: each business module and the business modules it uses; the shared ones in a box. */
    static String diagram() {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
        Set<String> edges = new TreeSet<>();
        Set<String> business = new TreeSet<>();
        for (ApplicationModule module : ModularityTests.MODULES) {
            String name = module.getName();
            if (SHARED.contains(name)) {
                continue;
            }
            business.add(name);
            module.getDirectDependencies(ModularityTests.MODULES).uniqueModules().map(ApplicationModule::getName)
                    .filter(target -> !SHARED.contains(target) && !target.equals(name))
                    .forEach(target -> edges.add("  " + name + " --> " + target));
        }
        business.forEach(name -> out.append("  ").append(name).append("\n"));
        edges.forEach(edge -> out.append(edge).append("\n"));
        out.append("  subgraph shared [\"used by every area\"]\n    ")
                .append(SHARED.stream().sorted().collect(Collectors.joining(" ~~~ "))).append("\n  end\n");
        return out.append("```\n").toString();
    }
}
