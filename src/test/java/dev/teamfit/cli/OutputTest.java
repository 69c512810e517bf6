package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code --output} writes what a user means, whatever the path names, and never destroys what it should not. */
class OutputTest {

    private static final String FRAUD = "samples/card-fraud.yaml";

    @TempDir
    Path dir;

    private static String expected() {
        return CliRunner.run("assess", FRAUD, "--format", "json").out();
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTargetAndStaysALink() throws IOException {
        Path target = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--output", link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(expected(), Files.readString(target));
    }

    @Test
    void aDanglingLinkCreatesTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("new.json"));
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--output", link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(expected(), Files.readString(dir.resolve("new.json")));
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path file = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--output", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(expected(), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aFolderIsAClearError() {
        for (String folder : new String[] {"/", dir.toString()}) {
            CliRunner.Run run = CliRunner.run("assess", FRAUD, "--output", folder);
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("teamfit: error: --output " + folder + ": is a folder. Give the name of a file to write.\n",
                    run.err());
            CliRunner.Run portfolio = CliRunner.run("portfolio", "samples/portfolio", "--output", folder);
            assertEquals(2, portfolio.exitCode(), portfolio.err());
            assertTrue(portfolio.err().contains("is a folder"), portfolio.err());
        }
    }

    @Test
    void aMissingFolderIsAClearErrorWithoutATemporaryName() {
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--output", dir.resolve("missing/report.txt").toString());
        assertEquals(2, run.exitCode());
        assertEquals("teamfit: error: cannot write " + dir.resolve("missing/report.txt") + ": the folder "
                + dir.resolve("missing") + " does not exist. Check that the folder exists and is writable.\n", run.err());
    }

    @Test
    void theInputIsNeverReplacedByItsReport() throws IOException {
        Path project = dir.resolve("same.yaml");
        Files.copy(Path.of(FRAUD), project);
        Path link = Files.createSymbolicLink(dir.resolve("alias.yaml"), project);
        for (Path output : new Path[] {project, link, dir.resolve("./same.yaml")}) {
            CliRunner.Run run = CliRunner.run("assess", project.toString(), "--output", output.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("an input; the report would replace it"), run.err());
            assertEquals(Files.readString(Path.of(FRAUD)), Files.readString(project));
        }
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        assumeTrue(Child.has("mkfifo"), "mkfifo");
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner.Run run = CliRunner.run("assess", FRAUD, "--format", "json", "--output", fifo.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected(), reader.get(1, TimeUnit.MINUTES));
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).isOther(), "still a FIFO");
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndStaysADevice() throws Exception {
        assumeTrue(Child.root() && Child.has("mknod"), "making a device node needs root");
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0, "mknod");
        CliRunner.Run run = CliRunner.run("portfolio", "samples/portfolio", "--format", "json", "--output",
                device.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readAttributes(device, java.nio.file.attribute.BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).isOther(), "still a device");
        assertEquals(0, Files.size(device));
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndNamesNone() throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "previous");
        // A portfolio that fails before it is written: the previous report stays, nothing else is left.
        CliRunner.Run run = CliRunner.run("portfolio", "samples/portfolio", "--threads", "0", "--output", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("previous", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertFalse(run.err().contains(".teamfit-"), run.err());
    }
}
