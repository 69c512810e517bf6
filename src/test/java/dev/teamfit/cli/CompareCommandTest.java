package dev.teamfit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code teamfit compare} and the {@code --set}, {@code --add-member} and {@code --remove-member} options. */
class CompareCommandTest {

    private static final String FORECAST = "samples/demand-forecast.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode changes(String sample, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", sample, "--format", "json"));
        args.addAll(List.of(options));
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out()).get("variants").get(0).get("changes");
    }

    /** Each kind of change, from a change of input that makes it, with the input named as its cause. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "samples/demand-forecast.yaml | problem.kind=analytics          | role-added     | problem.kind",
            "samples/demand-forecast.yaml | problem.kind=analytics          | role-removed   | problem.kind",
            "samples/demand-forecast.yaml | stakeholders=12                 | priority       | stakeholders",
            "samples/demand-forecast.yaml | data.volume=massive             | fte            | data.volume",
            "samples/demand-forecast.yaml | team[Tom Berg].allocation=1     | staffed        | team[Tom Berg]",
            "samples/demand-forecast.yaml | data.volume=massive             | level-raised   | data.volume",
            "samples/card-fraud.yaml      | deployment.latency-ms=500       | level-lowered  | deployment.latency-ms",
            "samples/demand-forecast.yaml | deployment.mode=streaming       | skill-added    | deployment.mode",
            "samples/demand-forecast.yaml | deployment.infrastructure=on-prem | skill-removed | deployment.infrastructure",
            "samples/demand-forecast.yaml | regulated=true                  | gap-new        | regulated",
            "samples/demand-forecast.yaml | team[Tom Berg].allocation=1     | gap-gone       | team[Tom Berg]",
            "samples/demand-forecast.yaml | stakeholders=12                 | gap-severity   | stakeholders",
            "samples/demand-forecast.yaml | data.volume=massive             | gap-changed    | data.volume",
    })
    void everyKindOfChangeNamesTheInputBehindIt(String sample, String set, String kind, String cause) throws Exception {
        JsonNode changes = changes(sample, "--set", set);
        List<JsonNode> ofKind = new ArrayList<>();
        changes.forEach(c -> {
            if (c.get("kind").asText().equals(kind)) {
                ofKind.add(c);
            }
        });
        assertFalse(ofKind.isEmpty(), "no " + kind + " change in " + changes);
        for (JsonNode c : ofKind) {
            assertTrue(c.get("causes").toString().contains(cause), c.toString());
            assertFalse(c.get("text").asText().isBlank(), c.toString());
        }
    }

    @Test
    void theStreamingExampleSaysWhatItAddsAndWhyInAFewLines() {
        CliRunner.Run run = CliRunner.run("compare", FORECAST, "--set", "deployment.mode=streaming",
                "--set", "deployment.latency-ms=50");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("changed input: deployment.mode: batch → streaming; deployment.latency-ms: unset → 50"),
                run.out());
        assertTrue(run.out().contains("+ ML Engineer needs Big data technologies at competent.  (because deployment.mode: "
                + "batch → streaming)"), run.out());
        assertTrue(run.out().contains("~ ML Engineer: Optimization competent → proficient.  (because "
                + "deployment.latency-ms: unset → 50)"), run.out());
        assertTrue(run.out().lines().count() < 20, run.out());
    }

    @Test
    void variantFilesAreComparedWithTheBase(@TempDir Path dir) throws Exception {
        Path variant = dir.resolve("variant.yaml");
        Files.writeString(variant, Files.readString(Path.of(FORECAST)).replace("criticality: high",
                "criticality: mission-critical"));
        CliRunner.Run run = CliRunner.run("compare", FORECAST, variant.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode v = JSON.readTree(run.out()).get("variants").get(0);
        assertEquals(variant.toString(), v.get("label").asText());
        assertEquals("[\"criticality: high → mission-critical\"]", v.get("inputs").toString());
        assertTrue(v.get("changes").size() > 0, v.toString());
    }

    @Test
    void aVariantThatChangesNothingSaysSo() {
        CliRunner.Run run = CliRunner.run("compare", FORECAST, FORECAST);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("changed input: nothing"), run.out());
        assertTrue(run.out().contains("No change to roles, levels, staffing or gaps."), run.out());
    }

    @Test
    void failOnLooksAtWhatTheVariantMakesWorse() {
        assertEquals(3, CliRunner.run("compare", FORECAST, "--set", "regulated=true", "--fail-on", "minor").exitCode());
        // Giving Tom his whole time closes a gap and opens none.
        assertEquals(0, CliRunner.run("compare", FORECAST, "--set", "team[Tom Berg].allocation=1",
                "--fail-on", "minor").exitCode());
    }

    @Test
    void markdownAndHtmlShowTheSameChanges() {
        String[] set = {"--set", "team[Tom Berg].allocation=1"};
        CliRunner.Run md = CliRunner.run("compare", FORECAST, set[0], set[1], "--format", "markdown");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("| \\~ Data Engineer: staffed 0.5 → 1 FTE. | team\\[Tom Berg\\]: allocation 0.5 → 1 |"),
                md.out());
        CliRunner.Run html = CliRunner.run("compare", FORECAST, set[0], set[1], "--format", "html");
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
        assertTrue(html.out().contains("<td class=\"changed\"><span class=\"sym\" aria-hidden=\"true\">~</span> "
                + "<span class=\"sr\">changed: </span>required, 1 of 1 FTE</td>"), html.out());
        assertTrue(html.out().contains("Data Engineer: staffed 0.5 → 1 FTE. <small class=\"muted\">because "
                + "team[Tom Berg]: allocation 0.5 → 1</small>"), html.out());
    }

    @Test
    void addAndRemoveMembers() throws Exception {
        JsonNode added = changes(FORECAST, "--add-member",
                "name=Mo Ops;roles=mlops-engineer;allocation=0.5;skills=cloud-platforms:proficient,ci-cd-ct:competent");
        assertTrue(added.toString().contains("\"kind\":\"gap-gone\""), added.toString());
        assertTrue(added.toString().contains("team[Mo Ops]: added"), added.toString());
        JsonNode removed = changes(FORECAST, "--remove-member", "tom berg");
        assertTrue(removed.toString().contains("team[Tom Berg]: removed"), removed.toString());
        assertTrue(removed.toString().contains("No one on the team staffs the Data Engineer role"), removed.toString());
    }

    /** A --set that makes keys of the file not apply leaves them out, with a warning, instead of failing. */
    @Test
    void theCommandLineWinsOverKeysItContradicts() throws Exception {
        CliRunner.Run run = CliRunner.run("assess", FORECAST, "--set", "deployment.mode=none", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        String warnings = JSON.readTree(run.out()).get("warnings").toString();
        assertTrue(warnings.contains("deployment.retraining: left out, as --set deployment.mode=none makes it not apply"),
                warnings);
    }

    /** Every bad form is one line naming the option, exit 2, nothing on stdout. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--set | deployment.mode | --set deployment.mode: expected KEY=VALUE",
            "--set | =batch | --set =batch: expected KEY=VALUE",
            "--set | deployment.mode=warp | --set deployment.mode=warp: deployment.mode: 'warp' is not allowed. Allowed: none, batch",
            "--set | deployment.mdoe=batch | --set deployment.mdoe=batch: deployment.mdoe: unknown key; did you mean 'mode'?",
            "--set | data.sources=-1 | --set data.sources=-1: data.sources:",
            "--set | deployment.latency-ms=[1 | --set deployment.latency-ms=[1: not valid YAML",
            "--set | team[Nobody].allocation=0.5 | --set team[Nobody].allocation=0.5: team: no member is named 'Nobody'. Members: Priya Nair, Tom Berg, Sara Lind.",
            "--set | team[Tom Berg]=1 | --set team[Tom Berg]=1: team[Tom Berg]: a member is set key by key",
            "--set | team[Tom Berg].allocation=2 | --set team[Tom Berg].allocation=2: team[1].allocation:",
            "--set | team[Tom Berg].skills.etl=wizard | --set team[Tom Berg].skills.etl=wizard: team[1].skills.etl:",
            "--add-member | nonsense | --add-member nonsense: expected KEY=VALUE pairs separated by ';'",
            "--add-member | name=X;roles=mlops-engineer;skills=ci-cd-ct | skills: expected skill:level pairs",
            "--add-member | name=X;roles=pilot | team[3].roles[0]: 'pilot' is not a role.",
            "--add-member | roles=mlops-engineer | team[3].name: required key is missing",
            "--add-member | name=Tom Berg;roles=data-engineer | team[3].name:",
            "--remove-member | Nobody | --remove-member Nobody: team: no member is named 'Nobody'.",
    })
    void badChangesAreOneClearErrorNamingTheOption(String option, String value, String message) {
        for (String command : List.of("assess", "explain", "compare")) {
            CliRunner.Run run = CliRunner.run(command, FORECAST, option, value);
            assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
            assertEquals("", run.out(), command);
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("teamfit: error: "), run.err());
            assertTrue(run.err().contains(message), command + ": " + run.err());
        }
    }
}
