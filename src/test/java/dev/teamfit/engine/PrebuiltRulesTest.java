package dev.teamfit.engine;

import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Project;
import dev.teamfit.report.JsonReport;
import dev.teamfit.robust.ProjectArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled rules as the build pre-compiles them (the executable model) conclude exactly what the
 * same DRL compiled at run time does, byte for byte, on generated projects.
 */
class PrebuiltRulesTest {

    @Test
    void theBuildPrecompiledTheBundledRules() {
        RuleFolder bundled = RuleFolder.bundled();
        assertTrue(Prebuilt.load(bundled).isPresent(), "no prebuilt rules matching the bundled DRL on the class path");
    }

    @Test
    void prebuiltRulesThatDoNotMatchTheDrlAreNotUsed() {
        RuleFolder bundled = RuleFolder.bundled();
        List<RuleFolder.RuleFile> changed = new java.util.ArrayList<>(bundled.files());
        changed.set(0, new RuleFolder.RuleFile(changed.get(0).path(), changed.get(0).text() + "\n// changed\n"));
        RuleFolder edited = new RuleFolder("rules", null, bundled.catalog(), changed, bundled.tests());
        assertTrue(Prebuilt.load(edited).isEmpty());
    }

    @Test
    void theBuildListedTheBundledFilesForTheJar() throws Exception {
        RuleFolder source = RuleFolder.of(Path.of("rules"));
        byte[] list = RuleFolder.resource(getClass().getClassLoader(), RuleFolder.LIST);
        assertTrue(list != null, "no " + RuleFolder.LIST + " on the class path");
        List<String> expected = java.util.stream.Stream.concat(source.files().stream(), source.tests().stream())
                .map(RuleFolder.RuleFile::path).sorted().toList();
        assertEquals(expected, new String(list, java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }

    /** The same DRL compiled at run time, once for all tries. */
    private static RuleBase compiled;

    private static synchronized RuleBase compiled() throws RuleBuildException, java.io.IOException {
        if (compiled == null) {
            compiled = RuleBase.compile(List.of(RuleFolder.of(Path.of("rules"))), RuleBase.DEFAULT_FIRING_LIMIT);
        }
        return compiled;
    }

    @Provide
    Arbitrary<Project> projects() {
        return ProjectArbitraries.projects();
    }

    @Property(tries = 200, seed = "7")
    void prebuiltAndCompiledRulesAgree(@ForAll("projects") Project project, @ForAll boolean bookedElsewhere)
            throws Exception {
        RuleBase prebuilt = RuleBase.bundled();
        JsonReport report = new JsonReport(prebuilt.catalog(), false, false);
        List<MemberLoad> loads = bookedElsewhere && !project.team().isEmpty()
                ? List.of(new MemberLoad(project.team().get(0).name(), 1.25, List.of("x")))
                : List.of();
        assertEquals(report.assessment(compiled().assess(project, List.of(), loads)),
                report.assessment(prebuilt.assess(project, List.of(), loads)));
    }

    @Test
    void prebuiltAndCompiledRulesListTheSameRules() throws Exception {
        assertEquals(compiled().rules(), RuleBase.bundled().rules());
    }
}
