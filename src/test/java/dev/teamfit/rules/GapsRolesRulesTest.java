package dev.teamfit.rules;

import dev.teamfit.model.Gap;
import dev.teamfit.model.Shortfall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.teamfit.engine.RuleVerifier.derived;
import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.member;
import static dev.teamfit.engine.RuleVerifier.recommended;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.engine.RuleVerifier.skill;
import static dev.teamfit.engine.RuleVerifier.staffing;
import static dev.teamfit.model.GapType.MISSING_ROLE;
import static dev.teamfit.model.GapType.MISSING_SKILL;
import static dev.teamfit.model.GapType.PARTIAL_COVERAGE;
import static dev.teamfit.model.GapType.SINGLE_POINT_OF_FAILURE;
import static dev.teamfit.model.GapType.UNDERSTAFFED;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.model.Severity.CRITICAL;
import static dev.teamfit.model.Severity.MAJOR;
import static dev.teamfit.model.Severity.MINOR;
import static dev.teamfit.rules.Evidence.gapLike;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/gaps/roles.drl: one test per rule, a matching and a non-matching case. */
class GapsRolesRulesTest {

    @Test
    void aNeededRoleNobodyStaffsIsAGap() {
        rule("GAP-001").given(fact("team.size", 2), required("ml-researcher"), staffing("ml-researcher", 1.0))
                .inserts(Gap.class, gapLike(MISSING_ROLE, CRITICAL, "ml-researcher", null, null))
                .inserts(Gap.class, g -> restsOn(g, "team: nobody staffs ml-researcher"))
                .insertsCount(Gap.class, 1);
        rule("GAP-001").given(fact("team.size", 2), recommended("data-analyst"), staffing("data-analyst", 0.5))
                .inserts(Gap.class, gapLike(MISSING_ROLE, MINOR, "data-analyst", null, null));
        // Someone gives it time.
        rule("GAP-001").given(fact("team.size", 2), required("ml-researcher"), staffing("ml-researcher", 1.0, "Bo", 0.5))
                .insertsNothing();
        // Without a declared team there is nothing to staff with.
        rule("GAP-001").given(required("ml-researcher"), staffing("ml-researcher", 1.0)).insertsNothing();
    }

    @Test
    void aRoleItsPeopleGiveLessTimeThanItNeedsIsUnderstaffed() {
        rule("GAP-006").given(fact("criticality", "medium"), required("data-engineer"),
                        staffing("data-engineer", 1.0, "Tom", 0.5))
                .inserts(Gap.class, gapLike(UNDERSTAFFED, MAJOR, "data-engineer", null, null))
                .inserts(Gap.class, g -> g.staffed() == 0.5 && g.needed() == 1.0)
                .insertsCount(Gap.class, 1);
        // Three quarters staffed is minor, unless the project is mission-critical.
        rule("GAP-006").given(fact("criticality", "medium"), required("data-engineer"),
                staffing("data-engineer", 1.0, "Tom", 0.75)).inserts(Gap.class,
                gapLike(UNDERSTAFFED, MINOR, "data-engineer", null, null));
        rule("GAP-006").given(fact("criticality", "mission-critical"), required("data-engineer"),
                staffing("data-engineer", 1.0, "Tom", 0.75)).inserts(Gap.class,
                gapLike(UNDERSTAFFED, MAJOR, "data-engineer", null, null));
        // Fully staffed, or not at all (that is a missing role).
        rule("GAP-006").given(fact("criticality", "medium"), required("data-engineer"),
                staffing("data-engineer", 1.0, "Tom", 1.0)).insertsNothing();
        rule("GAP-006").given(fact("criticality", "medium"), required("data-engineer"), staffing("data-engineer", 1.0))
                .insertsNothing();
    }

