package dev.teamfit.rules;

import dev.teamfit.model.Gap;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Suggestion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.teamfit.engine.RuleVerifier.covers;
import static dev.teamfit.engine.RuleVerifier.member;
import static dev.teamfit.engine.RuleVerifier.recommended;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.engine.RuleVerifier.skill;
import static dev.teamfit.model.CoverageDegree.PARTIAL;
import static dev.teamfit.model.GapType.MISSING_SKILL;
import static dev.teamfit.model.GapType.OVERALLOCATED;
import static dev.teamfit.model.GapType.SKILL_BELOW_LEVEL;
import static dev.teamfit.model.GapType.UNNEEDED_ROLE;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.model.Severity.MAJOR;
import static dev.teamfit.model.Severity.MINOR;
import static dev.teamfit.rules.Evidence.gap;
import static dev.teamfit.rules.Evidence.gapLike;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/gaps/members.drl: one test per rule, a matching and a non-matching case. */
class GapsMembersRulesTest {

    @Test
    void aMemberCoveringARoleBelowARequiredLevelHasASkillGap() {
        // One level short is minor.
        rule("GAP-010").given(programmingOf(required("ml-engineer"), 3))
                .inserts(Gap.class, gapLike(gap(SKILL_BELOW_LEVEL, MINOR, "ml-engineer", "Ana", "programming", 3,
                        PROFICIENT, Suggestion.train("Ana", "programming", 3, PROFICIENT, null))))
                .inserts(Gap.class, g -> restsOn(g, "team[0].skills.programming=competent"))
                .insertsCount(Gap.class, 1);
        // Two levels short is major.
        rule("GAP-010").given(programmingOf(required("ml-engineer"), 2))
                .inserts(Gap.class, gapLike(gap(SKILL_BELOW_LEVEL, MAJOR, "ml-engineer", "Ana", "programming", 2,
                        PROFICIENT, Suggestion.train("Ana", "programming", 2, PROFICIENT, null))))
                .insertsCount(Gap.class, 1);
        // Someone else on the team has it: the suggestion pairs them up.
        rule("GAP-010").given(with(programmingOf(required("ml-engineer"), 3),
                        member(1, "Bob", List.of("data-engineer"), "programming", 5)))
                .inserts(Gap.class, g -> g.suggestion().equals(Suggestion.train("Ana", "programming", 3, PROFICIENT, "Bob")))
                .insertsCount(Gap.class, 1);
        // At the level.
        rule("GAP-010").given(programmingOf(required("ml-engineer"), 4)).insertsNothing();
        // Short, but of a recommended role.
        rule("GAP-010").given(programmingOf(recommended("ml-engineer"), 3)).insertsNothing();
    }

    @Test
    void aRequiredSkillNobodyOnTheTeamHoldsAtItsLevelIsAMajorGap() {
        // Ana covers the role; Bob, who does not, has the team's best level, still short.
        rule("GAP-011").given(required("mlops-engineer"), skill("mlops-engineer", "ci-cd-ct", PROFICIENT),
                        covers("Ana", "mlops-engineer", PARTIAL, "mlops-engineer"),
                        member(0, "Ana", List.of("mlops-engineer"), "ci-cd-ct", 2),
                        member(1, "Bob", List.of("data-engineer"), "ci-cd-ct", 3))
                .inserts(Gap.class, gapLike(gap(MISSING_SKILL, MAJOR, "mlops-engineer", null, "ci-cd-ct", 3,
                        PROFICIENT, Suggestion.bringIn("ci-cd-ct", PROFICIENT, List.of("Ana")))))
                .inserts(Gap.class, g -> restsOn(g, "team: best ci-cd-ct=competent"))
                .insertsCount(Gap.class, 1);
        // Bob holds it at the level.
        rule("GAP-011").given(required("mlops-engineer"), skill("mlops-engineer", "ci-cd-ct", PROFICIENT),
                covers("Ana", "mlops-engineer", PARTIAL, "mlops-engineer"),
                member(0, "Ana", List.of("mlops-engineer"), "ci-cd-ct", 2),
                member(1, "Bob", List.of("data-engineer"), "ci-cd-ct", 4)).insertsNothing();
        // Nobody covers the role: that is a missing role, not a missing skill.
        rule("GAP-011").given(required("mlops-engineer"), skill("mlops-engineer", "ci-cd-ct", PROFICIENT),
                member(1, "Bob", List.of("data-engineer"), "ci-cd-ct", 3)).insertsNothing();
    }

