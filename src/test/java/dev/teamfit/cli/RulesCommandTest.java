package dev.teamfit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code teamfit rules list|check|test}, {@code --add-rules}, and the guards against runaway rules. */
class RulesCommandTest {

    private static final String CUSTOM = "samples/custom-rules";
    private static final String HEADER = """
            package acme.roles;

            import dev.teamfit.model.Characteristic;
            import dev.teamfit.model.Priority;
            import dev.teamfit.model.RoleNeed;
            import dev.teamfit.engine.Because;

            """;

    @Test
    void listShowsEveryRuleWithItsStageSourceAndPlace() throws IOException {
        CliRunner.Run run = CliRunner.run("rules", "list", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("rules");
        assertTrue(rules.size() > 100, "only " + rules.size() + " rules");
        JsonNode first = rules.get(0);
        assertEquals("CHAR-001", first.get("id").asText());
        assertEquals("characteristics", first.get("stage").asText());
        assertEquals("rules/characteristics/project.drl", first.get("file").asText());
        assertEquals(8, first.get("line").asInt());
        CliRunner.Run markdown = CliRunner.run("rules", "list", "--format", "markdown");
        assertTrue(markdown.out().startsWith("| id | stage | rule | seed section | rests on | where |"), markdown.out());
        CliRunner.Run added = CliRunner.run("rules", "list", "--add-rules", CUSTOM);
        assertTrue(added.out().contains("ACME-002   roles               A clinical safety case needs a clinical safety officer"),
                added.out());
    }

    @Test
    void checkPassesTheBundledRulesAndTheExample() {
        CliRunner.Run bundled = CliRunner.run("rules", "check");
        assertEquals(0, bundled.exitCode(), bundled.out());
        assertEquals("0 errors, 0 warnings\n", bundled.out());
        CliRunner.Run custom = CliRunner.run("rules", "check", CUSTOM);
        assertEquals(0, custom.exitCode(), custom.out());
    }

    @Test
    void checkReportsEveryProblemWithFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("acme");
        Files.createDirectories(rules.resolve("roles"));
        Files.writeString(rules.resolve("catalog.yaml"), "roles:\n  - id: Bad Id\n    name: X\n    group: business\n"
                + "    source: Critical roles / Business side\n    summary: x\n");
        Files.writeString(rules.resolve("roles/metadata.drl"), HEADER + """
                rule "No id"
                    @source("Critical roles / Business side")
                    ruleflow-group "roles"
                when
                    Characteristic(key == "regulated")
                then
                    insert(RoleNeed.of("domain-expert", Priority.REQUIRED, 0.5, Because.of(kcontext)));
                end

                rule "Same id as a bundled rule"
                    @id("ROLE-001") @source("Quantum Engineer / Salary")
                    ruleflow-group "roles"
                when
                    Characteristic(key == "regulated")
                then
                    insert(RoleNeed.of("domain-expert", Priority.REQUIRED, 0.5, Because.of(kcontext)));
                end

                rule "No source, no stage, no conclusion"
                    @id("ACME-100")
                when
                    Characteristic(key == "regulated")
                then
                    System.out.println("hello");
                end
                """);
        Files.writeString(rules.resolve("roles/types.drl"), HEADER + """
                rule "A misspelt field"
                    @id("ACME-101") @source("Critical roles / Business side")
                    ruleflow-group "roles"
                when
                    Characteristic(kee == "regulated")
                then
                    insert(RoleNeed.of("domain-expert", Priority.REQUIRED, 0.5, Because.of(kcontext)));
                end
                """);
        Files.writeString(rules.resolve("roles/syntax.drl"), HEADER + """
                rule "A missing parenthesis"
                    @id("ACME-102") @source("Critical roles / Business side")
                    ruleflow-group "roles"
                when
                    Characteristic(key == "regulated"
                then
                    insert(RoleNeed.of("domain-expert", Priority.REQUIRED, 0.5, Because.of(kcontext)));
                end
                """);
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.exitCode(), run.out());
        String out = run.out();
        String meta = rules.resolve("roles/metadata.drl").toString();
        assertTrue(out.contains(rules.resolve("catalog.yaml") + ":2:9: roles[0].id: 'Bad Id' is not a kebab-case id."), out);
        assertTrue(out.contains(meta + ":8:0: rule \"No id\": missing @id"), out);
        assertTrue(out.contains(meta + ":17:0: rule \"Same id as a bundled rule\": @id(\"ROLE-001\") is already the id of the rule at rules/roles/technical.drl:"), out);
        assertTrue(out.contains(meta + ":17:0: rule \"Same id as a bundled rule\": @source(\"Quantum Engineer / Salary\") names no section of the seed"), out);
        assertTrue(out.contains(meta + ":26:0: rule \"No source, no stage, no conclusion\": it says neither what it rests on"), out);
        assertTrue(out.contains(meta + ":26:0: rule \"No source, no stage, no conclusion\": missing ruleflow-group"), out);
        assertTrue(out.contains("warning: rule \"No source, no stage, no conclusion\": its consequence inserts nothing"), out);
        assertTrue(out.contains(rules.resolve("roles/types.drl") + ":12:"), "the misspelt field on its line:\n" + out);
        assertTrue(out.contains(rules.resolve("roles/syntax.drl") + ":13:"), "the syntax error near its line:\n" + out);
        assertTrue(out.lines().reduce((a, b) -> b).orElse("").matches("\\d+ errors, 1 warning"), out);
    }

    @Test
    void addedRulesChangeTheOutcomeTheWayTheExampleSays() throws IOException {
        CliRunner.Run plain = CliRunner.run("assess", "samples/clinical-imaging.yaml", "--format", "json");
        CliRunner.Run added = CliRunner.run("assess", "samples/clinical-imaging.yaml", "--format", "json",
                "--add-rules", CUSTOM);
        assertEquals(0, added.exitCode(), added.err());
        assertFalse(roles(plain.out()).contains("clinical-safety-officer"));
        assertTrue(roles(added.out()).contains("clinical-safety-officer"), added.out());
        assertTrue(added.out().contains("\"rule\": \"ACME-002\""), added.out());
        // The catalog addition makes the new role a valid input too.
        assertEquals(0, CliRunner.run("portfolio", "samples/clinical-imaging.yaml", "--add-rules", CUSTOM).exitCode());
    }

    @Test
    void bundledTestsPassAndAWrongExpectationFailsWithADiff(@TempDir Path dir) throws IOException {
        CliRunner.Run bundled = CliRunner.run("rules", "test");
        assertEquals(0, bundled.exitCode(), bundled.out());
        assertTrue(bundled.out().matches("(?s).*\\n\\d+ passed, 0 failed\\n"), bundled.out());

        Path rules = CliTest.copyBundledRules(dir);
        Files.writeString(rules.resolve("tests/wrong.yaml"), """
                name: An established problem needs a researcher (it does not)
                project: {id: t, name: T, problem: {kind: regression}}
                expect:
                  required: [ml-researcher]
                  gaps: [{type: MISSING_ROLE}]
                """);
        CliRunner.Run run = CliRunner.run("rules", "test", rules.toString());
        assertEquals(3, run.exitCode(), "a failed case is exit 3, not 1 (internal error): " + run.out());
        assertTrue(run.out().contains("FAIL  " + rules.resolve("tests/wrong.yaml")
                + "  An established problem needs a researcher (it does not)\n"
                + "      expected ml-researcher to be required; it is not needed\n"
                + "      expected a gap with type MISSING_ROLE; the gaps are none\n"), run.out());
        assertTrue(run.out().endsWith(" passed, 1 failed\n"), run.out());
    }

    @Test
    void aMalformedTestFileIsAnError(@TempDir Path dir) throws IOException {
        Path rules = CliTest.copyBundledRules(dir);
        Files.writeString(rules.resolve("tests/broken.yaml"), "project: {id: t, name: T, problem: {kind: magic}}\n"
                + "expect: {required: [wizard]}\n");
        CliRunner.Run run = CliRunner.run("rules", "test", rules.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.out().contains("ERROR " + rules.resolve("tests/broken.yaml")), run.out());
        assertTrue(run.out().contains("project.problem.kind: 'magic' is not allowed"), run.out());
        assertTrue(run.out().contains("'wizard' is not a role"), run.out());
    }

    @Test
    void aConsequenceSpinningInJavaIsStoppedByTheTimeLimit(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("spin");
        Files.createDirectories(rules.resolve("roles"));
        Files.writeString(rules.resolve("roles/spin.drl"), HEADER + """
                rule "Thinks forever"
                    @id("SPIN-001") @source("Critical roles / Business side") @basis("estimate") @rationale("A test fixture.")
                    ruleflow-group "roles"
                when
                    Characteristic(key == "problem.kind")
                then
                    // Listens to interrupts only so that the test JVM gets its CPU back.
                    while (!Thread.currentThread().isInterrupted()) { }
                    insert(RoleNeed.of("domain-expert", Priority.REQUIRED, 0.5, Because.of(kcontext)));
                end
                """);
        CliRunner.Run run = CliRunner.run("assess", "samples/card-fraud.yaml", "--add-rules", rules.toString(),
                "--rule-timeout", "0.5");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("teamfit: error: the rules did not finish project card-fraud within 0.5 s of CPU time and were "
                + "stopped; a rule's consequence may loop in plain Java. Raise --rule-timeout if the rules are only "
                + "slow.\n", run.err());
        // In a portfolio, each such project is an error of its own and the run goes on to its summary.
        CliRunner.Run portfolio = CliRunner.run("portfolio", "samples/portfolio", "--add-rules", rules.toString(),
                "--rule-timeout", "0.5", "--threads", "2", "--format", "json");
        assertEquals(2, portfolio.exitCode(), portfolio.err());
        JsonNode errors = new ObjectMapper().readTree(portfolio.out()).get("errors");
        assertEquals(8, errors.size(), portfolio.out());
        assertTrue(errors.get(0).get("message").asText().contains("within 0.5 s of CPU time and were stopped"),
                errors.toString());
    }

    private static List<String> roles(String json) throws IOException {
        return new ObjectMapper().readTree(json).get("roles").findValuesAsText("role");
    }
}
