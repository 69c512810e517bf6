package dev.teamfit.engine;

import dev.teamfit.input.RuleTestReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Runs a rules folder's test cases: each expectation that does not hold becomes one readable line. */
public final class RuleTests {

    private RuleTests() {
    }

    /** What the case expected and did not get; empty when it passes. */
    public static List<String> failures(RuleBase base, RuleTestReader.Case test) throws RuleFailure {
        Assessment a = base.assess(test.project(), List.of());
        List<String> failures = new ArrayList<>();
        for (String role : test.expect().required()) {
            expectPriority(a, role, Priority.REQUIRED, failures);
        }
        for (String role : test.expect().recommended()) {
            expectPriority(a, role, Priority.RECOMMENDED, failures);
        }
        for (String role : test.expect().notRequired()) {
            if (priority(a, role) == Priority.REQUIRED) {
                failures.add("expected " + role + " not to be required; it is required" + because(a, role));
            }
        }
        for (String role : test.expect().notNeeded()) {
            if (priority(a, role) != null) {
                failures.add("expected " + role + " not to be needed; it is " + priority(a, role).id() + because(a, role));
            }
        }
        for (RuleTestReader.SkillAtLeast skill : test.expect().skills()) {
            int level = a.role(skill.role()).flatMap(r -> r.skills().stream()
                    .filter(s -> s.skill().equals(skill.skill())).findFirst()).map(s -> s.level().value()).orElse(0);
            if (level < skill.level().value()) {
                failures.add("expected " + skill.role() + " to need " + skill.skill() + " at " + skill.level().id()
                        + " or above; it needs " + (level == 0 ? "nothing" : dev.teamfit.model.Level.idOf(level)));
            }
        }
        for (RuleTestReader.GapPattern pattern : test.expect().gaps()) {
            if (a.gaps().stream().noneMatch(g -> matches(pattern, g))) {
                failures.add("expected a gap with " + pattern + "; the gaps are " + describe(a.gaps()));
            }
        }
        for (RuleTestReader.GapPattern pattern : test.expect().noGaps()) {
            List<Gap> found = a.gaps().stream().filter(g -> matches(pattern, g)).toList();
            if (!found.isEmpty()) {
                failures.add("expected no gap with " + pattern + "; found " + describe(found));
            }
        }
        return failures;
    }

    private static void expectPriority(Assessment a, String role, Priority expected, List<String> failures) {
        Priority actual = priority(a, role);
        if (actual != expected) {
            failures.add("expected " + role + " to be " + expected.id() + "; it is "
                    + (actual == null ? "not needed" : actual.id() + because(a, role)));
        }
    }

    private static Priority priority(Assessment a, String role) {
        return a.role(role).map(r -> r.requirement().priority()).orElse(null);
    }

    private static String because(Assessment a, String role) {
        return a.role(role).map(r -> " (by " + r.requirement().reasons().stream().map(dev.teamfit.model.Reason::rule)
                .limit(3).collect(Collectors.joining(", ")) + ")").orElse("");
    }

    private static boolean matches(RuleTestReader.GapPattern p, Gap g) {
        return (p.type() == null || p.type() == g.type())
                && (p.role() == null || p.role().equals(g.role()))
                && (p.member() == null || p.member().equals(g.member()))
                && (p.skill() == null || p.skill().equals(g.skill()))
                && (p.severity() == null || p.severity() == g.severity());
    }

    private static String describe(List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return "none";
        }
        return gaps.stream().map(g -> "[" + g.type().id() + " " + g.severity().id()
                        + (g.role() == null ? "" : " " + g.role()) + (g.member() == null ? "" : " " + g.member())
                        + (g.skill() == null ? "" : " " + g.skill()) + "]")
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
