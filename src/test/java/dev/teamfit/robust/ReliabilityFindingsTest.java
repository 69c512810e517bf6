package dev.teamfit.robust;

import dev.teamfit.engine.FixtureRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.Child;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.input.TreeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings of the reliability audit that no other test held: deep YAML with an anchor, tag or alias
 * anywhere, YAML past its size in characters, errors thrown inside a rule, explain's overall bound, a
 * rule concluding what the catalog does not define, names the same person or refused, and no cache
 * written anywhere. Outcomes only, never time.
 */
class ReliabilityFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEAD = "id: p\nname: P\nproblem: {kind: classification}\n";

    @TempDir
    Path dir;

    /** About {@code bytes} of nesting after a comment holding {@code mark} (an anchor, alias or tag character). */
    private static String deep(String mark, int bytes, boolean flow) {
        int depth = bytes / (flow ? 2 : 5);
        String nesting = flow ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
        return HEAD + "# R" + mark + "D\ndescription: " + nesting + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"&", "*", "!"})
    void megabytesOfNestingAfterAnAnchorTagOrAliasAreRefusedAtTheDepthLimit(String mark) throws Exception {
        TreeReader reader = new TreeReader(4L << 20);
        for (boolean flow : new boolean[] {true, false}) {
            byte[] yaml = deep(mark, 1 << 20, flow).getBytes(StandardCharsets.UTF_8);
            assertTrue(yaml.length >= 1 << 20, "a megabyte: " + yaml.length);
            dev.teamfit.input.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.teamfit.input.InvalidInputException.class, () -> reader.parse("deep.yaml", yaml,
                            TreeReader.Syntax.YAML));
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().contains("nesting is deeper than 64 levels"), e.getMessage());
        }
    }

    @Test
    void aMegabyteOfNestingIsRefusedInASmallHeap() throws Exception {
        // A child JVM with 32 MB of heap: the reader's work must not grow with the depth past the limit.
        Path file = Files.writeString(dir.resolve("deep.yaml"), deep("&", 1 << 20, true));
        Child.Ran ran = Child.sh(dir, "$TEAMFIT", List.of("-Xmx32m"), "assess", file.toString(), "--max-input-bytes",
                String.valueOf(4 << 20));
        assertEquals(2, ran.exitCode(), ran.err());
        assertEquals(1, ran.err().lines().count(), ran.err());
        assertTrue(ran.err().startsWith("teamfit: error: " + file + ":5:"), ran.err());
        assertTrue(ran.err().contains("nesting is deeper than 64 levels"), ran.err());
    }

    @Test
    void yamlPastTheCharactersItMayHoldIsRefusedBeforeItIsParsed() throws IOException {
        // Under a raised --max-input-bytes, a long scalar used to be scanned in full before SnakeYAML refused it.
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, HEAD + "description: \"" + "x".repeat(4_000_000) + "\"\n");
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--max-input-bytes", "8000000");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("teamfit: error: " + file + ": the YAML document is over 3145728 characters, the most teamfit "
                + "reads as YAML. Split it, or write it as JSON.\n", run.err());
    }

    @Test
    void aLimitOverOneGibIsRefusedByAssessToo() {
        CliRunner.Run run = CliRunner.run("assess", "samples/card-fraud.yaml", "--max-input-bytes", "3000000000");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--max-input-bytes must be a number of bytes from 1 to 1073741824"), run.err());
    }

    /** A rules folder whose one rule throws {@code throwable} on projects of the domain "slow". */
    private Path throwing(String name, String throwable) throws IOException {
        return FixtureRules.folder(dir.resolve(name), new FixtureRules.Rule("FAIL-001",
                "A test fixture fails on slow projects", "slow", "if (true) { throw " + throwable + "; }"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"new StackOverflowError()", "new OutOfMemoryError(\"Java heap space\")",
            "new NoClassDefFoundError(\"acme/Missing\")", "new ExceptionInInitializerError(\"static\")"})
    void anErrorThrownInsideARuleIsExitTwoWithOneLineAndAPortfolioGoesOn(String throwable) throws IOException {
        Path rules = throwing("rules-" + Integer.toHexString(throwable.hashCode()), throwable);
        Path slow = Files.writeString(dir.resolve("slow.yaml"), HEAD.replace("id: p", "id: slow") + "domain: slow\n");
        Path fine = Files.writeString(dir.resolve("fine.yaml"), HEAD.replace("id: p", "id: fine") + "domain: fine\n");
        for (String[] args : List.of(new String[] {"assess", slow.toString()},
                new String[] {"explain", slow.toString(), "--role", "data-scientist"})) {
            CliRunner.Run run = CliRunner.run(Stream.concat(Stream.of(args), Stream.of("--add-rules", rules.toString()))
                    .toArray(String[]::new));
            assertEquals(2, run.exitCode(), args[0] + ": " + run.err());
            List<String> errors = run.err().lines().filter(l -> !l.contains(": warning: ")).toList();
            assertEquals(1, errors.size(), run.err());
            assertTrue(errors.get(0).startsWith("teamfit: error: ") && errors.get(0).contains("project slow"),
                    run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        CliRunner.Run portfolio = CliRunner.run("portfolio", slow.toString(), fine.toString(), "--format", "jsonl",
                "--add-rules", rules.toString());
        assertEquals(2, portfolio.exitCode(), portfolio.err());
        List<String> lines = portfolio.out().lines().toList();
        assertEquals(3, lines.size(), portfolio.out());
        assertTrue(JSON.readTree(lines.get(0)).at("/error/message").asText().contains("project slow"), lines.get(0));
        assertEquals("fine", JSON.readTree(lines.get(1)).at("/project/id").asText());
        assertEquals(1, JSON.readTree(lines.get(2)).at("/summary/errors").asInt());
    }

    @Test
    void explainHasAnOverallBoundOnItsWhatIfs() throws IOException {
        // Each assessment sleeps 0.4 s: within the CPU limit each time, but the what-ifs' budget (four times
        // --rule-timeout on the clock, 2 s here) runs out long before the dozens of variations are done.
        Path rules = dir.resolve("sleepy");
        Files.createDirectories(rules.resolve("roles"));
        Files.writeString(rules.resolve("roles/sleep.drl"), """
                package acme.roles;

                import dev.teamfit.model.Characteristic;

                rule "A test fixture takes its time"
                    @id("SLEEP-001") @source("Critical roles / Business side") @basis("estimate") @rationale("A test fixture.")
                    ruleflow-group "roles"
                when
                    Characteristic(key == "domain")
                then
                    try { Thread.sleep(400); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    insert(new Object());
                end
                """);
        CliRunner.Run run = CliRunner.run("explain", "samples/card-fraud.yaml", "--role", "ml-researcher",
                "--add-rules", rules.toString(), "--rule-timeout", "0.5");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("teamfit: error: explain stopped after 2 s, with "), run.err());
        assertTrue(run.err().contains("Raise --rule-timeout (the budget is four times it), or use teamfit assess."),
                run.err());
    }

    @Test
    void rulesCheckRefusesARuleThatConcludesWhatTheCatalogDoesNotDefine() throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path from : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        assertEquals(0, CliRunner.run("rules", "check", rules.toString()).exitCode(), "the bundled rules pass");
        Files.writeString(rules.resolve("roles/ghost.drl"), """
                package rules.roles;

                import dev.teamfit.model.Characteristic;
                import dev.teamfit.model.Level;
                import dev.teamfit.model.Priority;
                import dev.teamfit.model.Responsibility;
                import dev.teamfit.model.RoleNeed;
                import dev.teamfit.model.SkillNeed;
                import dev.teamfit.engine.Because;

                rule "A ghost writer is needed"
                    @id("GHOST-001") @source("Critical roles / Business side")
                    @basis("estimate") @rationale("A test fixture.")
                    ruleflow-group "roles"
                when
                    $c : Characteristic(key == "domain", value == "ghosts")
                then
                    insert(RoleNeed.of("ghost-writer", Priority.REQUIRED, 1.0, Because.of(kcontext, $c)));
                    insert(new SkillNeed("data-scientist", "ghostwriting", Level.COMPETENT, Because.of(kcontext, $c)));
                    insert(new Responsibility("haunt", Because.of(kcontext, $c)));
                end
                """);
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String all = run.out() + run.err();
        for (String what : List.of("role \"ghost-writer\"", "skill \"ghostwriting\"", "responsibility \"haunt\"")) {
            assertTrue(all.contains("it concludes the " + what + ", which the catalog does not define."), all);
        }
    }

    @Test
    void aNameIsThePersonWhateverItsSpacesOrCompatibilityForms() throws IOException {
        String[] spellings = {"Ana Ruiz", "Ana\u00A0Ruiz", "ANA\u2003ruiz", "\uFF21na Ruiz"};
        for (int i = 0; i < spellings.length; i++) {
            Files.writeString(dir.resolve("p" + i + ".yaml"), HEAD.replace("id: p", "id: p" + i)
                    + "team:\n  - name: \"" + spellings[i] + "\"\n    roles: [data-analyst]\n    allocation: 0.5\n");
        }
        CliRunner.Run run = CliRunner.run("portfolio", dir.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode people = JSON.readTree(run.out()).at("/summary/people");
        assertEquals(1, people.size(), people.toString());
        assertEquals("[\"p0\",\"p1\",\"p2\",\"p3\"]", people.get(0).get("projects").toString());
        assertEquals("2", people.get(0).get("allocation").asText());
    }

    @Test
    void aBidirectionalOverrideInANameIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("bidi.yaml"), HEAD
                + "team:\n  - name: \"Ana \u202Eziur\"\n    roles: [data-analyst]\n");
        CliRunner.Run run = CliRunner.run("assess", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(file + ":5:11: team[0].name: control or bidirectional-override characters are "
                + "not allowed here"), run.err());
        assertFalse(run.err().contains("\u202E"), "the message never carries the override itself");
    }

    @Test
    void problemsOfOneFileAreCappedWithACount() throws IOException {
        StringBuilder many = new StringBuilder(HEAD);
        for (int i = 0; i < 200_000; i++) {
            many.append('k').append(i).append(": 1\n");
        }
        Path file = Files.writeString(dir.resolve("many.yaml"), many);
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--max-input-bytes", "8000000");
        assertEquals(2, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals(21, lines.size(), "twenty problems and a count");
        assertEquals("teamfit: error: " + file + ": and 199980 more problems; fix these first.", lines.get(20));
    }

    @Test
    void noCacheOrOtherFolderIsWrittenOutsideTheOutput() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path rules = throwing("custom", "new IllegalStateException(\"never on these projects\")");
        String env = "HOME='" + home + "' XDG_CACHE_HOME='" + home.resolve(".cache") + "' XDG_CONFIG_HOME='"
                + home.resolve(".config") + "' ";
        for (String[] args : List.of(new String[] {"assess", Path.of("samples/card-fraud.yaml").toAbsolutePath().toString()},
                new String[] {"portfolio", Path.of("samples/portfolio").toAbsolutePath().toString(), "--format", "html",
                        "--add-rules", rules.toString()},
                new String[] {"rules", "check", Path.of("rules").toAbsolutePath().toString()})) {
            Child.Ran ran = Child.sh(work, "cd '" + work + "' && " + env + "$TEAMFIT > /dev/null", List.of(), args);
            assertEquals(0, ran.exitCode(), String.join(" ", args) + ": " + ran.err());
        }
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(), left.toList(), "nothing in the home folder");
        }
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().matches("(out|err).*\\.txt")).toList(),
                    "nothing in the working folder but the test's own captures");
        }
    }
}
