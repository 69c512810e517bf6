package dev.teamfit.rules;

import dev.teamfit.model.Gap;
import dev.teamfit.model.MemberLoad;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.teamfit.engine.RuleVerifier.member;
import static dev.teamfit.engine.RuleVerifier.recommended;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.engine.RuleVerifier.skill;
import static dev.teamfit.engine.RuleVerifier.staffing;
import static dev.teamfit.model.GapType.OVERALLOCATED;
import static dev.teamfit.model.GapType.SKILL_BELOW_LEVEL;
import static dev.teamfit.model.GapType.UNNEEDED_ROLE;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.model.Severity.MAJOR;
import static dev.teamfit.model.Severity.MINOR;
import static dev.teamfit.rules.Evidence.gapLike;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/gaps/members.drl: one test per rule, a matching and a non-matching case. */
class GapsMembersRulesTest {

    @Test
    void aMemberTwoLevelsUnderATeammateOnTheRoleWhoReachesItHasASkillGap() {
        rule("GAP-010").given(skill("ml-engineer", "programming", PROFICIENT),
                        staffing("ml-engineer", 1.0, "Ana", 0.5, "Bo", 0.5),
                        member(0, "Ana", List.of("ml-engineer"), "programming", 5),
                        member(1, "Bo", List.of("ml-engineer"), "programming", 2))
                .inserts(Gap.class, gapLike(SKILL_BELOW_LEVEL, MINOR, "ml-engineer", "Bo", "programming"))
                .inserts(Gap.class, g -> restsOn(g, "team[1].skills.programming=advanced-beginner"))
                .insertsCount(Gap.class, 1);
        // One level under a teammate who reaches it: met, with a mentor beside them.
        rule("GAP-010").given(skill("ml-engineer", "programming", PROFICIENT),
                staffing("ml-engineer", 1.0, "Ana", 0.5, "Bo", 0.5),
                member(0, "Ana", List.of("ml-engineer"), "programming", 5),
                member(1, "Bo", List.of("ml-engineer"), "programming", 3)).insertsNothing();
        // Nobody on the role reaches it: the role's gap, not a member's.
        rule("GAP-010").given(skill("ml-engineer", "programming", PROFICIENT),
                staffing("ml-engineer", 1.0, "Bo", 1.0),
                member(1, "Bo", List.of("ml-engineer"), "programming", 2)).insertsNothing();
    }

    @Test
    void aMemberAskedToStaffThreeOrMoreRequiredRolesIsOverallocated() {
        rule("GAP-012").given(member(0, "Ana", List.of("data-scientist")), required("data-scientist"),
                        required("ml-engineer"), required("data-engineer"), staffing("data-scientist", 1.0, "Ana", 0.4),
                        staffing("ml-engineer", 1.0, "Ana", 0.3), staffing("data-engineer", 1.0, "Ana", 0.3))
                .inserts(Gap.class, gapLike(OVERALLOCATED, MAJOR, null, "Ana", null))
                .insertsCount(Gap.class, 1);
        // The third role is only recommended.
        rule("GAP-012").given(member(0, "Ana", List.of("data-scientist")), required("data-scientist"),
                required("ml-engineer"), recommended("data-engineer"), staffing("data-scientist", 1.0, "Ana", 0.4),
                staffing("ml-engineer", 1.0, "Ana", 0.3), staffing("data-engineer", 0.5, "Ana", 0.3)).insertsNothing();
    }

    @Test
    void aDeclaredRoleTheProjectDoesNotNeedIsInformational() {
        rule("GAP-013").given(member(0, "Ana", List.of("data-scientist", "data-analyst")), required("data-scientist"))
                .inserts(Gap.class, gapLike(UNNEEDED_ROLE, MINOR, "data-analyst", "Ana", null))
                .inserts(Gap.class, g -> restsOn(g, "no rule needs data-analyst"))
                .insertsCount(Gap.class, 1);
        // Recommended is needed enough.
        rule("GAP-013").given(member(0, "Ana", List.of("data-scientist", "data-analyst")), required("data-scientist"),
                recommended("data-analyst")).insertsNothing();
    }

    @Test
    void aMemberAllocatedOverOneFteAcrossThePortfolioIsOverallocated() {
        MemberLoad over = new MemberLoad("Ana", 1.5, List.of("churn", "fraud"));
        rule("GAP-014").given(over, member(0, "Ana", List.of("data-scientist")))
                .inserts(Gap.class, gapLike(OVERALLOCATED, MAJOR, null, "Ana", null))
                .inserts(Gap.class, g -> restsOn(g, "portfolio: Ana is allocated 1.5 FTE across 3 projects"))
                .insertsCount(Gap.class, 1);
        // Exactly full time is fine.
        rule("GAP-014").given(new MemberLoad("Ana", 1.0, List.of("churn")), member(0, "Ana", List.of("data-scientist")))
                .insertsNothing();
        // The load belongs to someone not on this team.
        rule("GAP-014").given(over, member(0, "Bea", List.of("data-scientist"))).insertsNothing();
    }
}
