package dev.teamfit.rules;

import dev.teamfit.model.Gap;
import dev.teamfit.model.Member;
import dev.teamfit.model.Suggestion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.teamfit.engine.RuleVerifier.covers;
import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.member;
import static dev.teamfit.engine.RuleVerifier.overlap;
import static dev.teamfit.engine.RuleVerifier.recommended;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.engine.RuleVerifier.skill;
import static dev.teamfit.model.CoverageDegree.FULL;
import static dev.teamfit.model.CoverageDegree.PARTIAL;
import static dev.teamfit.model.GapType.MISSING_ROLE;
import static dev.teamfit.model.GapType.PARTIAL_COVERAGE;
import static dev.teamfit.model.GapType.SINGLE_POINT_OF_FAILURE;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.model.Severity.CRITICAL;
import static dev.teamfit.model.Severity.MAJOR;
import static dev.teamfit.model.Severity.MINOR;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.gap;
import static dev.teamfit.rules.Evidence.gapLike;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/gaps/roles.drl: one test per rule, a matching and a non-matching case. */
class GapsRolesRulesTest {

    private static final String DS_MLE = "Overlaps and Collaborations / Data Scientist and ML Engineer";

    @Test
    void aRequiredRoleNobodyCoversIsACriticalGap() {
        Object[] researcher = {fact("team.size", 2), required("ml-researcher"),
                skill("ml-researcher", "advanced-ml", PROFICIENT), skill("ml-researcher", "prototyping", COMPETENT),
                member(0, "Ana", List.of("data-analyst"))};
        rule("GAP-001").given(researcher)
                .inserts(Gap.class, gapLike(gap(MISSING_ROLE, CRITICAL, "ml-researcher", null, null, null, null,
                        Suggestion.hire("ml-researcher", PROFICIENT, 1.0))))
                .inserts(Gap.class, g -> restsOn(g, "team: nobody declares ml-researcher"))
                .insertsCount(Gap.class, 1);
        // Someone declares it.
        rule("GAP-001").given(with(researcher, covers("Bob", "ml-researcher", PARTIAL, "ml-researcher")))
                .insertsNothing();
        // Someone could grow into it through an overlap: that is GAP-002's gap.
        rule("GAP-001").given(with(with(researcher, overlap("ml-researcher", "ml-engineer")),
                member(1, "Bob", List.of("ml-engineer")))).insertsNothing();
        // Without a declared team there is nothing to cover with.
        rule("GAP-001").given(required("ml-researcher")).insertsNothing();
    }

    @Test
    void aRequiredRoleNobodyCoversButAnOverlappingMemberCouldGrowIntoIsACriticalGap() {
        rule("GAP-002").given(fact("team.size", 1), required("ml-engineer"), overlap("ml-engineer", "data-scientist"),
                        member(0, "Ana", List.of("data-scientist")))
                .inserts(Gap.class, gapLike(gap(MISSING_ROLE, CRITICAL, "ml-engineer", null, null, null, null,
                        Suggestion.reassign("Ana", "data-scientist", "ml-engineer", DS_MLE))))
                .inserts(Gap.class, g -> restsOn(g, "team[0].roles=[data-scientist]"))
                .insertsCount(Gap.class, 1);
        // One gap per role, however many members could grow into it; it names the one who meets the
        // most of the role's levels, whatever the order of the team.
        for (boolean bobFirst : new boolean[] {false, true}) {
            Member ana = member(bobFirst ? 1 : 0, "Ana", List.of("data-scientist"));
            Member bob = member(bobFirst ? 0 : 1, "Bob", List.of("mlops-engineer"), "programming", 5);
            rule("GAP-002").given(fact("team.size", 2), required("ml-engineer"), skill("ml-engineer", "programming", PROFICIENT),
                            overlap("ml-engineer", "data-scientist"), overlap("ml-engineer", "mlops-engineer"),
                            bobFirst ? bob : ana, bobFirst ? ana : bob)
                    .inserts(Gap.class, g -> g.suggestion() instanceof Suggestion.Reassign r && r.member().equals("Bob")
                            && r.from().equals("mlops-engineer"))
                    .insertsCount(Gap.class, 1);
        }
        // With nothing to tell them apart, the first member of the team.
        rule("GAP-002").given(fact("team.size", 2), required("ml-engineer"), overlap("ml-engineer", "data-scientist"),
                        member(1, "Bob", List.of("data-scientist")), member(0, "Ana", List.of("data-scientist")))
                .inserts(Gap.class, g -> g.suggestion() instanceof Suggestion.Reassign r && r.member().equals("Ana"))
                .insertsCount(Gap.class, 1);
        // The member's role does not overlap the missing one.
        rule("GAP-002").given(fact("team.size", 1), required("ml-engineer"), overlap("ml-engineer", "data-scientist"),
                member(0, "Ana", List.of("data-analyst"))).insertsNothing();
        // The overlapping member already covers the role partially.
        rule("GAP-002").given(fact("team.size", 1), required("ml-engineer"), overlap("ml-engineer", "data-scientist"),
                member(0, "Ana", List.of("data-scientist")), covers("Ana", "ml-engineer", PARTIAL, "data-scientist"))
                .insertsNothing();
    }

