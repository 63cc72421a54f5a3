package com.relaycrm.architecture;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.process.ProcessGateway;
import com.relaycrm.process.ProcessStarter;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

/**
 * A process is started, moved and queried only by its {@link ProcessGateway} (and the process plumbing in
 * {@code com.relaycrm.process}); everything else asks the gateway. And outside the gateways no code names a process
 * variable with a string literal: the gateway's constants are the one spelling, checked against the diagram by
 * {@link ProcessModelContractTest}.
 */
class ProcessAccessTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.relaycrm");

    /** A variable read or written with a literal name: getVariable("x"), requiredString(execution, "x")... */
    private static final Pattern LITERAL_VARIABLE = Pattern.compile("(get|set|remove)Variables?(Local)?\\(\\s*\""
            + "|(requiredString|optionalString|optionalLong|requiredLong|requiredInt|optionalDate|optionalDecimal"
            + "|requiredDecimal|flag|setIfChanged)\\([^,()]+,\\s*\"");

    @Test
    void onlyGatewaysAndTheProcessPlumbingUseTheEnginesRuntimeTaskAndJobServices() {
        noClasses().that().resideOutsideOfPackage("com.relaycrm.process..")
                .and(are(notPartOfAGateway()))
                .should().dependOnClassesThat().belongToAnyOf(RuntimeService.class, TaskService.class,
                        ManagementService.class, ProcessStarter.class)
                .because("a process is started, moved and queried only through its @ProcessGateway")
                .check(MAIN);
    }

    /** Neither a gateway nor a class nested in one. */
    private static DescribedPredicate<JavaClass> notPartOfAGateway() {
        return DescribedPredicate.describe("not part of a @ProcessGateway", type -> {
            for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
                if (c.isAnnotatedWith(ProcessGateway.class)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void outsideGatewaysNoProcessVariableIsNamedByALiteral() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/relaycrm"))) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(Path.of("src/main/java/com/relaycrm/process")))
                    .flatMap(ProcessAccessTest::literalVariables).toList();
        }
        assertThat(found).as("process variables named by a literal outside a @ProcessGateway").isEmpty();
    }

    private static Stream<String> literalVariables(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.stream().anyMatch(line -> line.startsWith("@ProcessGateway"))) {
                return Stream.empty();
            }
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> LITERAL_VARIABLE.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
