package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sample is executable documentation: it runs through the real CLI and must match its golden
 * output in {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn test -Dtest=SamplesGoldenTest -Dteamfit.golden.update=true} and review the diff.
 */
class SamplesGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("teamfit.golden.update");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            // Every project file; the people pool of teamfit plan is not a project.
            return files.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
                    .filter(p -> !p.getFileName().toString().equals("people.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} as json")
    @MethodSource("samples")
    void jsonMatchesGolden(Path sample) throws IOException {
        check(sample, "json", "--format", "json");
    }

    @ParameterizedTest(name = "{0} as text --explain")
    @MethodSource("samples")
    void textMatchesGolden(Path sample) throws IOException {
        check(sample, "txt", "--format", "text", "--explain");
    }

    /** The README's staffing plan: the portfolio sample staffed from its pool, from a fixed month. */
    @Test
    void thePortfolioPlanMatchesGolden() throws IOException {
        compare("plan-portfolio.txt", "plan", "samples/portfolio", "--people", "samples/people.yaml", "--from", "2027-01");
    }

    private static void check(Path sample, String extension, String... options) throws IOException {
        String[] args = Stream.concat(Stream.of("assess", sample.toString()), Stream.of(options)).toArray(String[]::new);
        String name = sample.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "." + extension;
        compare(name, args);
    }

    private static void compare(String name, String... args) throws IOException {
        Path sample = Path.of(args[1]);
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "a successful run prints nothing on stderr");
        assertEquals(run.out(), CliRunner.run(args).out(), "the same input must give the same bytes");
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out());
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dteamfit.golden.update=true");
        assertEquals(Files.readString(golden), run.out(), "output of " + sample + " differs from " + golden);
    }
}