    @Test
    void aRecommendedRoleNobodyCoversIsAMinorGap() {
        rule("GAP-003").given(fact("team.size", 3), recommended("data-analyst"), skill("data-analyst", "sql", COMPETENT))
                .inserts(Gap.class, gapLike(gap(MISSING_ROLE, MINOR, "data-analyst", null, null, null, null,
                        Suggestion.hire("data-analyst", COMPETENT, 0.5))))
                .insertsCount(Gap.class, 1);
        rule("GAP-003").given(fact("team.size", 3), recommended("data-analyst"), skill("data-analyst", "sql", COMPETENT),
                covers("Ana", "data-analyst", PARTIAL, "data-analyst")).insertsNothing();
        // A required role is GAP-001's.
        rule("GAP-003").given(fact("team.size", 3), required("data-analyst")).insertsNothing();
        rule("GAP-003").given(recommended("data-analyst")).insertsNothing();
    }

    @Test
    void aRequiredRoleCoveredOnlyPartiallyIsAMajorGap() {
        Object[] partly = {required("data-engineer"), skill("data-engineer", "etl", COMPETENT),
                skill("data-engineer", "big-data", PROFICIENT),
                covers("Bob", "data-engineer", PARTIAL, "data-engineer"),
                covers("Ana", "data-engineer", PARTIAL, "data-scientist")};
        rule("GAP-004").given(partly)
                .inserts(Gap.class, gapLike(gap(PARTIAL_COVERAGE, MAJOR, "data-engineer", null, null, null, null,
                        Suggestion.upskill(List.of("Ana", "Bob"), "data-engineer", PROFICIENT, 1.0))))
                .insertsCount(Gap.class, 1);
        // One full coverer is enough.
        rule("GAP-004").given(with(partly, covers("Cy", "data-engineer", FULL, "data-engineer"))).insertsNothing();
        rule("GAP-004").given(required("data-engineer"), covers("Cy", "data-engineer", FULL, "data-engineer"))
                .insertsNothing();
    }

    @Test
    void aRequiredRoleOnlyOnePersonCoversOnACriticalProjectIsASinglePointOfFailure() {
        Object[] alone = {derivedFrom("business-critical", "criticality=high"), required("ml-engineer"),
                covers("Ana", "ml-engineer", FULL, "ml-engineer")};
        rule("GAP-005").given(alone)
                .inserts(Gap.class, gapLike(gap(SINGLE_POINT_OF_FAILURE, MAJOR, "ml-engineer", "Ana", null, null, null,
                        Suggestion.backup("ml-engineer", "Ana"))))
                .inserts(Gap.class, g -> restsOn(g, "criticality=high"))
                .insertsCount(Gap.class, 1);
        // A second person, even a partial one, is a backup.
        rule("GAP-005").given(with(alone, covers("Bob", "ml-engineer", PARTIAL, "data-scientist"))).insertsNothing();
        rule("GAP-005").given(required("ml-engineer"), covers("Ana", "ml-engineer", FULL, "ml-engineer"))
                .insertsNothing();
    }

    private static Object[] with(Object[] facts, Object more) {
        Object[] all = java.util.Arrays.copyOf(facts, facts.length + 1);
        all[facts.length] = more;
        return all;
    }
}
