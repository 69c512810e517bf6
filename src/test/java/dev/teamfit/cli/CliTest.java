package dev.teamfit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real CLI, in-process: every command, its exit codes, and the stdout/stderr discipline of SPEC §4. */
class CliTest {

    private static final String FRAUD = "samples/card-fraud.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "assess", "catalog", "schema"})
    void helpAndVersionWorkEverywhere(String command) {
        String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
        CliRunner.Run help = CliRunner.run(concat(prefix, "--help"));
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: teamfit"), help.out());
        CliRunner.Run version = CliRunner.run(concat(prefix, "--version"));
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("teamfit "), version.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRunner.Run run = CliRunner.run();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("teamfit: error: a command is required"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void assessPrintsAReadableReport() {
        CliRunner.Run run = CliRunner.run("assess", FRAUD);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Real-time card fraud detection (card-fraud)\n"), run.out());
        assertTrue(run.out().contains("Roles needed") && run.out().contains("Gaps"), run.out());
        assertTrue(run.out().contains("→ Hire a proficient Domain Expert at 0.25 FTE."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void assessJsonHasTheShapeOfSpecSection5() throws IOException {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("1", root.get("teamfit").asText());
        assertEquals("card-fraud", root.at("/project/id").asText());
        JsonNode role = root.get("roles").get(0);
        for (String key : List.of("role", "priority", "fte", "skills", "coverage", "reasons")) {
            assertTrue(role.has(key), "role lacks " + key + ": " + role);
        }
        JsonNode gap = root.get("gaps").get(0);
        for (String key : List.of("type", "severity", "role", "member", "skill", "have", "need", "message",
                "suggestion", "reasons")) {
            assertTrue(gap.has(key), "gap lacks " + key + ": " + gap);
        }
        JsonNode reason = gap.get("reasons").get(0);
        assertTrue(reason.has("rule") && reason.has("source") && reason.has("facts"), reason.toString());
        for (String key : List.of("requiredRoles", "coveredRoles", "coverage", "critical", "major", "minor")) {
            assertTrue(root.get("summary").has(key), "summary lacks " + key);
        }
        assertTrue(root.get("warnings").isArray());
    }

    @Test
    void rolesAndGapsAreSortedAsTheSpecSays() throws IOException {
        JsonNode root = JSON.readTree(CliRunner.run("assess", FRAUD, "--format", "json").out());
        List<String> order = List.of("data-analyst", "domain-expert", "business-analyst", "data-engineer",
                "mlops-engineer", "ml-engineer", "ml-researcher", "data-scientist", "ml-project-manager");
        int last = -1;
        for (JsonNode role : root.get("roles")) {
            int index = order.indexOf(role.get("role").asText());
            assertTrue(index > last, "roles out of table order at " + role.get("role"));
            last = index;
        }
        List<String> severities = List.of("critical", "major", "minor");
        int lastSeverity = 0;
        for (JsonNode gap : root.get("gaps")) {
            int severity = severities.indexOf(gap.get("severity").asText());
            assertTrue(severity >= lastSeverity, "gaps out of severity order at " + gap);
            lastSeverity = severity;
        }
    }

    @Test
    void assessAlsoWritesMarkdownAndCsv() throws IOException {
        CliRunner.Run markdown = CliRunner.run("assess", FRAUD, "--format", "markdown");
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().startsWith("# Team assessment\n\n## Real-time card fraud detection (card-fraud)\n"),
                markdown.out());
        assertTrue(markdown.out().contains("| Role | Priority | FTE needed | FTE staffed | Covered by |"), markdown.out());
        CliRunner.Run csv = CliRunner.run("assess", FRAUD, "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = List.of(csv.out().split("\r\n"));
        assertEquals("project,type,severity,role,member,skill,have,need,message,suggestion", rows.get(0));
        int gaps = JSON.readTree(CliRunner.run("assess", FRAUD, "--format", "json").out()).get("gaps").size();
        assertEquals(1 + gaps, rows.size(), csv.out());
        assertTrue(rows.get(1).startsWith("card-fraud,MISSING_ROLE,critical,"), rows.get(1));
    }

    @Test
    void outputGoesToTheFileAndNothingToStdout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--output", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(CliRunner.run("assess", FRAUD, "--format", "json").out(), Files.readString(file));
    }

    @Test
    void anUnwritableOutputIsAnError(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--output", dir.resolve("missing/report.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("teamfit: error: cannot write"), run.err());
    }

    @Test
    void failOnExitsThreeWhenAGapIsSevereEnoughAndStillPrints() {
        CliRunner.Run critical = CliRunner.run("assess", FRAUD, "--fail-on", "critical");
        assertEquals(3, critical.exitCode());
        assertFalse(critical.out().isEmpty());
        assertEquals(0, CliRunner.run("assess", "samples/sales-dashboard.yaml", "--fail-on", "major").exitCode());
        assertEquals(3, CliRunner.run("assess", "samples/sales-dashboard.yaml", "--fail-on", "minor").exitCode());
        assertEquals(0, CliRunner.run("assess", FRAUD, "--fail-on", "none").exitCode());
    }

    @Test
    void invalidInputExitsTwoWithOneLinePerProblemAndNoStdout(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: Bad Id\nname: x\nproblem: {kind: magic}\ncriticallity: high\n");
        CliRunner.Run run = CliRunner.run("assess", bad.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("teamfit: error: " + bad + ":")), run.err());
        assertTrue(run.err().contains(":3:17: problem.kind: 'magic' is not allowed."), run.err());
        assertTrue(run.err().contains("did you mean 'criticality'?"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace without --debug");
    }

    @Test
    void debugAddsTheStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: x\n");
        CliRunner.Run run = CliRunner.run("assess", bad.toString(), "--debug");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("InvalidInputException"), run.err());
    }

    @Test
    void aMissingFileIsAnError() {
        CliRunner.Run run = CliRunner.run("assess", "no/such/project.yaml");
        assertEquals(2, run.exitCode());
        assertEquals("teamfit: error: no/such/project.yaml: no such file.\n", run.err());
    }

    @Test
    void unknownOptionValuesListWhatIsAllowed() {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format xml: not a format here. Allowed: text, json, markdown, csv, html."),
                run.err());
    }

    @Test
    void warningsAppearInTheReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "id: p\nname: P\nproblem: {kind: classification}\n"
                + "team:\n  - name: A\n    roles: [data-scientist]\n    skills: {kubernets: 3}\n");
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("team[0].skills.kubernets: unknown skill; did you mean kubernetes?"), run.out());
    }

    @Test
    void catalogPrintsRolesSkillsAndTheFileItself() throws IOException {
        CliRunner.Run roles = CliRunner.run("catalog", "roles");
        assertEquals(0, roles.exitCode());
        String table = roles.out().substring(0, roles.out().indexOf("\n\n") + 1);
        assertEquals(1 + 1 + 9, table.lines().count(), roles.out());
        assertTrue(roles.out().contains("\nBase skills of each role"), roles.out());
        assertTrue(roles.out().contains("ml-project-manager  ML Project Manager"), roles.out());
        CliRunner.Run skills = CliRunner.run("catalog", "skills");
        assertTrue(skills.out().contains("tensorflow, keras, pytorch, jax"), skills.out());
        assertEquals(Files.readString(Path.of("rules/catalog.yaml")), CliRunner.run("catalog", "--export").out());
        assertEquals(2, CliRunner.run("catalog", "people").exitCode());
    }

    @Test
    void schemaIsJsonSchema202012() throws IOException {
        CliRunner.Run run = CliRunner.run("schema");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("https://json-schema.org/draft/2020-12/schema", JSON.readTree(run.out()).get("$schema").asText());
    }

    @Test
    void replacementRulesChangeTheOutcome(@TempDir Path dir) throws IOException {
        Path rules = copyBundledRules(dir);
        // Without the rule that makes domain knowledge need a domain expert, card-fraud no longer needs one.
        Path technical = rules.resolve("roles/business.drl");
        String text = Files.readString(technical);
        int start = text.indexOf("rule \"Domain and regulatory knowledge needs a domain expert\"");
        int end = text.indexOf("end\n", start) + 4;
        Files.writeString(technical, text.substring(0, start) + text.substring(end));
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--rules", rules.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(roles(run.out()).contains("domain-expert"), run.out());
        assertTrue(roles(CliRunner.run("assess", FRAUD, "--format", "json").out()).contains("domain-expert"));
    }

    private static List<String> roles(String json) throws IOException {
        return JSON.readTree(json).get("roles").findValuesAsText("role");
    }

    @Test
    void brokenRulesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = copyBundledRules(dir);
        Files.writeString(rules.resolve("roles/broken.drl"), "package rules.roles;\n\nrule \"Broken\"\nwhen\n"
                + "    NoSuchFact()\nthen\nend\n");
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains(rules.resolve("roles/broken.drl") + ":5:"), run.err());
    }

    @Test
    void aRunawayRuleSetIsStoppedAndNamed(@TempDir Path dir) throws IOException {
        Path rules = dev.teamfit.engine.TestRules.loopingCopy(dir);
        // The firing limit must stop it, however slow a loaded machine runs it: the time limit is lifted.
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--rules", rules.toString(), "--rule-timeout", "3600");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("fired more than 100000 times on project card-fraud"), run.err());
        assertTrue(run.err().contains("LOOP-001 \"Every loop fact makes another\""), run.err());
    }

    @Test
    void anAddOnFolderCannotReplaceTheBundledRules() {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--rules", "samples/custom-rules");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("use --add-rules samples/custom-rules instead of --rules"), run.err());
    }

    @Test
    void aMissingRulesFolderIsAnError() {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--rules", "no/such/rules");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("teamfit: error: cannot read rules folder no/such/rules"), run.err());
    }

    static Path copyBundledRules(Path dir) throws IOException {
        return dev.teamfit.engine.TestRules.bundledCopy(dir);
    }

    private static String[] concat(String[] prefix, String last) {
        return Stream.concat(Stream.of(prefix), Stream.of(last)).toArray(String[]::new);
    }
}
