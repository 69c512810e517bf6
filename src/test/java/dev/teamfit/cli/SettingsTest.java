package dev.teamfit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defaults a user keeps: the user config file, then teamfit.yaml in the working folder, then TEAMFIT_*
 * variables, then the command line, each winning over the one before; only the user config folder and
 * the environment may add rules.
 */
class SettingsTest {

    private static final String FRAUD = Path.of("samples/card-fraud.yaml").toAbsolutePath().toString();
    private static final String CLINICAL = Path.of("samples/clinical-imaging.yaml").toAbsolutePath().toString();
    private static final String CUSTOM = Path.of("samples/custom-rules").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private Path home;
    private Path work;
    private Path userFile;

    @BeforeEach
    void folders() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        work = Files.createDirectories(dir.resolve("client"));
        userFile = home.resolve(".config/teamfit/teamfit.yaml");
        Files.createDirectories(userFile.getParent());
    }

    private CliRunner.Run run(Map<String, String> env, String... args) {
        return CliRunner.run(Context.isolated().withHome(home).withWorkingFolder(work).withEnv(env), args);
    }

    private static String firstLine(CliRunner.Run run) {
        return run.out().lines().findFirst().orElse("");
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFiles() throws IOException {
        Files.writeString(userFile, "format: markdown\nfail-on: minor\n");
        CliRunner.Run user = run(Map.of(), "assess", FRAUD);
        assertEquals(3, user.exitCode(), "fail-on minor from the user file: " + user.err());
        assertEquals("# Team assessment", firstLine(user));

        Files.writeString(work.resolve("teamfit.yaml"), "format: json\n");
        CliRunner.Run local = run(Map.of(), "assess", FRAUD);
        assertEquals("{", firstLine(local), "the working folder's file wins over the user's");
        assertEquals(3, local.exitCode(), "what it does not set still comes from the user's");

        CliRunner.Run env = run(Map.of("TEAMFIT_FORMAT", "csv", "TEAMFIT_FAIL_ON", "none"), "assess", FRAUD);
        assertTrue(firstLine(env).startsWith("project,type,severity"), env.out());
        assertEquals(0, env.exitCode());

        CliRunner.Run line = run(Map.of("TEAMFIT_FORMAT", "csv"), "assess", FRAUD, "--format", "text",
                "--fail-on", "none");
        assertEquals(CliRunner.run("assess", FRAUD).out(), line.out());
        assertEquals(0, line.exitCode());
    }

    @Test
    void anOutputFileNamesItsFormatBeforeASetting(@TempDir Path out) throws IOException {
        Path report = out.resolve("report.md");
        CliRunner.Run run = run(Map.of("TEAMFIT_FORMAT", "json"), "assess", FRAUD, "--output", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(report).startsWith("# Team assessment"));
    }

    @Test
    void aFormatACommandDoesNotOfferLeavesItsOwnDefault() throws IOException {
        Files.writeString(userFile, "format: html\n");
        CliRunner.Run explain = run(Map.of(), "explain", FRAUD, "--role", "mlops-engineer");
        assertEquals(0, explain.exitCode(), explain.err());
        assertEquals(CliRunner.run("explain", FRAUD, "--role", "mlops-engineer").out(), explain.out());
        CliRunner.Run json = run(Map.of("TEAMFIT_FORMAT", "json"), "explain", FRAUD, "--role", "mlops-engineer");
        assertEquals("{", firstLine(json));
    }

    @Test
    void strictFromTheEnvironmentMakesAnUnknownSkillAnError() throws IOException {
        Path project = Files.writeString(dir.resolve("p.yaml"), "id: p\nname: P\nproblem: {kind: nlp}\n"
                + "team:\n  - name: A\n    roles: [data-scientist]\n    skills: {kubernets: 3}\n");
        assertEquals(0, run(Map.of(), "assess", project.toString()).exitCode());
        CliRunner.Run strict = run(Map.of("TEAMFIT_STRICT", "true"), "assess", project.toString());
        assertEquals(2, strict.exitCode(), strict.err());
    }

    @Test
    void theUserConfigAndTheEnvironmentMayAddRules() throws IOException {
        String withoutRules = CliRunner.run("assess", CLINICAL, "--format", "json").out();
        String withRules = CliRunner.run("assess", CLINICAL, "--format", "json", "--add-rules", CUSTOM).out();
        assertFalse(withoutRules.equals(withRules), "the custom rules change this sample's assessment");

        Files.writeString(userFile, "add-rules:\n  - " + CUSTOM + "\n");
        assertEquals(withRules, run(Map.of(), "assess", CLINICAL, "--format", "json").out());
        Files.delete(userFile);
        assertEquals(withRules, run(Map.of("TEAMFIT_ADD_RULES", CUSTOM), "assess", CLINICAL, "--format", "json").out());
    }

    @Test
    void aRelativeFolderInTheUserConfigIsRelativeToIt() throws IOException {
        Path rules = Files.createDirectories(userFile.getParent().resolve("acme"));
        Files.writeString(userFile, "add-rules: acme\n");
        CliRunner.Run config = run(Map.of(), "config");
        assertTrue(config.out().contains("add-rules  " + rules + "  " + userFile + ":1:12"), config.out());
    }

    @Test
    void aTeamfitYamlInTheWorkingFolderMayNotAddRules() throws IOException {
        Path local = Files.writeString(work.resolve("teamfit.yaml"), "format: json\nadd-rules: [" + CUSTOM + "]\n");
        CliRunner.Run run = run(Map.of(), "assess", FRAUD);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("teamfit: error: " + local + ":2:12: add-rules: a teamfit.yaml in the "
                + "working folder may not add rules"), run.err());
        assertTrue(run.err().contains("Set add-rules in " + userFile + " or in TEAMFIT_ADD_RULES."), run.err());
    }

    @Test
    void aBadSettingsFileIsOneErrorAtItsPlace() throws IOException {
        Files.writeString(userFile, "# my defaults\nformat: json\nfail_on: major\nstrict: perhaps\n");
        CliRunner.Run run = run(Map.of(), "assess", FRAUD);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(java.util.List.of(
                "teamfit: error: " + userFile + ":3:1: fail_on: unknown key; keys are kebab-case: write 'fail-on'.",
                "teamfit: error: " + userFile + ":4:9: strict: 'perhaps' is not allowed here. Allowed: true, false."),
                run.err().lines().toList());
    }

    @Test
    void aBadVariableIsAnError() {
        CliRunner.Run run = run(Map.of("TEAMFIT_FAIL_ON", "bogus"), "assess", FRAUD);
        assertEquals(2, run.exitCode());
        assertEquals("teamfit: error: TEAMFIT_FAIL_ON: 'bogus' is not allowed. Allowed: critical, major, minor, none.\n",
                run.err());
        CliRunner.Run folder = run(Map.of("TEAMFIT_ADD_RULES", dir.resolve("missing").toString()), "schema");
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().startsWith("teamfit: error: TEAMFIT_ADD_RULES: " + dir.resolve("missing")
                + " is not a folder. Give folders separated by '" + File.pathSeparator + "'."), folder.err());
    }

    @Test
    void configPrintsWhatIsInForceAndWhereFrom() throws IOException {
        Files.writeString(userFile, "fail-on: major\nstrict: true\n");
        Files.writeString(work.resolve("teamfit.yaml"), "fail-on: critical\n");
        CliRunner.Run run = run(Map.of("TEAMFIT_FORMAT", "markdown"), "config");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("  format     markdown  TEAMFIT_FORMAT\n"), out);
        assertTrue(out.contains("  fail-on    critical  " + work.resolve("teamfit.yaml") + ":1:10\n"), out);
        assertTrue(out.contains("  strict     true      " + userFile + ":2:9\n"), out);
        assertTrue(out.contains("  add-rules  none      default\n"), out);
        assertTrue(out.contains(userFile + "  (user config)"), out);
    }

    @Test
    void helpShowsTheDefaultInForce() throws IOException {
        Files.writeString(userFile, "fail-on: major\n");
        assertTrue(run(Map.of(), "assess", "--help").out().contains("(default: major)"));
    }
}
