package dev.teamfit.html;

import dev.teamfit.cli.CliRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders fresh reports in headless Chromium: the page loads without console messages and a screenshot
 * is taken. Skipped where {@code /usr/bin/chromium} is absent; {@code .ci/run} installs it.
 */
class BrowserRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "card-fraud.html, assess samples/card-fraud.yaml --format html",
            "portfolio.html, portfolio samples/portfolio --format html"})
    void reportRendersInHeadlessChromium(String name, String command, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        CliRunner.Run run = CliRunner.run(command.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        Path page = dir.resolve(name);
        Files.writeString(page, run.out());

        Path shot = dir.resolve("screenshot.png");
        Result screenshot = chromium(dir, "--screenshot=" + shot, "--window-size=1280,2000", page.toUri().toString());
        assertEquals(0, screenshot.exit(), screenshot.err());
        assertNoConsoleMessages(screenshot.err());
        assertTrue(Files.exists(shot), "a screenshot was written: " + screenshot.err());
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 10_000, "a screenshot with something on it: " + png.length + " bytes");
        assertArrayEquals(PNG, Arrays.copyOf(png, 8), "a PNG");
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertEquals(1280, header.getInt(), "width");
        assertEquals(2000, header.getInt(), "height");

        Result dom = chromium(dir, "--dump-dom", page.toUri().toString());
        assertEquals(0, dom.exit(), dom.err());
        assertNoConsoleMessages(dom.err());
        Document loaded = Jsoup.parse(dom.out());
        assertEquals(Jsoup.parse(run.out()).title(), loaded.title());
        assertFalse(loaded.select("table.matrix tbody tr").isEmpty(), "the matrix is in the rendered page");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result chromium(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Path err = dir.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        try {
            // A guard against a hung browser, not a measure of speed.
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), "Chromium did not finish");
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Chromium logs every console message (errors, uncaught exceptions) as {@code INFO:CONSOLE}. */
    private static void assertNoConsoleMessages(String log) {
        List<String> console = log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertTrue(console.isEmpty(), "console messages: " + console);
    }
}
