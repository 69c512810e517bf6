package dev.teamfit.rules;

import dev.teamfit.model.Level;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Reason;
import dev.teamfit.model.RoleNeed;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.SkillNeed;
import dev.teamfit.model.SkillRequirement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.EXPERT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.model.Priority.RECOMMENDED;
import static dev.teamfit.model.Priority.REQUIRED;
import static dev.teamfit.rules.Evidence.upstream;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * rules/requirements/merge.drl. A merged requirement carries the reasons of the needs it merges, not
 * the merge rule's own, so these tests read the inserted requirement rather than use {@code inserts}.
 */
class RequirementsMergeRulesTest {

    @Test
    void theNeedsForARoleMergeIntoOneRequirement() {
        // The strongest priority and the largest base FTE win; the reasons of every need are kept.
        RoleRequirement merged = role(rule("REQ-001").given(
                base("ml-engineer", RECOMMENDED, 0.5, "ROLE-021"), base("ml-engineer", REQUIRED, 1.0, "ROLE-002"))
                .all(RoleRequirement.class));
        assertEquals(REQUIRED, merged.priority());
        assertEquals(1.0, merged.fte());
        assertEquals(List.of("ROLE-002", "ROLE-021"), merged.reasons().stream().map(Reason::rule).toList());

        // Increments add to the largest base, not to each base.
        assertEquals(2.0, role(rule("REQ-001").given(base("mlops-engineer", REQUIRED, 0.5, "ROLE-003"),
                base("mlops-engineer", REQUIRED, 1.0, "ROLE-004"), more("mlops-engineer", 0.5, "ROLE-008"),
                more("mlops-engineer", 0.5, "TEST-MORE")).all(RoleRequirement.class)).fte());

        // Rounded to the nearest quarter: 0.8 down to 0.75, 1.2 up to 1.25.
        assertEquals(0.75, role(rule("REQ-001").given(base("data-engineer", REQUIRED, 0.5, "ROLE-005"),
                more("data-engineer", 0.3, "ROLE-007")).all(RoleRequirement.class)).fte());
        assertEquals(1.25, role(rule("REQ-001").given(base("data-engineer", REQUIRED, 1.0, "ROLE-005"),
                more("data-engineer", 0.2, "ROLE-007")).all(RoleRequirement.class)).fte());

        // A recommended base stays recommended; the increment's own priority does not count.
        assertEquals(RECOMMENDED, role(rule("REQ-001").given(base("data-analyst", RECOMMENDED, 0.5, "ROLE-021"),
                more("data-analyst", 0.5, "TEST-MORE")).all(RoleRequirement.class)).priority());

        // One requirement per role.
        rule("REQ-001").given(base("data-scientist", REQUIRED, 1.0, "ROLE-001"), base("ml-engineer", REQUIRED, 1.0,
                "ROLE-002")).insertsCount(RoleRequirement.class, 2);

        // Increments alone never make a role needed.
        rule("REQ-001").given(more("ml-engineer", 0.5, "ROLE-008"), more("mlops-engineer", 0.5, "ROLE-008"))
                .insertsNothing();
    }

    @Test
    void theNeedsForASkillOfARoleMergeIntoOneRequirement() {
        List<SkillRequirement> merged = rule("REQ-002").given(
                        skill("ml-engineer", "programming", COMPETENT, "SKILL-024"),
                        skill("ml-engineer", "programming", PROFICIENT, "SKILL-004"),
                        skill("ml-engineer", "optimization", PROFICIENT, "SKILL-025"),
                        skill("data-scientist", "programming", COMPETENT, "SKILL-001"))
                .all(SkillRequirement.class);
        assertEquals(3, merged.size(), merged::toString);
        SkillRequirement programming = find(merged, "ml-engineer", "programming");
        assertEquals(PROFICIENT, programming.level());
        assertEquals(List.of("SKILL-004", "SKILL-024"), programming.reasons().stream().map(Reason::rule).toList());
        assertEquals(PROFICIENT, find(merged, "ml-engineer", "optimization").level());
        assertEquals(COMPETENT, find(merged, "data-scientist", "programming").level());

        // The highest level wins whatever the order the needs come in.
        assertEquals(EXPERT, find(rule("REQ-002").given(skill("mlops-engineer", "ci-cd-ct", EXPERT, "SKILL-020"),
                        skill("mlops-engineer", "ci-cd-ct", COMPETENT, "SKILL-005")).all(SkillRequirement.class),
                "mlops-engineer", "ci-cd-ct").level());

        // Role needs are not skill needs.
        rule("REQ-002").given(base("ml-engineer", REQUIRED, 1.0, "ROLE-002")).insertsNothing();
    }

    private static RoleRequirement role(List<RoleRequirement> inserted) {
        assertEquals(1, inserted.size(), inserted::toString);
        return inserted.get(0);
    }

    private static SkillRequirement find(List<SkillRequirement> inserted, String role, String skill) {
        List<SkillRequirement> found = inserted.stream()
                .filter(s -> s.role().equals(role) && s.skill().equals(skill)).toList();
        assertEquals(1, found.size(), inserted::toString);
        return found.get(0);
    }

    private static RoleNeed base(String role, Priority priority, double fte, String byRule) {
        return RoleNeed.of(role, priority, fte, List.of(upstream(byRule)));
    }

    private static RoleNeed more(String role, double fte, String byRule) {
        return RoleNeed.more(role, fte, List.of(upstream(byRule)));
    }

    private static SkillNeed skill(String role, String skill, Level level, String byRule) {
        return new SkillNeed(role, skill, level, List.of(upstream(byRule)));
    }
}
