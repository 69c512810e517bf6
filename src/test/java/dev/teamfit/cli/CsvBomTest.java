package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --csv-bom}: CSV for Excel starts with the UTF-8 byte order mark, and only when asked. */
class CsvBomTest {

    private static final String FRAUD = "samples/card-fraud.yaml";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] head(Path file) throws IOException {
        return java.util.Arrays.copyOf(Files.readAllBytes(file), 3);
    }

    @Test
    void assessAndPortfolioWriteTheMarkFirst(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        assertEquals(0, CliRunner.run("assess", FRAUD, "--output", plain.toString()).exitCode());
        assertEquals(0, CliRunner.run("assess", FRAUD, "--output", excel.toString(), "--csv-bom").exitCode());
        assertArrayEquals(BOM, head(excel));
        assertTrue(Files.readString(plain).startsWith("project,type"));
        assertEquals("\uFEFF" + Files.readString(plain), Files.readString(excel));

        CliRunner.Run portfolio = CliRunner.run("portfolio", "samples/portfolio", "--format", "csv", "--csv-bom");
        assertEquals(0, portfolio.exitCode(), portfolio.err());
        assertTrue(portfolio.out().startsWith("\uFEFFproject,type,"), portfolio.out());
    }

    @Test
    void theMarkIsForCsvOnly() {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--csv-bom");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("teamfit: error: --csv-bom is for CSV, and the format is json. Add --format csv, or leave "
                + "--csv-bom out.\n", run.err());
    }
}
