package dev.teamfit.engine;

import dev.teamfit.model.Project;
import dev.teamfit.report.JsonReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled rules as the build pre-compiles them (the executable model) conclude exactly what the
 * same DRL compiled at run time does, byte for byte, on 300 generated projects.
 */
class PrebuiltRulesTest {

    @Test
    void theBuildPrecompiledTheBundledRules() {
        RuleFolder bundled = RuleFolder.bundled();
        assertTrue(Prebuilt.load(bundled).isPresent(), "no prebuilt rules matching the bundled DRL on the class path");
    }

    @Test
    void prebuiltAndCompiledRulesAgree() throws Exception {
        RuleBase prebuilt = RuleBase.bundled();
        RuleBase compiled = RuleBase.compile(List.of(RuleFolder.of(Path.of("rules"))), RuleBase.DEFAULT_FIRING_LIMIT);
        JsonReport report = new JsonReport(prebuilt.catalog());
        int i = 0;
        for (Project project : new dev.teamfit.robust.ValidProjects(7L).projects(300)) {
            List<dev.teamfit.model.MemberLoad> loads = i++ % 5 == 0 && !project.team().isEmpty()
                    ? List.of(new dev.teamfit.model.MemberLoad(project.team().get(0).name(), 1.25, List.of("x")))
                    : List.of();
            assertEquals(report.render(compiled.assess(project, List.of(), loads)),
                    report.render(prebuilt.assess(project, List.of(), loads)), project.toString());
        }
        assertEquals(compiled.rules(), prebuilt.rules());
    }
}
