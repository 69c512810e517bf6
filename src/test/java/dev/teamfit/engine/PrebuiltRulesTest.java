package dev.teamfit.engine;

import dev.teamfit.model.Project;
import dev.teamfit.report.JsonReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled rules as the build pre-compiles them (the executable model) conclude exactly what the
 * same DRL compiled at run time does, byte for byte, on 300 generated projects.
 */
class PrebuiltRulesTest {

    @Test
    void theBuildPrecompiledTheBundledRules() {
        RuleFolder bundled = RuleFolder.bundled();
        assertTrue(Prebuilt.load(bundled, true).isPresent(), "no prebuilt rules matching the bundled DRL on the class path");
        assertTrue(Prebuilt.current(bundled));
    }

    @Test
    void prebuiltRulesThatDoNotMatchTheDrlAreNotUsed() {
        RuleFolder bundled = RuleFolder.bundled();
        List<RuleFolder.RuleFile> changed = new java.util.ArrayList<>(bundled.files());
        changed.set(0, new RuleFolder.RuleFile(changed.get(0).path(), changed.get(0).text() + "\n// changed\n"));
        RuleFolder edited = new RuleFolder("rules", null, bundled.catalog(), changed, bundled.tests());
        assertTrue(Prebuilt.load(edited, true).isEmpty());
        assertFalse(Prebuilt.current(edited));
    }

    @Test
    void theBuildKeptTheBundledCatalogAsEqualJson() throws Exception {
        RuleFolder bundled = RuleFolder.bundled();
        byte[] json = Prebuilt.catalogJson(bundled);
        assertTrue(json != null, "no " + Prebuilt.CATALOG_JSON + " matching the bundled catalog");
        var fromJson = dev.teamfit.input.CatalogReader.read("catalog.json", json,
                dev.teamfit.input.TreeReader.Syntax.JSON, false);
        var fromYaml = dev.teamfit.input.CatalogReader.read("catalog.yaml", bundled.catalog(), false);
        assertEquals(fromYaml.levels(), fromJson.levels());
        assertEquals(fromYaml.roles(), fromJson.roles());
        assertEquals(fromYaml.skills(), fromJson.skills());
        assertEquals(fromYaml.responsibilities(), fromJson.responsibilities());
        assertEquals(fromYaml.overlaps(), fromJson.overlaps());
        RuleFolder edited = new RuleFolder("rules", null,
                (new String(bundled.catalog(), java.nio.charset.StandardCharsets.UTF_8) + "\n# changed\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), bundled.files(), bundled.tests());
        assertTrue(Prebuilt.catalogJson(edited) == null, "a copy of another catalog is not used");
    }

    @Test
    void theBuildListedTheBundledFilesForTheJar() throws Exception {
        RuleFolder source = RuleFolder.of(Path.of("rules"));
        RuleFolder listed = RuleFolder.fromList(getClass().getClassLoader());
        assertTrue(listed != null, "no " + RuleFolder.LIST + " on the class path");
        assertEquals(source.files(), listed.files());
        assertEquals(source.tests(), listed.tests());
        assertTrue(java.util.Arrays.equals(source.catalog(), listed.catalog()));
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
