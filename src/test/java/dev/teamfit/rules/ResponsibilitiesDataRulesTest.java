package dev.teamfit.rules;

import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/data.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesDataRulesTest {

    @Test
    void largeOrMassiveDataNeedsPipelinesBuiltForItsVolume() {
        rule("RESP-010").given(fact("data.volume", "large"))
                .inserts(Responsibility.class, pipelines("data.volume=large"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-010").given(fact("data.volume", "massive"))
                .inserts(Responsibility.class, pipelines("data.volume=massive"));
        rule("RESP-010").given(fact("data.volume", "medium")).insertsNothing();
    }

    @Test
    void streamingDataNeedsPipelinesThatIngestItContinuously() {
        rule("RESP-011").given(fact("data.streaming", true))
                .inserts(Responsibility.class, pipelines("data.streaming=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-011").given(fact("data.streaming", false)).insertsNothing();
    }

    @Test
    void threeOrMoreDataSourcesNeedPipelinesToBringThemTogether() {
        rule("RESP-012").given(fact("data.sources", 3))
                .inserts(Responsibility.class, pipelines("data.sources=3"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-012").given(fact("data.sources", 2)).insertsNothing();
    }

    @Test
    void aProjectThatBuildsItsOwnDataPipelinesNeedsThemBuiltAndMaintained() {
        // Whatever its volume and sources: one source of small data, with pipelines of its own.
        rule("RESP-013").given(fact("data.pipelines", true), fact("data.sources", 1), fact("data.volume", "small"))
                .inserts(Responsibility.class, pipelines("data.pipelines=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-013").given(fact("data.pipelines", false), fact("data.sources", 5)).insertsNothing();
    }

    private static Predicate<Responsibility> pipelines(String fact) {
        return r -> r.id().equals("data-pipelines") && restsOn(r, fact);
    }
}
