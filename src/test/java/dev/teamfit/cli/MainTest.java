package dev.teamfit.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What {@code main} reads of a command line ahead of picocli, to start loading the right rules. */
class MainTest {

    private static Main.Rules rules(String... args) {
        return Main.rules(args);
    }

    @Test
    void aCommandThatRunsRulesWithoutRuleOptionsPreloadsTheBundledRules() {
        assertEquals(new Main.Rules(null, List.of()), rules("assess", "p.yaml", "--format", "json"));
        assertEquals(new Main.Rules(null, List.of()), rules("portfolio", "dir", "--rule-timeout", "3"));
    }

    @Test
    void ruleFoldersAreReadInBothSpellings() {
        assertEquals(new Main.Rules(Path.of("mine"), List.of()), rules("assess", "p.yaml", "--rules", "mine"));
        assertEquals(new Main.Rules(Path.of("mine"), List.of()), rules("explain", "p.yaml", "--rules=mine"));
        assertEquals(new Main.Rules(null, List.of(Path.of("a"), Path.of("b"))),
                rules("assess", "--add-rules", "a", "p.yaml", "--add-rules=b"));
    }

    @Test
    void otherCommandsHelpAndUnreadableLinesPreloadNothing() {
        assertNull(rules());
        assertNull(rules("rules", "check", "--rules", "mine"));
        assertNull(rules("catalog"));
        assertNull(rules("assess", "p.yaml", "--help"));
        assertNull(rules("assess", "--", "--rules"));
        assertNull(rules("assess", "p.yaml", "--add-rules"));
        assertNull(rules("assess", "p.yaml", "--rules", "bad\u0000path"));
    }
}
