package dev.teamfit.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled rules build clean, and every rule is identified, sourced in the seed, and tested. */
class RulesLintTest {

    private static final Path RULE_TESTS = Path.of("src/test/java/dev/teamfit/rules");

    @Test
    void theBundledRulesBuildWithoutErrorsOrWarnings() throws Exception {
        // compile() turns every Drools warning into a problem, so reaching the rule list means none.
        RuleBase base = RuleBase.compile(List.of(RuleFolder.of(Path.of("rules"))), RuleBase.DEFAULT_FIRING_LIMIT);
        assertFalse(base.rules().isEmpty());
    }

    @Test
    void everyRuleHasAUniqueIdAndAStage() {
        List<RuleInfo> rules = RuleVerifier.bundled().rules();
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : rules) {
            assertTrue(rule.id().matches("[A-Z]+-\\d{3}"), "id of " + rule.name() + ": " + rule.id());
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(Stage.of(rule.stage()).isPresent(), rule.id() + " has stage " + rule.stage());
            assertTrue(rule.line() > 0, rule.id() + " has no location");
        }
    }

    @Test
    void everySourceNamesASectionOfTheSeed() {
        Seed seed = Seed.bundled();
        for (RuleInfo rule : RuleVerifier.bundled().rules()) {
            assertTrue(seed.names(rule.source()), rule.id() + " cites \"" + rule.source() + "\", not a seed section");
        }
        RuleVerifier.bundled().catalog().roles().forEach(r -> assertTrue(seed.names(r.source()), r.source()));
        RuleVerifier.bundled().catalog().responsibilities().forEach(r -> assertTrue(seed.names(r.source()), r.source()));
        RuleVerifier.bundled().catalog().overlaps().forEach(o -> assertTrue(seed.names(o.source()), o.source()));
        RuleVerifier.bundled().catalog().skills().forEach(s -> s.sources().forEach(
                source -> assertTrue(seed.names(source), s.id() + ": " + source)));
    }

    @Test
    void theSeedOutlineRejectsWhatIsNotThere() {
        Seed seed = Seed.bundled();
        assertTrue(seed.names("MLOps Engineer / Responsibilities"));
        assertTrue(seed.names("Critical roles / Business side"));
        assertTrue(seed.names("Overlaps and Collaborations / ML Engineer and MLOps Engineer"));
        assertFalse(seed.names("MLOps Engineer / Salary"));
        assertFalse(seed.names("Business side / Responsibilities"));
        assertFalse(seed.names("Quantum Engineer"));
        assertFalse(seed.names(""));
    }

    @Test
    void theBundledSeedIsTheSharedOne() throws IOException {
        Path shared = Path.of("..", "shared", "seed", "roles-in-an-ai-team.md");
        if (Files.exists(shared)) {
            assertEquals(Files.readString(shared), Files.readString(Path.of(Seed.RESOURCE)),
                    "rules/seed/ must be a copy of ../shared/seed/");
        }
    }

    @Test
    void everyRuleHasItsOwnTest() throws IOException {
        Set<String> tested = new HashSet<>();
        Pattern call = Pattern.compile("rule\\(\"([A-Z]+-\\d{3})\"\\)");
        try (Stream<Path> files = Files.walk(RULE_TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    tested.add(m.group(1));
                }
            }
        }
        List<String> untested = new ArrayList<>();
        for (RuleInfo rule : RuleVerifier.bundled().rules()) {
            if (!tested.contains(rule.id())) {
                untested.add(rule.id() + " \"" + rule.name() + "\"");
            }
        }
        assertTrue(untested.isEmpty(), "rules without a test in " + RULE_TESTS + ": " + untested);
    }
}
