package dev.teamfit.portfolio;

import dev.teamfit.engine.FixtureRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.Child;
import dev.teamfit.cli.CliRunner;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Findings of an attack on the portfolio command, each reproduced and fixed: links out of the folders,
 * slow and runaway projects, inputs that change while they are read, paths left out without a word.
 */
class BatchReliabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(CliRunner.Run run) throws IOException {
        return JSON.readTree(run.out());
    }

    private static List<String> ids(JsonNode root) {
        List<String> ids = new ArrayList<>();
        root.get("projects").forEach(p -> ids.add(p.at("/project/id").asText()));
        return ids;
    }

    private Path folder(String name, String... ids) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String id : ids) {
            Files.writeString(folder.resolve(id + ".yaml"), PortfolioCliTest.project(id, "Member " + id, 1));
        }
        return folder;
    }

    // A3: links.

    @Test
    void aLinkOutOfTheFolderIsNotFollowedAndWhatItNamesIsNeverQuoted() throws IOException {
        Path secret = Files.writeString(dir.resolve("token"), "sk_live_0123456789abcdefghijklmnopqrstuvwxyz\n");
        Path in = folder("in", "a");
        Files.createSymbolicLink(in.resolve("creds.json"), secret);
        CliRunner.Run run = CliRunner.run("portfolio", in.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("a"), ids(json(run)));
        assertFalse(run.out().contains("sk_live") || run.err().contains("sk_live"), run.out() + run.err());
        assertEquals("teamfit: note: left out " + in.resolve("creds.json") + ": a link out of the folders given, not "
                + "followed (--follow-links follows it).\n", run.err());
        assertEquals(in.resolve("creds.json").toString(), json(run).at("/summary/skipped/paths/0/path").asText());

        // Followed on request, it is an input that is not a project: its error quotes at most a few characters.
        CliRunner.Run followed = CliRunner.run("portfolio", in.toString(), "--format", "json", "--follow-links");
        assertEquals(2, followed.exitCode(), followed.err());
        String message = json(followed).at("/errors/0/message").asText();
        assertTrue(message.contains("not valid JSON"), message);
        assertFalse(message.contains("0123456789abcdefghij"), message);
    }

    @Test
    void aRootThatIsALinkToAFolderIsWalked() throws IOException {
        Path in = folder("in", "a", "b");
        Files.writeString(in.resolve("c.yaml"), "id: [broken\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), in);
        CliRunner.Run run = CliRunner.run("portfolio", link.toString(), "--format", "json");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("a", "b"), ids(json(run)));
        assertEquals(link.resolve("c.yaml").toString(), json(run).at("/errors/0/file").asText(), "named as given");
        assertEquals("", run.err());
    }

    @Test
    void linksRoundALoopOrBackInsideAreNotFollowedAndEachFileIsReadOnce() throws IOException {
        Path in = folder("in", "a");
        Path sub = folder("in/sub", "b");
        Files.createSymbolicLink(sub.resolve("up"), in);
        Files.createSymbolicLink(in.resolve("again.yaml"), in.resolve("a.yaml"));
        Path outside = folder("outside", "c");
        Files.createSymbolicLink(outside.resolve("back"), in);
        Files.createSymbolicLink(in.resolve("out"), outside);
        for (String follow : List.of("no", "--follow-links")) {
            List<String> args = new ArrayList<>(List.of("portfolio", in.toString(), "--format", "json"));
            if (!follow.equals("no")) {
                args.add(follow);
            }
            CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(follow.equals("no") ? List.of("a", "b") : List.of("a", "c", "b"), ids(json(run)), run.err());
            assertTrue(run.err().contains(in.resolve("again.yaml") + (follow.equals("no") ? ": a link, not followed"
                    : ": the same file as " + in.resolve("a.yaml") + ", read once")), run.err());
        }
    }

    // A4: slow and runaway projects.

    private Path rules(String consequence) throws IOException {
        return FixtureRules.folder(dir.resolve("rules-" + Integer.toHexString(consequence.hashCode())),
                new FixtureRules.Rule("SLOW-001", "A test fixture takes its time on some projects", "slow", consequence));
    }

    private Path slowPortfolio(String... domains) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < domains.length; i++) {
            lines.append("{\"id\": \"p").append(i).append("\", \"name\": \"P").append(i).append("\", \"domain\": \"")
                    .append(domains[i]).append("\", \"problem\": {\"kind\": \"classification\"}, \"team\": []}\n");
        }
        return Files.writeString(dir.resolve("slow.jsonl"), lines);
    }

    @Test
    void aProjectSlowOnTheClockButNotOnTheCpuIsAssessed() throws IOException {
        // Waiting takes no CPU time: a loaded machine, or a collector short of heap, looks like this.
        // Twice the limit on the clock; the limit leaves a first project's CPU (classes loading) room on a loaded
        // machine, and the clock's own bound (Watchdog.WALL_FACTOR times the limit) is ten times the sleep.
        Path rules = rules("try { Thread.sleep(1000); } catch (InterruptedException e) { }");
        CliRunner.Run run = CliRunner.run("portfolio", slowPortfolio("slow", "x", "slow").toString(), "--add-rules",
                rules.toString(), "--rule-timeout", "0.5", "--threads", "2", "--format", "json");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertEquals(List.of("p0", "p1", "p2"), ids(json(run)));
    }

    @Test
    void aRunawayProjectIsOneErrorAndTheRunGoesOnWithItsThreadReplaced() throws IOException {
        // Spins until interrupted (so that the test JVM gets its CPU back); one thread for all the work.
        Path rules = rules("while (!Thread.currentThread().isInterrupted()) { }");
        CliRunner.Run run = CliRunner.run("portfolio", slowPortfolio("x", "slow", "x", "slow", "x").toString(),
                "--add-rules", rules.toString(), "--rule-timeout", "0.3", "--threads", "1", "--format", "jsonl");
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(6, lines.size(), run.out());
        for (int i : new int[] {0, 2, 4}) {
            assertEquals("p" + i, JSON.readTree(lines.get(i)).at("/project/id").asText(), lines.get(i));
        }
        for (int i : new int[] {1, 3}) {
            assertTrue(JSON.readTree(lines.get(i)).at("/error/message").asText().contains("within 0.3 s of CPU time"),
                    lines.get(i));
        }
        assertEquals(2, JSON.readTree(lines.get(5)).at("/summary/errors").asInt(), lines.get(5));
    }

    @Test
    void afterSixteenRunawayThreadsTheRestAreErrorsWithoutRunningTheRules() throws IOException {
        int threads = 4;
        String[] domains = new String[Workers.MAX_ABANDONED + 10];
        java.util.Arrays.fill(domains, "slow");
        Path rules = rules("while (!Thread.currentThread().isInterrupted()) { }");
        CliRunner.Run run = CliRunner.run("portfolio", slowPortfolio(domains).toString(), "--add-rules",
                rules.toString(), "--rule-timeout", "0.05", "--threads", String.valueOf(threads), "--format", "json");
        assertEquals(2, run.exitCode(), run.err());
        JsonNode errors = json(run).get("errors");
        assertEquals(domains.length, errors.size());
        int stopped = 0;
        for (JsonNode error : errors) {
            stopped += error.get("message").asText().contains("were stopped") ? 1 : 0;
        }
        // Rules already running when the sixteenth thread was abandoned may run on to the limit too.
        assertTrue(stopped >= Workers.MAX_ABANDONED && stopped < Workers.MAX_ABANDONED + threads, errors.toString());
        assertTrue(errors.get(domains.length - 1).get("message").asText().contains("not assessed: the rules ran past "
                + "the time limit on 16 projects already"), errors.toString());
    }

    // A6: inputs read once.

    @Test
    void aFifoNamedJsonlIsReadOnce() throws Exception {
        assumeTrue(Child.has("mkfifo"), "mkfifo");
        Path fifo = dir.resolve("stream.jsonl");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < 5; i++) {
                    out.write((PortfolioInputs.line(i) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner.Run run = CliRunner.run("portfolio", fifo.toString(), "--format", "json");
        writer.get(1, TimeUnit.MINUTES);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4"), ids(json(run)));
    }

    @Test
    void aFileAppendedToOrRemovedDuringTheRunIsReadAsItWasOnce() throws Exception {
        Path lines = PortfolioInputs.jsonl(dir, 4);
        Path in = folder("in", "a", "b", "c");
        List<Outcome> outcomes = new ArrayList<>();
        boolean[] changed = {false, false};
        PortfolioSummary summary = Portfolio.run(RuleBase.bundled(), List.of(lines, in),
                new Portfolio.Options(2, 1 << 20, 5, Duration.ofSeconds(30), false, Overrides.none(), 2),
                outcomes::add, new Portfolio.Progress() {
                    @Override
                    public void update(String pass, int done, int total, int errors) {
                        try {
                            if (pass.equals("reading") && !changed[0]) {
                                // The folder was listed; its last file goes before it is read.
                                changed[0] = true;
                                Files.delete(in.resolve("c.yaml"));
                            }
                            if (pass.equals("assessing") && !changed[1]) {
                                changed[1] = true;
                                Files.writeString(lines, PortfolioInputs.line(99) + "\n", StandardOpenOption.APPEND);
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        List<String> seen = outcomes.stream().map(o -> o instanceof Outcome.Result r ? r.assessment().project().id()
                : "error " + o.source().label()).toList();
        assertEquals(List.of("p0", "p1", "p2", "p3", "a", "b", "error " + in.resolve("c.yaml")), seen);
        assertTrue(((Outcome.Failure) outcomes.get(6)).messages().get(0).contains("no such file"), outcomes.toString());
        assertEquals(7, summary.inputs());
    }

    // A7, A8: paths left out, and unreadable folders.

    @Test
    void everyPathLeftOutIsNotedAndListed() throws Exception {
        assumeTrue(Child.has("mkfifo"), "mkfifo");
        Path in = folder("in", "a");
        assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.yaml").toString()).start().waitFor());
        Files.createSymbolicLink(in.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));
        Files.createSymbolicLink(in.resolve("linked"), folder("elsewhere", "z"));
        Files.writeString(in.resolve("package.json"), "{\"name\": \"site\", \"version\": \"1.0.0\"}\n");
        CliRunner.Run run = CliRunner.run("portfolio", in.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("a"), ids(json(run)));
        List<String> notes = run.err().lines().toList();
        assertEquals(4, notes.size(), run.err());
        for (String name : List.of("pipe.yaml", "dangling.yaml", "linked", "package.json")) {
            assertTrue(run.err().contains("teamfit: note: left out " + in.resolve(name) + ": "), name + ": " + run.err());
        }
        assertEquals(4, json(run).at("/summary/skipped/count").asInt());
        CliRunner.Run text = CliRunner.run("portfolio", in.toString());
        assertTrue(text.out().contains("\nLeft out (4 paths)\n"), text.out());
    }

    @Test
    void aFileNameWithControlCharactersIsReadAndShownEscaped() throws IOException {
        Path in = folder("in", "a");
        Files.writeString(in.resolve("new\nline.yaml"), PortfolioCliTest.project("b", "Bo", 1));
        Files.writeString(in.resolve("red\u001b[31m.yaml"), "id: [broken\n");
        CliRunner.Run run = CliRunner.run("portfolio", in.toString(), "--format", "csv");
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u001b"), run.out());
        assertTrue(run.out().contains("red\\u001B[31m.yaml,INVALID_INPUT"), run.out());
        CliRunner.Run json = CliRunner.run("portfolio", in.toString(), "--format", "json");
        assertEquals(List.of("a", "b"), ids(json(json)));
    }

    @Test
    void problemsPerInputAreCappedInAPortfolioToo() throws IOException {
        StringBuilder keys = new StringBuilder("{\"id\": \"x\", \"name\": \"X\", \"problem\": {\"kind\": \"nlp\"}");
        for (int i = 0; i < 30; i++) {
            keys.append(", \"unknown").append(i).append("\": 1");
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), keys + "}\n");
        CliRunner.Run run = CliRunner.run("portfolio", file.toString(), "--format", "json");
        JsonNode problems = json(run).at("/errors/0/problems");
        assertEquals(21, problems.size(), problems.toString());
        assertEquals(file + ":1: and 10 more problems; fix these first.", problems.get(20).asText());
    }

    @Test
    void strictMakesAnUnknownSkillAnErrorInAPortfolio() throws IOException {
        Path file = Files.writeString(dir.resolve("p.yaml"), PortfolioCliTest.project("p", "Ana", 1)
                .replace("communication: proficient}", "communication: proficient, kubernets: 3}"));
        CliRunner.Run lenient = CliRunner.run("portfolio", file.toString(), "--format", "json");
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(json(lenient).at("/projects/0/warnings/0").asText().contains("kubernets"), lenient.out());
        CliRunner.Run strict = CliRunner.run("portfolio", file.toString(), "--format", "json", "--strict");
        assertEquals(2, strict.exitCode(), strict.err());
        assertTrue(json(strict).at("/errors/0/message").asText().contains("kubernets"), strict.out());
    }

    @Test
    void aLimitOverOneGibIsRefused() {
        CliRunner.Run run = CliRunner.run("portfolio", "samples/portfolio", "--max-input-bytes", "1073741825");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--max-input-bytes must be a number of bytes from 1 to 1073741824"), run.err());
    }

    @Test
    void theOutputMayNotBeAnInputOfThePortfolio() throws IOException {
        Path in = folder("in", "a", "b");
        for (Path output : List.of(in.resolve("a.yaml"), in.resolve("./b.yaml"))) {
            CliRunner.Run run = CliRunner.run("portfolio", in.toString(), "--output", output.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(", an input; the report would replace it"), run.err());
        }
        assertTrue(Files.readString(in.resolve("a.yaml")).startsWith("id: a\n"));
    }
}
