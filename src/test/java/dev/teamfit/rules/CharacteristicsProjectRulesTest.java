package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/characteristics/project.drl: one test per rule, a matching and a non-matching case. */
class CharacteristicsProjectRulesTest {

    @Test
    void aProblemOtherThanAnalyticsIsMlWork() {
        rule("CHAR-001").given(fact("problem.kind", "classification"))
                .inserts(Characteristic.class, derived("ml-work", "problem.kind=classification"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-001").given(fact("problem.kind", "analytics")).insertsNothing();
    }

    @Test
    void aDeploymentModeOtherThanNonePutsAModelInProduction() {
        rule("CHAR-002").given(fact("problem.kind", "regression"), fact("deployment.mode", "batch"))
                .inserts(Characteristic.class,
                        derived("model-in-production", "problem.kind=regression", "deployment.mode=batch"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-002").given(fact("problem.kind", "regression"), fact("deployment.mode", "none")).insertsNothing();
        rule("CHAR-002").given(fact("problem.kind", "analytics"), fact("deployment.mode", "batch")).insertsNothing();
    }

    @Test
    void aLatencyBudgetOf100MsOrLessIsRealTime() {
        rule("CHAR-003").given(fact("deployment.latency-ms", 100))
                .inserts(Characteristic.class, derived("real-time", "deployment.latency-ms=100"))
                .insertsCount(Characteristic.class, 1);
        rule("CHAR-003").given(fact("deployment.latency-ms", 101)).insertsNothing();
    }

    @Test
    void highOrMissionCriticalProjectsAreBusinessCritical() {
        rule("CHAR-004").given(fact("criticality", "high"))
                .inserts(Characteristic.class, derived("business-critical", "criticality=high"));
        rule("CHAR-004").given(fact("criticality", "mission-critical"))
                .inserts(Characteristic.class, derived("business-critical", "criticality=mission-critical"));
        rule("CHAR-004").given(fact("criticality", "medium")).insertsNothing();
    }

    private static Predicate<Characteristic> derived(String key, String... facts) {
        return c -> c.key().equals(key) && c.value().equals("true") && !c.isInput() && restsOn(c, facts);
    }
}
