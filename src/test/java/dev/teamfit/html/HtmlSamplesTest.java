package dev.teamfit.html;

import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample HTML reports in {@code samples/reports/} are what the CLI prints today: regenerate them with
 * {@code mvn test -Dtest='dev.teamfit.html.HtmlSamplesTest' -Dteamfit.golden.update=true} and review the diff.
 */
class HtmlSamplesTest {

    static final Path REPORTS = Path.of("samples/reports");
    private static final boolean UPDATE = Boolean.getBoolean("teamfit.golden.update");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "card-fraud.html, assess samples/card-fraud.yaml --format html",
            "portfolio.html, portfolio samples/portfolio --format html"})
    void sampleReportMatchesFreshOutput(String name, String command) throws IOException {
        CliRunner.Run run = CliRunner.run(command.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        Path report = REPORTS.resolve(name);
        if (UPDATE) {
            Files.createDirectories(REPORTS);
            Files.writeString(report, run.out());
        }
        assertTrue(Files.exists(report), "no sample report " + report + "; run with -Dteamfit.golden.update=true");
        assertEquals(Files.readString(report), run.out(), report + " differs from `teamfit " + command + "`");
    }
}
