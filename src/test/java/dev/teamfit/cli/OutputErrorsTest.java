package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A result that cannot be written is one error naming the file the user gave, never the temporary one. */
class OutputErrorsTest {

    @Test
    void anOutputInsideAFileNamesTheOutputAndNotItsTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        Path output = file.resolve("report.json");
        for (String[] args : new String[][] {
                {"assess", "samples/card-fraud.yaml", "--format", "json", "--output", output.toString()},
                {"portfolio", "samples/portfolio", "--format", "json", "--output", output.toString()}}) {
            CliRunner.Run run = CliRunner.run(args);
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("teamfit: error: cannot write " + output + ": not a directory. Check that the folder exists "
                    + "and is writable.\n", run.err());
            assertFalse(run.err().contains(".tmp"), run.err());
        }
    }

    @Test
    void aMissingFolderIsSaidSo(@TempDir Path dir) {
        Path output = dir.resolve("missing/report.txt");
        CliRunner.Run run = CliRunner.run("assess", "samples/card-fraud.yaml", "--output", output.toString());
        assertEquals(2, run.exitCode());
        assertEquals("teamfit: error: cannot write " + output + ": the folder " + output.getParent() + " does not exist. "
                + "Check that the folder exists and is writable.\n", run.err());
    }
}