    @Test
    void aRoleWhosePeopleFallShortOfItsLevelsIsCoveredOnlyInPart() {
        // Ana is on the role at competent; Rae, off the role, has proficient: train Ana beside Rae.
        rule("GAP-004").given(fact("criticality", "medium"), required("data-scientist"),
                        skill("data-scientist", "statistics", PROFICIENT), staffing("data-scientist", 1.0, "Ana", 1.0),
                        member(0, "Ana", List.of("data-scientist"), "statistics", 3),
                        member(1, "Rae", List.of("ml-researcher"), "statistics", 5))
                .inserts(Gap.class, gapLike(PARTIAL_COVERAGE, MINOR, "data-scientist", null, "statistics"))
                .inserts(Gap.class, g -> g.shortfalls().equals(List.of(
                        new Shortfall("statistics", PROFICIENT, 3, "Ana", "Rae"))))
                .insertsCount(Gap.class, 1);
        // Nobody on the team has it: that is a missing skill, not this.
        rule("GAP-004").given(fact("criticality", "medium"), required("data-scientist"),
                skill("data-scientist", "statistics", PROFICIENT), staffing("data-scientist", 1.0, "Ana", 1.0),
                member(0, "Ana", List.of("data-scientist"), "statistics", 3)).insertsNothing();
        // Not assessed is listed for the PM to assess, never a gap.
        rule("GAP-004").given(fact("criticality", "medium"), required("data-scientist"),
                skill("data-scientist", "statistics", PROFICIENT), staffing("data-scientist", 1.0, "Ana", 1.0),
                member(0, "Ana", List.of("data-scientist")), member(1, "Rae", List.of("ml-researcher"), "statistics", 5))
                .insertsNothing();
    }

    @Test
    void aLevelARoleNeedsThatNobodyOnTheTeamHasIsAMissingSkill() {
        rule("GAP-011").given(fact("criticality", "medium"), required("mlops-engineer"),
                        skill("mlops-engineer", "ci-cd-ct", PROFICIENT), skill("mlops-engineer", "automation", COMPETENT),
                        staffing("mlops-engineer", 1.0, "Ana", 1.0),
                        member(0, "Ana", List.of("mlops-engineer"), "ci-cd-ct", 2, "automation", 1))
                .inserts(Gap.class, gapLike(MISSING_SKILL, MAJOR, "mlops-engineer", null, null))
                .inserts(Gap.class, g -> g.shortfalls().size() == 2)
                .insertsCount(Gap.class, 1);
        // Ana reaches both.
        rule("GAP-011").given(fact("criticality", "medium"), required("mlops-engineer"),
                skill("mlops-engineer", "ci-cd-ct", PROFICIENT), staffing("mlops-engineer", 1.0, "Ana", 1.0),
                member(0, "Ana", List.of("mlops-engineer"), "ci-cd-ct", 4)).insertsNothing();
    }

    @Test
    void aRequiredRoleOnlyOnePersonStaffsOnACriticalProjectIsASinglePointOfFailure() {
        rule("GAP-005").given(derived("business-critical"), fact("criticality", "high"), required("ml-engineer"),
                        staffing("ml-engineer", 1.0, "Ana", 1.0))
                .inserts(Gap.class, gapLike(SINGLE_POINT_OF_FAILURE, MINOR, "ml-engineer", "Ana", null))
                .insertsCount(Gap.class, 1);
        rule("GAP-005").given(derived("business-critical"), fact("criticality", "mission-critical"),
                required("ml-engineer"), staffing("ml-engineer", 1.0, "Ana", 1.0))
                .inserts(Gap.class, gapLike(SINGLE_POINT_OF_FAILURE, MAJOR, "ml-engineer", "Ana", null));
        // Two people share it.
        rule("GAP-005").given(derived("business-critical"), fact("criticality", "high"), required("ml-engineer"),
                staffing("ml-engineer", 1.0, "Ana", 0.5, "Bo", 0.5)).insertsNothing();
        // Not a critical project.
        rule("GAP-005").given(fact("criticality", "medium"), required("ml-engineer"),
                staffing("ml-engineer", 1.0, "Ana", 1.0)).insertsNothing();
    }
}
