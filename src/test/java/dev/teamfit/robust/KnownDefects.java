package dev.teamfit.robust;

import dev.teamfit.input.Problem;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Defects the fuzzers found that are not fixed yet, each recognised on the reader's {@link Problem}
 * or the exception that shows it. The fuzz oracle lets an input that shows only known defects pass, so that a campaign
 * keeps looking for new ones instead of stopping on the same finding; each defect also has a
 * {@code @Disabled("defect: ...")} test with a minimal input in {@link DefectsTest}. With
 * {@code -Dteamfit.fuzz.strict=true} nothing is tolerated. When a defect is fixed, delete its entry
 * here and enable its test.
 */
enum KnownDefects {

    // None at present: D1 to D9 are fixed, and their tests run in DefectsTest. A new finding that
    // cannot be fixed at once gets an entry here, with a disabled test of its minimal input.
    ;

    static final boolean STRICT = Boolean.getBoolean("teamfit.fuzz.strict");

    private final Predicate<Problem> matches;
    private final Predicate<Throwable> crashes;

    KnownDefects(Predicate<Problem> matches) {
        this(matches, e -> false);
    }

    KnownDefects(Predicate<Problem> matches, Predicate<Throwable> crashes) {
        this.matches = matches;
        this.crashes = crashes;
    }

    /** The known defect an exception the reader threw shows, unless strict. */
    static Optional<KnownDefects> explainingCrash(Throwable e) {
        if (STRICT) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(d -> d.crashes.test(e)).findFirst();
    }

    /** The known defect a problem with a control character in its line shows, unless strict. */
    static Optional<KnownDefects> explaining(Problem problem) {
        if (STRICT) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(d -> d.matches.test(problem)).findFirst();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Controls::isControl);
    }

    /** Characters that must not reach a one-line message: C0 and C1 controls, DEL, U+2028 and U+2029. */
    static final class Controls {
        private Controls() {
        }

        static boolean isControl(int c) {
            return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
        }
    }
}
