package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/system.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesSystemRulesTest {

    private static final String KIND = "problem.kind=classification";
    private static final String ONLINE = "deployment.mode=online";

    @Test
    void everyProjectCollectsDataFromItsSources() {
        rule("RESP-030").given(fact("data.sources", 1))
                .inserts(Responsibility.class, responsibility("data-collection", "data.sources=1"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-030").given(fact("data.volume", "small")).insertsNothing();
    }

    @Test
    void dataThatTrainsAModelMustBeVerified() {
        rule("RESP-031").given(derivedFrom("ml-work", KIND))
                .inserts(Responsibility.class, responsibility("data-verification", KIND))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-031").given(fact("problem.kind", "analytics")).insertsNothing();
    }

    @Test
    void aModelInProductionNeedsItsFeaturesExtractedInProduction() {
        rule("RESP-032").given(inProduction())
                .inserts(Responsibility.class, responsibility("feature-extraction", ONLINE))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-032").given(derivedFrom("ml-work", KIND), fact("deployment.mode", "none")).insertsNothing();
    }

    @Test
    void severalProductionModelsNeedTheirConfigurationManaged() {
        rule("RESP-033").given(inProduction(), fact("deployment.models", 2))
                .inserts(Responsibility.class, responsibility("configuration", "deployment.models=2"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-033").given(inProduction(), fact("deployment.models", 1)).insertsNothing();
        rule("RESP-033").given(fact("deployment.models", 2)).insertsNothing();
    }

    @Test
    void massiveDataStreamingOrEdgeServingOrManyModelsNeedMachineResourcesManaged() {
        rule("RESP-034").given(inProduction(), fact("data.volume", "massive"), fact("deployment.mode", "online"),
                        fact("deployment.models", 1))
                .inserts(Responsibility.class, responsibility("resource-management", "data.volume=massive"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-034").given(inProduction(), fact("data.volume", "large"), fact("deployment.mode", "edge"),
                        fact("deployment.models", 1))
                .inserts(Responsibility.class, responsibility("resource-management", "deployment.mode=edge"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-034").given(inProduction(), fact("data.volume", "large"), fact("deployment.mode", "streaming"),
                        fact("deployment.models", 1))
                .inserts(Responsibility.class, responsibility("resource-management", "deployment.mode=streaming"));
        rule("RESP-034").given(inProduction(), fact("data.volume", "large"), fact("deployment.mode", "online"),
                        fact("deployment.models", 3))
                .inserts(Responsibility.class, responsibility("resource-management", "deployment.models=3"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-034").given(inProduction(), fact("data.volume", "large"), fact("deployment.mode", "online"),
                fact("deployment.models", 2)).insertsNothing();
        rule("RESP-034").given(fact("data.volume", "massive")).insertsNothing();
    }

    @Test
    void onlineStreamingOrEdgeServingNeedsServingInfrastructure() {
        rule("RESP-035").given(inProduction(), fact("deployment.mode", "online"))
                .inserts(Responsibility.class, responsibility("serving-infrastructure", ONLINE))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-035").given(inProduction(), fact("deployment.mode", "edge"))
                .inserts(Responsibility.class, responsibility("serving-infrastructure", "deployment.mode=edge"));
        rule("RESP-035").given(inProduction(), fact("deployment.mode", "batch")).insertsNothing();
    }

    @Test
    void aMonitoredModelInProductionNeedsMonitoringInPlace() {
        rule("RESP-036").given(inProduction(), fact("deployment.monitoring", true))
                .inserts(Responsibility.class, responsibility("monitoring", "deployment.monitoring=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-036").given(inProduction(), fact("deployment.monitoring", false)).insertsNothing();
        rule("RESP-036").given(fact("deployment.monitoring", true)).insertsNothing();
    }

    @Test
    void dashboardsNeedAnalysisTools() {
        rule("RESP-037").given(fact("reporting.dashboards", true))
                .inserts(Responsibility.class, responsibility("analysis-tools", "reporting.dashboards=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-037").given(fact("reporting.dashboards", false), fact("reporting.insights", true))
                .insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", KIND, ONLINE);
    }

    private static Predicate<Responsibility> responsibility(String id, String... facts) {
        return r -> r.id().equals(id) && restsOn(r, facts);
    }
}
