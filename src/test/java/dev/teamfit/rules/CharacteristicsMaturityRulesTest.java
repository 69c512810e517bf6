package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/characteristics/maturity.drl: one test per rule, a matching and a non-matching case. */
class CharacteristicsMaturityRulesTest {

    @Test
    void scheduledRetrainingTargetsMlopsLevel1() {
        rule("CHAR-010").given(inProduction(), fact("deployment.retraining", "scheduled"))
                .inserts(Characteristic.class, maturity("1", "deployment.retraining=scheduled"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-010").given(inProduction(), fact("deployment.retraining", "manual")).insertsNothing();
        rule("CHAR-010").given(fact("deployment.retraining", "scheduled")).insertsNothing();
    }

    @Test
    void monitoringTwoToFourProductionModelsTargetsMlopsLevel1() {
        rule("CHAR-011").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 2))
                .inserts(Characteristic.class, maturity("1", "deployment.monitoring=true", "deployment.models=2"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-011").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 4))
                .inserts(Characteristic.class, maturity("1", "deployment.models=4"));
        rule("CHAR-011").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 1))
                .insertsNothing();
        rule("CHAR-011").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 5))
                .insertsNothing();
        rule("CHAR-011").given(inProduction(), fact("deployment.monitoring", false), fact("deployment.models", 2))
                .insertsNothing();
    }

    @Test
    void continuousRetrainingTargetsMlopsLevel2() {
        rule("CHAR-012").given(inProduction(), fact("deployment.retraining", "continuous"))
                .inserts(Characteristic.class, maturity("2", "deployment.retraining=continuous"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-012").given(inProduction(), fact("deployment.retraining", "scheduled")).insertsNothing();
        rule("CHAR-012").given(fact("deployment.retraining", "continuous")).insertsNothing();
    }

    @Test
    void monitoringFiveOrMoreProductionModelsTargetsMlopsLevel2() {
        rule("CHAR-013").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 5))
                .inserts(Characteristic.class, maturity("2", "deployment.monitoring=true", "deployment.models=5"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-013").given(inProduction(), fact("deployment.monitoring", true), fact("deployment.models", 4))
                .insertsNothing();
        rule("CHAR-013").given(inProduction(), fact("deployment.monitoring", false), fact("deployment.models", 5))
                .insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", "problem.kind=classification", "deployment.mode=online");
    }

    private static Predicate<Characteristic> maturity(String level, String... facts) {
        return c -> c.key().equals("mlops-maturity") && c.value().equals(level) && restsOn(c, facts);
    }
}
