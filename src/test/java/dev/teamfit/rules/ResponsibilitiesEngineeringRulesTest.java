package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/engineering.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesEngineeringRulesTest {

    private static final String KIND = "problem.kind=classification";

    @Test
    void largeOrMassiveDataNeedsStorageDesignedForIt() {
        rule("RESP-050").given(fact("data.volume", "large"))
                .inserts(Responsibility.class, responsibility("data-storage", "data.volume=large"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-050").given(fact("data.volume", "massive"))
                .inserts(Responsibility.class, responsibility("data-storage", "data.volume=massive"));
        rule("RESP-050").given(fact("data.volume", "medium")).insertsNothing();
    }

    @Test
    void poorDataQualityNeedsWorkOnQualityAndIntegrity() {
        rule("RESP-051").given(fact("data.quality", "poor"))
                .inserts(Responsibility.class, responsibility("data-quality", "data.quality=poor"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-051").given(fact("data.quality", "fair")).insertsNothing();
    }

    @Test
    void trainingOnLargeDataNeedsTheDataProvidedToTheModellers() {
        rule("RESP-052").given(derivedFrom("ml-work", KIND), fact("data.volume", "large"))
                .inserts(Responsibility.class, responsibility("provide-training-data", "data.volume=large"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-052").given(derivedFrom("ml-work", KIND), fact("data.volume", "medium")).insertsNothing();
        rule("RESP-052").given(fact("problem.kind", "analytics"), fact("data.volume", "massive")).insertsNothing();
    }

    @Test
    void onlineOrStreamingServingNeedsModelApis() {
        rule("RESP-053").given(inProduction(), fact("deployment.mode", "online"))
                .inserts(Responsibility.class, responsibility("model-apis", "deployment.mode=online"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-053").given(inProduction(), fact("deployment.mode", "streaming"))
                .inserts(Responsibility.class, responsibility("model-apis", "deployment.mode=streaming"));
        rule("RESP-053").given(inProduction(), fact("deployment.mode", "edge")).insertsNothing();
    }

    @Test
    void aRetrainedProductionModelMustBeMonitoredAndRetrained() {
        rule("RESP-054").given(inProduction(), fact("deployment.retraining", "manual"))
                .inserts(Responsibility.class, responsibility("monitor-retrain", "deployment.retraining=manual"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-054").given(inProduction(), fact("deployment.retraining", "none")).insertsNothing();
        rule("RESP-054").given(fact("deployment.retraining", "manual")).insertsNothing();
    }

    @Test
    void anAdaptedOrNovelModelInProductionNeedsRefiningWithTheDataScientists() {
        rule("RESP-055").given(inProduction(), fact("problem.novelty", "adapted"))
                .inserts(Responsibility.class, responsibility("refine-models", "problem.novelty=adapted"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-055").given(inProduction(), fact("problem.novelty", "novel"))
                .inserts(Responsibility.class, responsibility("refine-models", "problem.novelty=novel"));
        rule("RESP-055").given(inProduction(), fact("problem.novelty", "established")).insertsNothing();
        rule("RESP-055").given(fact("problem.novelty", "novel")).insertsNothing();
    }

    @Test
    void aProductionModelOnPremisesInWholeOrInPartNeedsItsInfrastructureManaged() {
        rule("RESP-056").given(inProduction(), fact("deployment.infrastructure", "hybrid"))
                .inserts(Responsibility.class, responsibility("manage-infrastructure", "deployment.infrastructure=hybrid"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-056").given(inProduction(), fact("deployment.infrastructure", "on-prem"))
                .inserts(Responsibility.class, responsibility("manage-infrastructure", "deployment.infrastructure=on-prem"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-056").given(inProduction(), fact("deployment.infrastructure", "cloud")).insertsNothing();
        rule("RESP-056").given(fact("deployment.infrastructure", "hybrid")).insertsNothing();
    }

    @Test
    void aProductionModelOnPersonalDataNeedsItsSecurityEnsured() {
        rule("RESP-057").given(inProduction(), fact("data.personal-data", true))
                .inserts(Responsibility.class, responsibility("security-scalability", "data.personal-data=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-057").given(inProduction(), fact("data.personal-data", false)).insertsNothing();
        rule("RESP-057").given(fact("data.personal-data", true)).insertsNothing();
    }

    @Test
    void aBusinessCriticalProductionModelNeedsItsScalabilityAndPerformanceEnsured() {
        rule("RESP-058").given(inProduction(), derivedFrom("business-critical", "criticality=mission-critical"))
                .inserts(Responsibility.class,
                        responsibility("security-scalability", "criticality=mission-critical"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-058").given(inProduction(), fact("criticality", "medium")).insertsNothing();
        rule("RESP-058").given(derivedFrom("business-critical", "criticality=high")).insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", KIND, "deployment.mode=online");
    }

    private static Predicate<Responsibility> responsibility(String id, String fact) {
        return r -> r.id().equals(id) && restsOn(r, fact);
    }
}
