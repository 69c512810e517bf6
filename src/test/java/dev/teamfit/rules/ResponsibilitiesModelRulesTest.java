package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/model.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesModelRulesTest {

    private static final String KIND = "problem.kind=classification";

    @Test
    void mlWorkMeansDevelopingAndValidatingModels() {
        rule("RESP-001").given(derivedFrom("ml-work", KIND))
                .inserts(Responsibility.class, responsibility("develop-models", KIND))
                .inserts(Responsibility.class, responsibility("feature-engineering", KIND))
                .insertsCount(Responsibility.class, 2);
        rule("RESP-001").given(fact("problem.kind", "analytics")).insertsNothing();
    }

    @Test
    void aModelInProductionMustBeImplementedForProductionAndIntegrated() {
        rule("RESP-002").given(derivedFrom("model-in-production", KIND, "deployment.mode=online"))
                .inserts(Responsibility.class, responsibility("productionize-models", "deployment.mode=online"))
                .inserts(Responsibility.class, responsibility("integrate-models", "deployment.mode=online"))
                .insertsCount(Responsibility.class, 2);
        rule("RESP-002").given(fact("deployment.mode", "none")).insertsNothing();
    }

    @Test
    void scheduledOrContinuousRetrainingNeedsCiCdCtPipelines() {
        rule("RESP-003").given(inProduction(), fact("deployment.retraining", "scheduled"))
                .inserts(Responsibility.class, responsibility("ci-cd-ct-pipelines", "deployment.retraining=scheduled"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-003").given(inProduction(), fact("deployment.retraining", "continuous"))
                .inserts(Responsibility.class, responsibility("ci-cd-ct-pipelines", "deployment.retraining=continuous"));
        rule("RESP-003").given(inProduction(), fact("deployment.retraining", "manual")).insertsNothing();
        rule("RESP-003").given(fact("deployment.retraining", "scheduled")).insertsNothing();
    }

    @Test
    void monitoringTwoOrMoreProductionModelsNeedsAutomatedMonitoring() {
        rule("RESP-004").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 2))
                .inserts(Responsibility.class,
                        responsibility("automate-deployment", "deployment.monitoring=true", "deployment.models=2"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-004").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 1))
                .insertsNothing();
        rule("RESP-004").given(inProduction(), fact("deployment.monitoring", false), fact("deployment.models", 2))
                .insertsNothing();
        rule("RESP-004").given(fact("deployment.monitoring", true), fact("deployment.models", 2)).insertsNothing();
    }

    @Test
    void aNovelProblemNeedsResearchIntoNewMethods() {
        rule("RESP-005").given(derivedFrom("ml-work", KIND), fact("problem.novelty", "novel"))
                .inserts(Responsibility.class, responsibility("research-methods", "problem.novelty=novel"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-005").given(derivedFrom("ml-work", KIND), fact("problem.novelty", "adapted")).insertsNothing();
        rule("RESP-005").given(fact("problem.kind", "analytics"), fact("problem.novelty", "novel")).insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", KIND, "deployment.mode=online");
    }

    private static Predicate<Responsibility> responsibility(String id, String... facts) {
        return r -> r.id().equals(id) && restsOn(r, facts);
    }
}
