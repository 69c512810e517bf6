package dev.teamfit.robust;

import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defects the fuzzers and the robustness tests found, each on its smallest input, through the real
 * CLI: all fixed, and kept as regression tests.
 */
class DefectsTest {

    @TempDir
    Path dir;

    private CliRunner.Run assess(String name, String text) throws IOException {
        return assess(name, text, "json");
    }

    private CliRunner.Run assess(String name, String text, String format) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return CliRunner.run("assess", file.toString(), "--format", format);
    }

    /** Each error a line of its own that starts with the prefix, without control characters. */
    private static void oneCleanLinePerError(CliRunner.Run run) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        for (String line : run.err().lines().toList()) {
            assertTrue(line.startsWith("teamfit: error: "), "a line of its own: " + line);
            assertFalse(line.chars().anyMatch(FuzzOracle::isControl),
                    "no control characters: " + line.replace("\u001b", "<ESC>"));
        }
    }

    private static void noControlCharacters(String output) {
        assertFalse(output.chars().anyMatch(c -> c != '\n' && FuzzOracle.isControl(c)),
                () -> "control characters from the input reach the output:\n" + output.replace("\u001b", "<ESC>"));
    }

    @Test
    void d1SyntaxErrorsDoNotEchoControlCharacters() throws IOException {
        oneCleanLinePerError(assess("d1.json", "{\"id\": x\u001b[2J}"));
    }

    @Test
    void d2KeyPathsAreEscapedInErrors() throws IOException {
        oneCleanLinePerError(assess("d2.json",
                "{\"id\": \"p\", \"name\": \"P\", \"problem\": {\"kind\": \"classification\"}, \"a\\nb\\u001b[2J\": 1}"));
        oneCleanLinePerError(assess("d2.yaml", "id: p\nname: P\nproblem: {kind: classification}\n\"a\\nb\": 1\n"));
    }

    @Test
    void d3ValuesInErrorsLoseC1ControlsAndLineSeparators() throws IOException {
        oneCleanLinePerError(assess("d3.yaml", "id: p\nname: P\nproblem: {kind: \"a\\u0085b\\u009B2J\\u2028c\"}\n"));
    }

    @Test
    void d4NonPrintableYamlCharactersAreLocated() throws IOException {
        CliRunner.Run run = assess("d4.yaml", "id: p\nname: P\nproblem: {kind: classification}\nx\u0007: 1\n");
        assertEquals(2, run.exitCode(), run.err());
        assertAll(
                () -> assertTrue(run.err().contains("d4.yaml:4:"), "the line of the character: " + run.err()),
                () -> assertTrue(run.err().contains("0x07") || run.err().contains("U+0007"),
                        "which character: " + run.err()));
    }

    @Test
    void d5TextReportDoesNotPrintControlCharactersFromTheInput() throws IOException {
        String project = "id: p\nname: \"P\\e[31mRED\"\nproblem: {kind: classification}\nteam:\n"
                + "  - name: \"A\\nB\"\n    roles: [data-scientist]\n    skills: {\"kube\\e[2Jrnetes\": 3}\n";
        CliRunner.Run run = assess("d5.yaml", project, "text");
        // Either refused as invalid input (names with control characters), or printed escaped.
        if (run.exitCode() == 2) {
            oneCleanLinePerError(run);
        } else {
            noControlCharacters(run.out());
        }
    }

    @Test
    void d6ALargeValidTeamIsAssessedOrRefusedAsInput() throws IOException {
        StringBuilder project = new StringBuilder("id: p\nname: P\nproblem: {kind: classification}\nteam:\n");
        for (int i = 0; i < 3000; i++) {
            project.append("  - {name: m").append(i).append(", roles: [data-scientist], skills: {python: 3}}\n");
        }
        CliRunner.Run run = assess("d6.yaml", project.toString());
        // Assessed within the default rule timeout, or refused as input (a team-size limit) without blaming the rules.
        assertTrue(run.exitCode() == 0 || run.exitCode() == 2 && !run.err().contains("the rules did not finish"),
                run.err());
    }

    @Test
    void d7ACollectionAsAMappingKeyIsAnInputError() throws IOException {
        for (String text : List.of(Files.readString(Seeds.REGRESSIONS.resolve("complex-key-crash.yaml")),
                "{[a]: 1, b: \"*\"}\n", "? {a: b}\n: c\nname: \"&\"\n")) {
            CliRunner.Run run = assess("d7.yaml", text);
            oneCleanLinePerError(run);
            assertTrue(run.err().contains("d7.yaml:1:"), run.err());
        }
    }

    @Test
    void d8AHugeJsonExponentIsAnInputError() throws IOException {
        for (String name : List.of("exponent-overflow-crash.json", "huge-exponent-crash.json")) {
            CliRunner.Run run = assess("d8.json", Files.readString(Seeds.REGRESSIONS.resolve(name)));
            oneCleanLinePerError(run);
            assertTrue(run.err().contains("d8.json:1:"), run.err());
        }
    }

    @Test
    void d9AnAllocationThatRoundsToZeroIsRefused() throws IOException {
        CliRunner.Run run = assess("d9.yaml",
                "id: p\nname: P\nproblem: {kind: classification}\nteam: [{name: a, allocation: 1e-400}]\n");
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("team[0].allocation"), run.err());
    }
}
