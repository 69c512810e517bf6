package dev.teamfit.rules;

import dev.teamfit.model.Coverage;
import dev.teamfit.model.CoverageDegree;
import dev.teamfit.model.Member;
import dev.teamfit.model.SkillRequirement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.member;
import static dev.teamfit.engine.RuleVerifier.overlap;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.engine.RuleVerifier.skill;
import static dev.teamfit.model.CoverageDegree.FULL;
import static dev.teamfit.model.CoverageDegree.PARTIAL;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/coverage/coverage.drl: one test per rule, a matching and a non-matching case. */
class CoverageCoverageRulesTest {

    private static final SkillRequirement SQL = skill("data-analyst", "sql", COMPETENT);
    private static final SkillRequirement COMMUNICATION = skill("data-analyst", "communication", PROFICIENT);

    @Test
    void aMemberWhoDeclaresARoleAndMeetsAllItsLevelsCoversItFully() {
        rule("COV-001").given(required("data-analyst"), SQL, COMMUNICATION, analyst("sql", 3, "communication", 4))
                .inserts(Coverage.class, coverage("Ana", "data-analyst", FULL, "data-analyst",
                        "team[0].roles=[data-analyst]"))
                .insertsCount(Coverage.class, 1);
        // One level short in one skill.
        rule("COV-001").given(required("data-analyst"), SQL, COMMUNICATION, analyst("sql", 3, "communication", 3))
                .insertsNothing();
        // All the levels, but not the role.
        rule("COV-001").given(required("data-analyst"), SQL, COMMUNICATION,
                member(0, "Ana", List.of("data-scientist"), "sql", 3, "communication", 4)).insertsNothing();
    }

    @Test
    void aMemberWhoDeclaresARoleButFallsShortOfALevelCoversItPartially() {
        rule("COV-002").given(required("data-analyst"), SQL, COMMUNICATION, analyst("sql", 3, "communication", 3))
                .inserts(Coverage.class, coverage("Ana", "data-analyst", PARTIAL, "data-analyst",
                        "team[0].roles=[data-analyst]"))
                .insertsCount(Coverage.class, 1);
        // Exactly at every level.
        rule("COV-002").given(required("data-analyst"), SQL, COMMUNICATION, analyst("sql", 3, "communication", 4))
                .insertsNothing();
    }

    @Test
    void aMemberOfAnOverlappingRoleWithHalfTheSkillsCoversItPartially() {
        List<Object> role = List.of(required("ml-engineer"), overlap("ml-engineer", "data-scientist"),
                skill("ml-engineer", "programming", PROFICIENT), skill("ml-engineer", "machine-learning", COMPETENT),
                skill("ml-engineer", "software-engineering", COMPETENT),
                skill("ml-engineer", "model-deployment", COMPETENT));

        // Exactly half: programming and machine learning, not software engineering nor deployment.
        rule("COV-003").given(with(role, scientist(List.of("data-scientist"), 4)))
                .inserts(Coverage.class, coverage("Ana", "ml-engineer", PARTIAL, "data-scientist",
                        "team[0].roles=[data-scientist]",
                        "overlap: Overlaps and Collaborations / Data Scientist and ML Engineer",
                        "meets 2 of 4 skill levels"))
                .insertsCount(Coverage.class, 1);
        // Below half: programming one level short leaves 1 of 4.
        rule("COV-003").given(with(role, scientist(List.of("data-scientist"), 3))).insertsNothing();
        // A member who declares the role itself covers it directly, not through the overlap.
        rule("COV-003").given(with(role, scientist(List.of("data-scientist", "ml-engineer"), 4))).insertsNothing();
        // A role the seed names no overlap with.
        rule("COV-003").given(with(role, scientist(List.of("data-analyst"), 4))).insertsNothing();
        // A role with no skill requirements gives no ground to judge "half the skills" on.
        rule("COV-003").given(required("ml-engineer"), overlap("ml-engineer", "data-scientist"),
                scientist(List.of("data-scientist"), 4)).insertsNothing();
    }

    private static Member analyst(String skill1, int level1, String skill2, int level2) {
        return member(0, "Ana", List.of("data-analyst"), skill1, level1, skill2, level2);
    }

    private static Member scientist(List<String> roles, int programming) {
        return member(0, "Ana", roles, "programming", programming, "machine-learning", 3, "software-engineering", 2);
    }

    private static Object[] with(List<Object> facts, Object more) {
        List<Object> all = new java.util.ArrayList<>(facts);
        all.add(more);
        return all.toArray();
    }

    private static Predicate<Coverage> coverage(String member, String role, CoverageDegree degree, String via,
                                                String... facts) {
        return c -> c.member().equals(member) && c.role().equals(role) && c.degree() == degree
                && c.via().equals(via) && restsOn(c, facts);
    }
}
