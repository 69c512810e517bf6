package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Results that cannot be written are errors, as a user's shell would show them: stdout on a full
 * device, closed, or a pipe that closes early; a new file's mode from the umask; a temporary file
 * removed when the process is stopped.
 */
class WritingProcessTest {

    private static final String FRAUD = "samples/card-fraud.yaml";
    private static final String NO_SPACE = "teamfit: error: cannot write the result to stdout: No space left on device.\n";

    @TempDir
    Path dir;

    @Test
    void stdoutOnAFullDeviceIsExitTwoWithOneMessage() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full");
        Child.Ran assess = Child.sh(dir, "$TEAMFIT > /dev/full", List.of(), "assess", FRAUD);
        assertEquals(2, assess.exitCode(), assess.err());
        assertEquals(NO_SPACE, assess.err());
        Child.Ran portfolio = Child.sh(dir, "$TEAMFIT > /dev/full", List.of(), "portfolio", "samples/portfolio",
                "--format", "jsonl");
        assertEquals(2, portfolio.exitCode(), portfolio.err());
        assertEquals(NO_SPACE, portfolio.err());
    }

    @Test
    void aClosedStdoutIsExitTwoWithOneMessage() throws Exception {
        for (String command : List.of("assess", "schema")) {
            Child.Ran ran = Child.sh(dir, "$TEAMFIT >&-", List.of(), command.equals("assess")
                    ? new String[] {"assess", FRAUD} : new String[] {"schema"});
            assertEquals(2, ran.exitCode(), ran.err());
            assertTrue(ran.err().startsWith("teamfit: error: cannot write the result to stdout: "), ran.err());
            assertEquals(1, ran.err().lines().count(), ran.err());
        }
    }

    @Test
    void aPipeClosedEarlyIsExitTwoWithOneMessage() throws Exception {
        Path code = dir.resolve("code");
        Child.Ran ran = Child.sh(dir, "($TEAMFIT; echo $? > '" + code + "') | head -c 100 > /dev/null", List.of(),
                "portfolio", PortfolioInputs.jsonl(dir, 400).toString(), "--format", "jsonl");
        assertEquals("2", Files.readString(code).strip(), ran.err());
        assertEquals("teamfit: error: cannot write the result to stdout: Broken pipe.\n", ran.err());
    }

    /** A pipe that closes after a few bytes, as {@code | head -c 100} does, counting what is still sent. */
    private static final class ClosingPipe extends OutputStream {
        long accepted;
        long refused;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (accepted >= 100) {
                refused += len;
                throw new IOException("Broken pipe");
            }
            accepted += len;
        }
    }

    @Test
    void aPipeClosedEarlyStopsTheRunEarly() throws IOException {
        String[] args = {"portfolio", PortfolioInputs.jsonl(dir, 300).toString(), "--format", "jsonl", "--threads", "2"};
        long whole = CliRunner.run(args).out().length();
        ClosingPipe pipe = new ClosingPipe();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, Streams.Stdout.of(pipe), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertEquals("teamfit: error: cannot write the result to stdout: Broken pipe.\n", err.toString());
        // It stops at the first failed write of its buffer, not after writing everything.
        assertTrue(pipe.refused < whole / 4, pipe.refused + " bytes sent after the pipe closed, of " + whole);
    }

    @Test
    void aFullFileSystemIsExitTwoAndLeavesNoTemporaryFile() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Path listing = dir.resolve("listing");
        String mount = "mount -t tmpfs -o size=16k tmpfs '" + small + "' || exit 99; ";
        boolean tiny = Child.root() && Child.has("unshare")
                && Child.sh(dir, "unshare -m sh -c \"" + mount + "\"", List.of()).exitCode() == 0;
        assumeTrue(tiny || Files.exists(Path.of("/dev/full")), "a tiny file system or /dev/full");
        String portfolio = PortfolioInputs.jsonl(dir, 200).toString();
        if (!tiny) {
            Child.Ran ran = Child.sh(dir, "$TEAMFIT > /dev/full", List.of(), "portfolio", portfolio, "--format", "json");
            assertEquals(2, ran.exitCode(), ran.err());
            assertEquals(NO_SPACE, ran.err());
            return;
        }
        // In a mount namespace of its own: the file system is gone with the process.
        Child.Ran toStdout = Child.sh(dir, "unshare -m sh -c \"" + mount + "$TEAMFIT > '" + small + "/out.json'\"",
                List.of(), "portfolio", portfolio, "--format", "json");
        assertEquals(2, toStdout.exitCode(), toStdout.err());
        assertEquals(NO_SPACE, toStdout.err());

        Child.Ran toFile = Child.sh(dir, "unshare -m sh -c \"" + mount + "echo old > '" + small + "/report.json'; "
                + "$TEAMFIT; echo \\$? > '" + dir.resolve("code") + "'; ls -A '" + small + "' > '" + listing + "'\"",
                List.of(), "portfolio", portfolio, "--format", "json", "--output", small + "/report.json");
        assertEquals("2", Files.readString(dir.resolve("code")).strip(), toFile.err());
        assertEquals("teamfit: error: cannot write " + small + "/report.json: No space left on device. Check that the "
                + "folder exists and is writable.\n", toFile.err());
        assertEquals("report.json\n", Files.readString(listing), "the old report stays, no temporary file is left");
    }

    @Test
    void aNewFileGetsTheUmasksMode() throws Exception {
        for (String[] umask : new String[][] {{"077", "rw-------"}, {"027", "rw-r-----"}, {"022", "rw-r--r--"}}) {
            Path file = dir.resolve("report-" + umask[0] + ".txt");
            Child.Ran ran = Child.sh(dir, "umask " + umask[0] + "; $TEAMFIT", List.of(), "assess", FRAUD, "--output",
                    file.toString());
            assertEquals(0, ran.exitCode(), ran.err());
            assertEquals(umask[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), umask[0]);
        }
    }

    @Test
    void theTemporaryFileIsRemovedWhenTheProcessIsStopped() throws Exception {
        assumeTrue(Child.has("mkfifo"), "mkfifo");
        // SIGINT only where it reaches a child: a build started as a background job ignores it, and so do its children.
        for (String signal : Child.ignoresInterrupt() ? List.of("TERM") : List.of("TERM", "INT")) {
            Path out = Files.createDirectories(dir.resolve("out-" + signal));
            // An input nobody writes to: the run waits on it, with its temporary output file open.
            Path fifo = dir.resolve("never-" + signal + ".jsonl");
            assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
            Process process = new ProcessBuilder(Child.java(List.of(), "portfolio", fifo.toString(), "--output",
                    out.resolve("report.json").toString())).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("log-" + signal).toFile()).start();
            try {
                while (listing(out).isEmpty()) {
                    assertTrue(process.isAlive(), () -> read(dir.resolve("log-" + signal)));
                    Thread.sleep(20);
                }
                assertTrue(listing(out).get(0).startsWith(".teamfit-"), listing(out).toString());
                assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor());
                assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the process ended");
                assertEquals(List.of(), listing(out), "no temporary file is left after SIG" + signal);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void argumentsAreEchoedWithoutTheirControlCharacters() throws Exception {
        Child.Ran ran = Child.sh(dir, "$TEAMFIT", List.of(), "explain", FRAUD, "--role", "\u001b[31mx");
        assertEquals(2, ran.exitCode(), ran.err());
        assertFalse(ran.err().contains("\u001b"), ran.err());
        assertTrue(ran.err().contains("\\u001B[31mx"), ran.err());
        Child.Ran format = Child.sh(dir, "$TEAMFIT", List.of(), "portfolio", "samples/portfolio", "--format", "\u001b[2J");
        assertEquals(2, format.exitCode(), format.err());
        assertFalse(format.err().contains("\u001b"), format.err());
    }
}
