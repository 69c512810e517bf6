package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.RoleNeed;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/roles/scaling.drl: FTE increments only; one test per rule, a matching and a non-matching case. */
class RolesScalingRulesTest {

    private static final String KIND = "problem.kind=classification";

    @Test
    void sixOrMoreDataSourcesAddDataEngineering() {
        rule("ROLE-050").given(fact("data.sources", 6))
                .inserts(RoleNeed.class, more("data-engineer", 0.5, "data.sources=6"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-050").given(fact("data.sources", 5)).insertsNothing();
    }

    @Test
    void sixOrMoreProductionModelsAddMlAndMlopsEngineeringAgain() {
        rule("ROLE-051").given(inProduction(), fact("deployment.models", 6))
                .inserts(RoleNeed.class, more("ml-engineer", 0.5, "deployment.models=6"))
                .inserts(RoleNeed.class, more("mlops-engineer", 0.5, "deployment.models=6"))
                .insertsCount(RoleNeed.class, 2);
        rule("ROLE-051").given(inProduction(), fact("deployment.models", 5)).insertsNothing();
        rule("ROLE-051").given(fact("deployment.models", 6)).insertsNothing();
    }

    @Test
    void fiveOrMoreStakeholderGroupsAddBusinessAnalysisAndProjectManagement() {
        rule("ROLE-052").given(fact("stakeholders", 5))
                .inserts(RoleNeed.class, more("business-analyst", 0.5, "stakeholders=5"))
                .inserts(RoleNeed.class, more("ml-project-manager", 0.25, "stakeholders=5"))
                .insertsCount(RoleNeed.class, 2);
        rule("ROLE-052").given(fact("stakeholders", 4)).insertsNothing();
    }

    @Test
    void aProjectOfAYearOrMoreAddsProjectManagement() {
        rule("ROLE-053").given(fact("duration-months", 12))
                .inserts(RoleNeed.class, more("ml-project-manager", 0.25, "duration-months=12"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-053").given(fact("duration-months", 11)).insertsNothing();
    }

    @Test
    void aMissionCriticalModelInProductionAddsEngineeringForOperations() {
        rule("ROLE-054").given(inProduction(), fact("criticality", "mission-critical"))
                .inserts(RoleNeed.class, more("ml-engineer", 0.25, "criticality=mission-critical"))
                .inserts(RoleNeed.class, more("mlops-engineer", 0.25, "criticality=mission-critical"))
                .insertsCount(RoleNeed.class, 2);
        rule("ROLE-054").given(inProduction(), fact("criticality", "high")).insertsNothing();
        rule("ROLE-054").given(fact("criticality", "mission-critical")).insertsNothing();
    }

    @Test
    void poorDataAddsDataScienceTimeForCleaningIt() {
        rule("ROLE-055").given(derivedFrom("ml-work", KIND), fact("data.quality", "poor"))
                .inserts(RoleNeed.class, more("data-scientist", 0.25, "data.quality=poor"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-055").given(derivedFrom("ml-work", KIND), fact("data.quality", "fair")).insertsNothing();
        rule("ROLE-055").given(fact("problem.kind", "analytics"), fact("data.quality", "poor")).insertsNothing();
    }

    @Test
    void continuousRetrainingAddsMlopsEngineering() {
        rule("ROLE-056").given(inProduction(), fact("deployment.retraining", "continuous"))
                .inserts(RoleNeed.class, more("mlops-engineer", 0.25, "deployment.retraining=continuous"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-056").given(inProduction(), fact("deployment.retraining", "scheduled")).insertsNothing();
        rule("ROLE-056").given(fact("deployment.retraining", "continuous")).insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", KIND, "deployment.mode=online");
    }

    /** An FTE increment, which never makes a role needed by itself. */
    private static Predicate<RoleNeed> more(String role, double fte, String fact) {
        return n -> n.role().equals(role) && n.fte() == fte && n.increment() && restsOn(n, fact);
    }
}
