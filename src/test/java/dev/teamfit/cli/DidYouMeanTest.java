package dev.teamfit.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A mistyped command or option: one line naming it, with picocli's suggestions, and exit 2. */
class DidYouMeanTest {

    private static final String FRAUD = "samples/card-fraud.yaml";

    private static List<String> usageError(String... args) {
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        return run.err().lines().toList();
    }

    @Test
    void aMistypedOptionIsNamedAloneWithTheOptionMeant() {
        // --formt takes no value, so json becomes FILE and the project file one argument too many: only the typo is
        // the user's mistake.
        assertEquals(List.of("teamfit: error: unknown option '--formt'; did you mean --format?",
                "Try 'teamfit assess --help' for more information."), usageError("assess", "--formt", "json", FRAUD));
        assertEquals("teamfit: error: unknown option '--fail-onn'; did you mean --fail-on?",
                usageError("assess", FRAUD, "--fail-onn=major").get(0));
        assertEquals("teamfit: error: unknown option '--fromat'; did you mean --format?",
                usageError("portfolio", "samples/portfolio", "--fromat", "json").get(0));
    }

    @Test
    void anOptionWithNothingLikeItIsNamedWithoutAGuess() {
        assertEquals("teamfit: error: unknown option '-q'.", usageError("assess", "-q", FRAUD).get(0));
    }

    @Test
    void aMistypedCommandSuggestsTheCommandsMeant() {
        List<String> lines = usageError("asess", FRAUD);
        assertEquals("teamfit: error: unknown command 'asess'; did you mean teamfit assess or teamfit serve?",
                lines.get(0));
        assertEquals("Try 'teamfit --help' for more information.", lines.get(1));
        assertEquals("teamfit: error: unknown command 'lst'; did you mean teamfit rules list or teamfit rules test?",
                usageError("rules", "lst").get(0));
    }

    @Test
    void otherUsageErrorsKeepPicocliMessageOnOneLine() {
        List<String> lines = usageError("catalog", "nope");
        assertEquals(2, lines.size());
        assertFalse(lines.get(0).contains("\tat "));
        assertEquals("teamfit: error: Invalid value for positional parameter at index 0 (SECTION): expected one of "
                + "[all, roles, levels, skills, responsibilities, overlaps] (case-sensitive) but was 'nope'", lines.get(0));
    }
}
