package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code teamfit} as a process of its own, the way the launcher runs it, through {@link Main}: it must
 * print exactly what the in-process command line prints.
 */
class MainProcessTest {

    private static final String FRAUD = "samples/card-fraud.yaml";

    @TempDir
    Path dir;

    /** What one process printed and returned. */
    private record Ran(int exitCode, String out, String err) {
    }

    @Test
    void aFreshProcessPrintsWhatTheCommandLinePrints() throws Exception {
        for (String[] args : List.of(new String[] {"assess", FRAUD, "--format", "json"},
                new String[] {"explain", FRAUD, "--role", "mlops-engineer"},
                new String[] {"assess", "samples/clinical-imaging.yaml", "--add-rules", "samples/custom-rules",
                        "--format", "json"},
                new String[] {"portfolio", "samples/portfolio", "--format", "jsonl"})) {
            Ran ran = run(args);
            CliRunner.Run expected = CliRunner.run(args);
            assertEquals(expected.exitCode(), ran.exitCode(), String.join(" ", args) + ": " + ran.err());
            assertEquals(expected.err(), ran.err(), String.join(" ", args));
            assertEquals(expected.out(), ran.out(), String.join(" ", args));
        }
    }

    @Test
    void aMissingFileIsOneErrorAndExitTwo() throws Exception {
        Ran ran = run("assess", "no/such/project.yaml");
        assertEquals(2, ran.exitCode(), ran.err());
        assertEquals("", ran.out());
        assertTrue(ran.err().startsWith("teamfit: error: no/such/project.yaml"), ran.err());
        assertEquals(1, ran.err().lines().count(), ran.err());
    }

    private Ran run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = start(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A guard against a hung process, not a measure of speed.
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the process did not finish");
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder start(String[] args) {
        assertTrue(Files.isRegularFile(Path.of(FRAUD)), "run from the project folder");
        // As ./teamfit runs it: C1 only, the serial collector, a class-data archive.
        ProcessBuilder builder = new ProcessBuilder(Child.java(List.of(), args));
        // As the in-process runs are: none of the developer's settings (TEAMFIT_*, a user teamfit.yaml).
        builder.environment().keySet().removeIf(name -> name.startsWith("TEAMFIT_") || name.equals("XDG_CONFIG_HOME"));
        builder.environment().put("HOME", Path.of(System.getProperty("java.io.tmpdir"), "teamfit-no-home").toString());
        return builder;
    }
}
