package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/modelling.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesModellingRulesTest {

    private static final String KIND = "problem.kind=classification";

    @Test
    void mlWorkMeansAnalysingAndInterpretingTheData() {
        rule("RESP-045").given(mlWork())
                .inserts(Responsibility.class, responsibility("analyze-data", KIND))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-045").given(fact("problem.kind", "analytics")).insertsNothing();
    }

    @Test
    void aModelGoingToProductionNeedsItsDataScientistWorkingWithTheEngineers() {
        rule("RESP-046").given(derivedFrom("model-in-production", KIND, "deployment.mode=batch"))
                .inserts(Responsibility.class, responsibility("deploy-with-engineers", "deployment.mode=batch"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-046").given(mlWork(), fact("deployment.mode", "none")).insertsNothing();
    }

    @Test
    void insightsFromMlWorkMustBeCommunicatedToTheBusiness() {
        rule("RESP-047").given(mlWork(), fact("reporting.insights", true))
                .inserts(Responsibility.class, responsibility("communicate-insights", "reporting.insights=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-047").given(mlWork(), fact("reporting.insights", false)).insertsNothing();
        rule("RESP-047").given(fact("problem.kind", "analytics"), fact("reporting.insights", true)).insertsNothing();
    }

    @Test
    void adaptingOrInventingMethodsNeedsPrototypesTested() {
        rule("RESP-060").given(mlWork(), fact("problem.novelty", "adapted"))
                .inserts(Responsibility.class, responsibility("prototype-solutions", "problem.novelty=adapted"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-060").given(mlWork(), fact("problem.novelty", "novel"))
                .inserts(Responsibility.class, responsibility("prototype-solutions", "problem.novelty=novel"));
        rule("RESP-060").given(mlWork(), fact("problem.novelty", "established")).insertsNothing();
        rule("RESP-060").given(fact("problem.kind", "analytics"), fact("problem.novelty", "adapted")).insertsNothing();
    }

    @Test
    void aNovelProblemOverAYearOrMoreCallsForAcademicCollaboration() {
        rule("RESP-061").given(mlWork(), fact("problem.novelty", "novel"), fact("duration-months", 12))
                .inserts(Responsibility.class,
                        responsibility("academic-collaboration", "problem.novelty=novel", "duration-months=12"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-061").given(mlWork(), fact("problem.novelty", "novel"), fact("duration-months", 11))
                .insertsNothing();
        rule("RESP-061").given(mlWork(), fact("problem.novelty", "adapted"), fact("duration-months", 12))
                .insertsNothing();
    }

    @Test
    void novelResearchThatIsNotShippedIsPublished() {
        rule("RESP-062").given(mlWork(), fact("problem.novelty", "novel"), fact("deployment.mode", "none"))
                .inserts(Responsibility.class,
                        responsibility("publish-findings", "problem.novelty=novel", "deployment.mode=none"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-062").given(mlWork(), fact("problem.novelty", "novel"), fact("deployment.mode", "batch"))
                .insertsNothing();
        rule("RESP-062").given(mlWork(), fact("problem.novelty", "adapted"), fact("deployment.mode", "none"))
                .insertsNothing();
    }

    @Test
    void computerVisionNeedsTheDataItLearnsFromLabelled() {
        rule("RESP-063").given(derivedFrom("ml-work", "problem.kind=computer-vision"), fact("problem.kind", "computer-vision"))
                .inserts(Responsibility.class, responsibility("data-labelling", "problem.kind=computer-vision"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-063").given(mlWork(), fact("problem.kind", "classification")).insertsNothing();
        rule("RESP-063").given(fact("problem.kind", "computer-vision")).insertsNothing();
    }

    @Test
    void generativeOrFoundationModelWorkNeedsItsOutputEvaluated() {
        rule("RESP-064").given(derivedFrom("ml-work", "problem.kind=generative"), fact("problem.kind", "generative"))
                .inserts(Responsibility.class, responsibility("evaluate-generations", "problem.kind=generative"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-064").given(mlWork(), fact("problem.kind", "nlp"), fact("problem.approach", "foundation-model"))
                .inserts(Responsibility.class, responsibility("evaluate-generations", "problem.approach=foundation-model"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-064").given(mlWork(), fact("problem.kind", "nlp"), fact("problem.approach", "deep-learning"))
                .insertsNothing();
        rule("RESP-064").given(fact("problem.kind", "generative")).insertsNothing();
    }

    private static Characteristic mlWork() {
        return derivedFrom("ml-work", KIND);
    }

    private static Predicate<Responsibility> responsibility(String id, String... facts) {
        return r -> r.id().equals(id) && restsOn(r, facts);
    }
}
