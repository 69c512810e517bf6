package dev.teamfit.rules;

import dev.teamfit.model.RoleStaffing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.teamfit.engine.RuleVerifier.covers;
import static dev.teamfit.engine.RuleVerifier.member;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.CoverageDegree.FULL;
import static dev.teamfit.model.CoverageDegree.PARTIAL;

/** rules/coverage/staffing.drl: one test per rule, a matching and a non-matching case. */
class CoverageStaffingRulesTest {

    @Test
    void eachMembersTimeGoesFirstToTheRolesTheyDeclareThenThroughAnOverlap() {
        // Ana declares data science at 1 FTE: it takes all her time, none is left for the ML engineering she
        // could do through the overlap. Bo declares ML engineering at half time.
        rule("COV-010").given(required("data-scientist"), required("ml-engineer"),
                        member(0, "Ana", 1.0, List.of("data-scientist")), member(1, "Bo", 0.5, List.of("ml-engineer")),
                        covers("Ana", "data-scientist", FULL, "data-scientist"),
                        covers("Ana", "ml-engineer", PARTIAL, "data-scientist"),
                        covers("Bo", "ml-engineer", FULL, "ml-engineer"))
                .inserts(RoleStaffing.class, s -> s.role().equals("data-scientist") && s.staffed() == 1.0
                        && s.shares().equals(Map.of("Ana", 1.0)))
                .inserts(RoleStaffing.class, s -> s.role().equals("ml-engineer") && s.staffed() == 0.5
                        && s.shares().equals(Map.of("Bo", 0.5)) && s.isUnderstaffed())
                .insertsCount(RoleStaffing.class, 2);
        // Two full-time members declaring a 1 FTE role give it half each; what is left goes to the overlap.
        rule("COV-010").given(required("data-scientist"), required("ml-engineer"),
                        member(0, "Ana", 1.0, List.of("data-scientist")), member(1, "Cy", 1.0, List.of("data-scientist")),
                        covers("Ana", "data-scientist", FULL, "data-scientist"),
                        covers("Cy", "data-scientist", FULL, "data-scientist"),
                        covers("Cy", "ml-engineer", PARTIAL, "data-scientist"))
                .inserts(RoleStaffing.class, s -> s.role().equals("data-scientist")
                        && s.shares().equals(Map.of("Ana", 0.5, "Cy", 0.5)))
                .inserts(RoleStaffing.class, s -> s.role().equals("ml-engineer") && s.shares().equals(Map.of("Cy", 0.5)));
        // No role is needed: nothing to staff.
        rule("COV-010").given(member(0, "Ana", 1.0, List.of("data-scientist"))).insertsNothing();
    }
}