    @Test
    void aMemberAskedToCoverThreeOrMoreRequiredRolesIsOverallocated() {
        rule("GAP-012").given(ana(), required("data-scientist"), required("ml-engineer"), required("data-engineer"),
                        covers("Ana", "data-scientist", PARTIAL, "data-scientist"),
                        covers("Ana", "ml-engineer", PARTIAL, "data-scientist"),
                        covers("Ana", "data-engineer", PARTIAL, "data-scientist"))
                .inserts(Gap.class, gapLike(gap(OVERALLOCATED, MAJOR, null, "Ana", null, null, null,
                        Suggestion.rebalance("Ana", List.of("ml-engineer", "data-engineer", "data-scientist"), 1.0))))
                .insertsCount(Gap.class, 1);
        // The third role is only recommended.
        rule("GAP-012").given(ana(), required("data-scientist"), required("ml-engineer"), recommended("data-engineer"),
                covers("Ana", "data-scientist", PARTIAL, "data-scientist"),
                covers("Ana", "ml-engineer", PARTIAL, "data-scientist"),
                covers("Ana", "data-engineer", PARTIAL, "data-scientist")).insertsNothing();
    }

    @Test
    void aDeclaredRoleTheProjectDoesNotNeedIsInformational() {
        rule("GAP-013").given(member(0, "Ana", List.of("data-scientist", "data-analyst")), required("data-scientist"))
                .inserts(Gap.class, gapLike(gap(UNNEEDED_ROLE, MINOR, "data-analyst", "Ana", null, null, null,
                        Suggestion.review("Ana", "data-analyst"))))
                .inserts(Gap.class, g -> restsOn(g, "no rule needs data-analyst"))
                .insertsCount(Gap.class, 1);
        // Recommended is needed enough.
        rule("GAP-013").given(member(0, "Ana", List.of("data-scientist", "data-analyst")), required("data-scientist"),
                recommended("data-analyst")).insertsNothing();
    }

    /** Ana covers the role and needs programming at proficient; she has it at {@code level}. */
    @Test
    void aMemberAllocatedOverOneFteAcrossThePortfolioIsOverallocated() {
        MemberLoad over = new MemberLoad("Ana", 1.5, List.of("churn", "fraud"));
        rule("GAP-014").given(over, member(0, "Ana", List.of("data-scientist")))
                .inserts(Gap.class, gapLike(gap(OVERALLOCATED, MAJOR, null, "Ana", null, null, null,
                        Suggestion.overbooked("Ana", 1.5, List.of("churn", "fraud")))))
                .inserts(Gap.class, g -> restsOn(g, "portfolio: Ana is allocated 1.5 FTE across 3 projects"))
                .insertsCount(Gap.class, 1);
        // Exactly full time is fine.
        rule("GAP-014").given(new MemberLoad("Ana", 1.0, List.of("churn")), member(0, "Ana", List.of("data-scientist")))
                .insertsNothing();
        // The load belongs to someone not on this team.
        rule("GAP-014").given(over, member(0, "Bea", List.of("data-scientist"))).insertsNothing();
    }

    private static Object[] programmingOf(Object role, int level) {
        return new Object[] {role, skill("ml-engineer", "programming", PROFICIENT),
                covers("Ana", "ml-engineer", PARTIAL, "ml-engineer"),
                member(0, "Ana", List.of("ml-engineer"), "programming", level)};
    }

    private static dev.teamfit.model.Member ana() {
        return member(0, "Ana", List.of("data-scientist"));
    }

    private static Object[] with(Object[] facts, Object more) {
        Object[] all = java.util.Arrays.copyOf(facts, facts.length + 1);
        all[facts.length] = more;
        return all;
    }
}
