package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Priority;
import dev.teamfit.model.RoleNeed;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Priority.REQUIRED;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.responsibilityFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/roles/technical.drl: one test per rule, a matching and a non-matching case. */
class RolesTechnicalRulesTest {

    private static final String KIND = "problem.kind=classification";

    @Test
    void developingModelsNeedsADataScientist() {
        rule("ROLE-001").given(responsibilityFrom("develop-models", KIND))
                .inserts(RoleNeed.class, base("data-scientist", REQUIRED, 1.0, KIND))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-001").given(responsibilityFrom("feature-engineering", KIND)).insertsNothing();
    }

    @Test
    void integratingAModelIntoProductionNeedsAnMlEngineer() {
        rule("ROLE-002").given(responsibilityFrom("integrate-models", "deployment.mode=online"))
                .inserts(RoleNeed.class, base("ml-engineer", REQUIRED, 1.0, "deployment.mode=online"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-002").given(responsibilityFrom("productionize-models", "deployment.mode=online")).insertsNothing();
    }

    @Test
    void ciCdCtPipelinesNeedAnMlopsEngineer() {
        rule("ROLE-003").given(responsibilityFrom("ci-cd-ct-pipelines", "deployment.retraining=continuous"))
                .inserts(RoleNeed.class, base("mlops-engineer", REQUIRED, 0.5, "deployment.retraining=continuous"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-003").given(responsibilityFrom("automate-deployment", "deployment.models=2")).insertsNothing();
    }

    @Test
    void automatedMonitoringOfSeveralModelsNeedsAnMlopsEngineer() {
        rule("ROLE-004").given(responsibilityFrom("automate-deployment", "deployment.models=2"))
                .inserts(RoleNeed.class, base("mlops-engineer", REQUIRED, 0.5, "deployment.models=2"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-004").given(responsibilityFrom("ci-cd-ct-pipelines", "deployment.retraining=continuous"))
                .insertsNothing();
    }

    @Test
    void dataPipelinesNeedADataEngineer() {
        rule("ROLE-005").given(responsibilityFrom("data-pipelines", "data.sources=3"))
                .inserts(RoleNeed.class, base("data-engineer", REQUIRED, 1.0, "data.sources=3"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-005").given(responsibilityFrom("feature-engineering", KIND)).insertsNothing();
    }

    @Test
    void researchIntoNewMethodsNeedsAnMlResearcher() {
        rule("ROLE-006").given(responsibilityFrom("research-methods", "problem.novelty=novel"))
                .inserts(RoleNeed.class, base("ml-researcher", REQUIRED, 1.0, "problem.novelty=novel"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-006").given(responsibilityFrom("develop-models", KIND)).insertsNothing();
    }

    @Test
    void massiveDataNeedsMoreDataEngineering() {
        rule("ROLE-007").given(fact("data.volume", "massive"))
                .inserts(RoleNeed.class, increment("data-engineer", 0.5, "data.volume=massive"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-007").given(fact("data.volume", "large")).insertsNothing();
    }

    @Test
    void threeOrMoreProductionModelsNeedMoreMlAndMlopsEngineering() {
        rule("ROLE-008").given(inProduction(), fact("deployment.models", 3))
                .inserts(RoleNeed.class, increment("ml-engineer", 0.5, "deployment.models=3"))
                .inserts(RoleNeed.class, increment("mlops-engineer", 0.5, "deployment.models=3"))
                .insertsCount(RoleNeed.class, 2);
        rule("ROLE-008").given(inProduction(), fact("deployment.models", 2)).insertsNothing();
        rule("ROLE-008").given(fact("deployment.models", 3)).insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", KIND, "deployment.mode=online");
    }

    /** A need at a base FTE, resting on the given input fact. */
    private static Predicate<RoleNeed> base(String role, Priority priority, double fte, String fact) {
        return n -> n.role().equals(role) && n.priority() == priority && n.fte() == fte && !n.increment()
                && restsOn(n, fact);
    }

    /** An FTE increment, which never makes a role needed by itself. */
    private static Predicate<RoleNeed> increment(String role, double fte, String fact) {
        return n -> n.role().equals(role) && n.fte() == fte && n.increment() && restsOn(n, fact);
    }
}
