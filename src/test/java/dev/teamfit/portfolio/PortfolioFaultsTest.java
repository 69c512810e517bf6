package dev.teamfit.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.Child;
import dev.teamfit.cli.PortfolioInputs;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Fault injection: a portfolio among an unreadable folder, a file that vanishes and one that grows
 * while they are read, a FIFO, links out of the folder, a closed stdout and a full disk. Every input
 * appears exactly once, as a result or as an error, and the exit code says what happened.
 */
class PortfolioFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterEach
    void unlock() throws IOException {
        Path locked = dir.resolve("in/locked");
        if (Files.exists(locked)) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * {@code in/}: a.yaml and b.yaml; {@code locked/} (unreadable) with c.yaml; a FIFO named like a project;
     * a link to a project outside; {@code list.jsonl} with two projects. Returns the folder.
     */
    private Path faults() throws Exception {
        assumeTrue(Child.has("mkfifo"), "mkfifo");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.yaml"), PortfolioCliTest.project("a", "Ann", 0.5));
        Files.writeString(in.resolve("b.yaml"), PortfolioCliTest.project("b", "Ann", 0.5));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("c.yaml"), PortfolioCliTest.project("c", "Cy", 1));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.yaml").toString()).start().waitFor());
        Path outside = Files.writeString(dir.resolve("outside.yaml"), PortfolioCliTest.project("o", "Oz", 1));
        Files.createSymbolicLink(in.resolve("outside.yaml"), outside);
        Files.writeString(in.resolve("list.jsonl"), PortfolioInputs.line(1) + "\n" + PortfolioInputs.line(2) + "\n");
        return in;
    }

    /** Feeds a FIFO named like a JSON Lines file with two projects, once a reader opens it. */
    private CompletableFuture<Void> feed(Path fifo) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write((PortfolioInputs.line(7) + "\n" + PortfolioInputs.line(8) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void asAProcessEveryInputAppearsOnceWhateverGoesWrong() throws Exception {
        String permissions = Child.withPermissions();
        assumeTrue(permissions != null, "permissions cannot be made to bite here");
        Path in = faults();
        Path fifo = dir.resolve("feed.jsonl");
        CompletableFuture<Void> feeding = feed(fifo);
        Path out = dir.resolve("out.jsonl");
        Child.Ran ran = Child.sh(dir, permissions + "$TEAMFIT > '" + out + "'", List.of(), "portfolio",
                in.toString(), fifo.toString(), "--format", "jsonl");
        feeding.get(1, TimeUnit.MINUTES);
        assertEquals(2, ran.exitCode(), ran.err());

        List<String> seen = new ArrayList<>();
        JsonNode summary = null;
        for (String line : Files.readAllLines(out)) {
            JsonNode node = JSON.readTree(line);
            if (node.has("project")) {
                seen.add(node.at("/project/id").asText());
            } else if (node.has("error")) {
                seen.add("error " + dir.relativize(Path.of(node.at("/error/file").asText())));
            } else {
                summary = node.get("summary");
            }
        }
        assertEquals(List.of("a", "b", "p1", "p2", "error in/locked", "p7", "p8"), seen);
        assertEquals(7, summary.get("inputs").asInt());
        assertEquals(2, summary.at("/skipped/count").asInt(), summary.toString());
        assertTrue(ran.err().contains("left out " + in.resolve("pipe.yaml") + ": not a regular file"), ran.err());
        assertTrue(ran.err().contains("left out " + in.resolve("outside.yaml") + ": a link out of the folders"),
                ran.err());

        // The same portfolio (the FIFO aside) with stdout closed, then on a full device.
        Child.Ran closed = Child.sh(dir, permissions + "$TEAMFIT >&-", List.of(), "portfolio", in.toString(),
                "--format", "jsonl");
        assertEquals(2, closed.exitCode(), closed.err());
        assertTrue(closed.err().contains("teamfit: error: cannot write the result to stdout: "), closed.err());
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full");
        Child.Ran full = Child.sh(dir, permissions + "$TEAMFIT > /dev/full", List.of(), "portfolio", in.toString(),
                "--format", "json");
        assertEquals(2, full.exitCode(), full.err());
        assertTrue(full.err().endsWith("teamfit: error: cannot write the result to stdout: No space left on device.\n"),
                full.err());
    }

    @Test
    void inProcessAVanishingAndAGrowingFileAreReadOnceAmongTheOtherFaults() throws Exception {
        Path in = faults();
        Path fifo = dir.resolve("feed.jsonl");
        CompletableFuture<Void> feeding = feed(fifo);
        Path grows = Files.writeString(dir.resolve("grows.jsonl"), PortfolioInputs.line(3) + "\n");
        Path vanishes = Files.writeString(dir.resolve("vanishes.yaml"), PortfolioCliTest.project("v", "Vi", 1));
        List<Outcome> outcomes = new ArrayList<>();
        boolean[] done = {false, false};
        PortfolioSummary summary = Portfolio.run(RuleBase.bundled(), List.of(vanishes, in, fifo, grows),
                new Portfolio.Options(2, 1 << 20, 5, Duration.ofSeconds(30), false, Overrides.none(), 4),
                outcomes::add, new Portfolio.Progress() {
                    @Override
                    public void update(String pass, int count, int total, int errors) {
                        try {
                            if (pass.equals("reading") && !done[0]) {
                                done[0] = true;
                                Files.writeString(grows, PortfolioInputs.line(4) + "\n", StandardOpenOption.APPEND);
                            }
                            if (pass.equals("assessing") && !done[1]) {
                                done[1] = true;
                                Files.writeString(grows, PortfolioInputs.line(5) + "\n", StandardOpenOption.APPEND);
                                Files.delete(vanishes);
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        feeding.get(1, TimeUnit.MINUTES);
        List<String> seen = outcomes.stream().map(o -> o instanceof Outcome.Result r ? r.assessment().project().id()
                : "error " + dir.relativize(Path.of(o.source().file()))).toList();
        // Root may read the locked folder; anyone else gets its error. Either way, each input once.
        List<String> expected = new ArrayList<>(List.of("v", "a", "b", "p1", "p2"));
        expected.add(Files.isReadable(in.resolve("locked")) ? "c" : "error in/locked");
        expected.addAll(List.of("p7", "p8", "p3", "p4"));
        assertEquals(expected.stream().sorted().toList(), seen.stream().sorted().toList(), seen.toString());
        assertEquals(expected.size(), summary.inputs());
        assertEquals(2, summary.skipped().count(), summary.skipped().toString());
    }
}
