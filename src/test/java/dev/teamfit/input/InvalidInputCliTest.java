package dev.teamfit.input;

import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input through the real CLI: exit code 2, nothing on stdout, one
 * {@code teamfit: error: file:line:col: ...} line per problem the fixture announces, no stack trace.
 */
class InvalidInputCliTest {

    static Stream<String> fixtures() throws IOException {
        return ProjectReaderTest.invalidFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void assessRefusesItWithExitCodeTwo(String name) throws IOException {
        Path file = ProjectReaderTest.INVALID.resolve(name);
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--format", "json");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out(), "nothing on stdout for invalid input");
        List<String> lines = run.err().lines().toList();
        List<ProjectReaderTest.Expected> expected = ProjectReaderTest.expectations(file);
        assertEquals(expected.size(), lines.size(), run.err());
        for (String line : lines) {
            assertTrue(line.startsWith("teamfit: error: " + file + ":"), line);
        }
        for (ProjectReaderTest.Expected x : expected) {
            String prefix = "teamfit: error: " + file + ":" + (x.at() == null ? "" : x.at() + ":") + " ";
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(x.text())),
                    "missing '" + prefix + "..." + x.text() + "' in:\n" + run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
    }
}
