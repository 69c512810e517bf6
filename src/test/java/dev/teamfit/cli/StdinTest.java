package dev.teamfit.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code -} as FILE: the project from stdin, YAML unless it starts with {, bounded like a file, named stdin. */
class StdinTest {

    private static final Path FRAUD = Path.of("samples/card-fraud.yaml");
    private static final Path CHURN = Path.of("samples/churn-prediction.json");

    private static CliRunner.Run withStdin(byte[] bytes, String... args) {
        return CliRunner.run(Context.isolated().withStdin(new ByteArrayInputStream(bytes)), args);
    }

    @Test
    void assessReadsYamlAndJsonFromStdinAsItReadsTheFiles() throws IOException {
        for (Path sample : new Path[] {FRAUD, CHURN}) {
            CliRunner.Run piped = withStdin(Files.readAllBytes(sample), "assess", "-", "--format", "json");
            assertEquals(0, piped.exitCode(), piped.err());
            assertEquals(CliRunner.run("assess", sample.toString(), "--format", "json").out(), piped.out());
        }
    }

    @Test
    void explainAndCompareReadStdinToo() throws IOException {
        byte[] fraud = Files.readAllBytes(FRAUD);
        CliRunner.Run explain = withStdin(fraud, "explain", "-", "--role", "mlops-engineer");
        assertEquals(0, explain.exitCode(), explain.err());
        assertEquals(CliRunner.run("explain", FRAUD.toString(), "--role", "mlops-engineer").out(), explain.out());
        CliRunner.Run compare = withStdin(fraud, "compare", "-", "--set", "data.volume=massive");
        assertEquals(0, compare.exitCode(), compare.err());
        assertEquals(CliRunner.run("compare", FRAUD.toString(), "--set", "data.volume=massive").out(), compare.out());
    }

    @Test
    void errorsNameItStdin() {
        CliRunner.Run run = withStdin("id: card-fraud\nname: x\nproblem: {kind: magic}\n".getBytes(StandardCharsets.UTF_8),
                "assess", "-");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("teamfit: error: stdin:3:"), run.err());
        CliRunner.Run json = withStdin("  {\"id\": \"x\",}".getBytes(StandardCharsets.UTF_8), "assess", "-");
        assertEquals(2, json.exitCode());
        assertTrue(json.err().startsWith("teamfit: error: stdin:1:") && json.err().contains("not valid JSON"), json.err());
    }

    @Test
    void stdinIsBoundedByMaxInputBytes() throws IOException {
        CliRunner.Run run = withStdin(Files.readAllBytes(FRAUD), "assess", "-", "--max-input-bytes", "100");
        assertEquals(2, run.exitCode());
        assertEquals("teamfit: error: stdin: the input is over the limit of 100 bytes. Split it, or raise the limit "
                + "with --max-input-bytes.\n", run.err());
    }
}
