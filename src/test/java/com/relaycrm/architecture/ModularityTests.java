package com.relaycrm.architecture;

import com.relaycrm.RelayCrmApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The business areas are Spring Modulith application modules: each exposes its API at its package root and keeps
 * the rest internal, and no two modules depend on each other in a cycle. Writes the module diagram (PlantUML/C4)
 * and one canvas per module into {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RelayCrmApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
