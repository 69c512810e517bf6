package dev.teamfit.rules;

import dev.teamfit.engine.RuleVerifier;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Metamorphic tests over the whole rule base: changing one input changes what it should, and only
 * that. The projects go through the real reader, so they stay valid as the input format grows.
 */
class InputsMatterTest {

    /** The ML kinds whose own methods the rules know; classification and regression are the baseline. */
    private static final List<String> KINDS_WITH_OWN_METHODS = List.of("forecasting", "recommendation", "nlp",
            "computer-vision", "generative", "anomaly-detection", "optimization");

    @Test
    void changingTheKindBetweenMlKindsChangesTheSkillsNeeded() {
        for (String mode : List.of("none", "online", "edge")) {
            Set<String> baseline = skills(assess("classification", mode, null, "cloud"));
            List<Set<String>> seen = new ArrayList<>();
            for (String kind : KINDS_WITH_OWN_METHODS) {
                if (mode.equals("none") && kind.equals("recommendation")) {
                    // What recommendations need of their own is online experiments, with live users.
                    assertEquals(baseline, skills(assess(kind, mode, null, "cloud")), "recommendation, not shipped");
                    continue;
                }
                Set<String> skills = skills(assess(kind, mode, null, "cloud"));
                assertNotEquals(baseline, skills, kind + " (mode " + mode + ") needs the skills classification does");
                for (Set<String> other : seen) {
                    assertNotEquals(other, skills, kind + " (mode " + mode + ") needs the skills of another kind");
                }
                seen.add(skills);
            }
            // Regression is classification's sibling: the seed's roles describe both, and the rules add nothing.
            assertEquals(baseline, skills(assess("regression", mode, null, "cloud")), "regression, mode " + mode);
        }
    }

    @Test
    void aFoundationModelApproachChangesTheSkillsOfAnyMlKind() {
        for (String kind : List.of("classification", "nlp", "computer-vision")) {
            Set<String> classical = skills(assess(kind, "online", "classical", "cloud"));
            Set<String> foundation = skills(assess(kind, "online", "foundation-model", "cloud"));
            assertTrue(foundation.contains("data-scientist llm-evaluation competent"), kind + ": " + foundation);
            assertFalse(classical.contains("data-scientist llm-evaluation competent"), kind + ": " + classical);
        }
    }

    @Test
    void onPremisesNeverNeedsCloudSkills() {
        int assessed = 0;
        for (String kind : ProjectFormat.KINDS) {
            for (String mode : ProjectFormat.MODES) {
                for (String retraining : List.of("none", "scheduled", "continuous")) {
                    if (mode.equals("none") && !retraining.equals("none")) {
                        continue; // retraining needs a deployment
                    }
                    String yaml = project(kind, mode, "foundation-model", "on-prem")
                            + "  retraining: " + retraining + "\n  models: " + (mode.equals("none") ? 0 : 3) + "\n"
                            + "data: {volume: massive, sources: 6, streaming: true, personal-data: true}\n"
                            + "regulated: true\ncriticality: mission-critical\n";
                    Assessment a = assess(yaml);
                    assessed++;
                    for (String need : skills(a)) {
                        assertFalse(need.contains("cloud-platforms"), kind + ", " + mode + ", " + retraining + ": " + need);
                    }
                }
            }
        }
        assertTrue(assessed > 100, "only " + assessed + " projects assessed");
    }

    @Test
    void theInfrastructureDecidesBetweenCloudPlatformsAndInfrastructureManagement() {
        Set<String> onPrem = skills(assess("regression", "batch", null, "on-prem", "retraining: scheduled"));
        Set<String> cloud = skills(assess("regression", "batch", null, "cloud", "retraining: scheduled"));
        Set<String> hybrid = skills(assess("regression", "batch", null, "hybrid", "retraining: scheduled"));
        Set<String> unsaid = skills(assess("regression", "batch", null, null, "retraining: scheduled"));
        String cloudPlatforms = "mlops-engineer cloud-platforms proficient";
        String infrastructure = "mlops-engineer infrastructure-management proficient";
        assertTrue(onPrem.contains(infrastructure) && !onPrem.contains(cloudPlatforms), onPrem.toString());
        assertTrue(cloud.contains(cloudPlatforms) && !cloud.contains(infrastructure), cloud.toString());
        assertTrue(hybrid.contains(cloudPlatforms) && hybrid.contains(infrastructure), hybrid.toString());
        assertEquals(cloud, unsaid, "a project that does not say where it runs is read as running in the cloud");
    }

    @Test
    void anAnalyticsProjectWithPipelinesOfItsOwnNeedsADataEngineer() {
        String analytics = "id: t\nname: T\nproblem: {kind: analytics}\ndata: {sources: 1";
        assertTrue(assess(analytics + "}\n").role("data-engineer").isEmpty());
        assertTrue(assess(analytics + ", pipelines: true}\n").role("data-engineer")
                .map(r -> r.requirement().isRequired()).orElse(false));
    }

    /** Every skill need as "role skill level", for comparing two assessments. */
    private static Set<String> skills(Assessment a) {
        Set<String> skills = new TreeSet<>();
        for (Assessment.RoleResult role : a.roles()) {
            role.skills().forEach(s -> skills.add(role.role() + " " + s.skill() + " " + s.level().id()));
        }
        return skills;
    }

    private static Assessment assess(String kind, String mode, String approach, String infrastructure, String... more) {
        StringBuilder yaml = new StringBuilder(project(kind, mode, approach, infrastructure));
        for (String line : more) {
            yaml.append("  ").append(line).append("\n");
        }
        return assess(yaml.toString());
    }

    /** A project with a deployment section last, so that callers may add deployment keys. */
    private static String project(String kind, String mode, String approach, String infrastructure) {
        return "id: t\nname: T\ncustomer-facing: true\nproblem:\n  kind: " + kind + "\n"
                + (approach == null ? "" : "  approach: " + approach + "\n")
                + "deployment:\n  mode: " + mode + "\n"
                + (infrastructure == null ? "" : "  infrastructure: " + infrastructure + "\n");
    }

    private static Assessment assess(String yaml) {
        try {
            var reader = new ProjectReader(RuleVerifier.bundled().catalog(), TreeReader.DEFAULT_MAX_BYTES, false);
            var loaded = reader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), TreeReader.Syntax.YAML);
            return RuleVerifier.bundled().assess(loaded.project(), loaded.warnings());
        } catch (Exception e) {
            throw new AssertionError("could not assess:\n" + yaml, e);
        }
    }
}
