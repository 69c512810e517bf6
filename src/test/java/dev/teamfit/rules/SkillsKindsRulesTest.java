package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.responsibilityFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/skills/kinds.drl: one test per rule, a matching and a non-matching case. */
class SkillsKindsRulesTest {

    @Test
    void forecastingNeedsADataScientistCompetentInTimeSeriesMethods() {
        rule("SKILL-060").given(required("data-scientist"), fact("problem.kind", "forecasting"))
                .inserts(SkillNeed.class, need("data-scientist", "time-series", COMPETENT, "problem.kind=forecasting"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-060").given(required("data-scientist"), fact("problem.kind", "regression")).insertsNothing();
        rule("SKILL-060").given(required("ml-engineer"), fact("problem.kind", "forecasting")).insertsNothing();
    }

    @Test
    void recommendationsInProductionNeedADataScientistCompetentInOnlineExperimentation() {
        rule("SKILL-061").given(required("data-scientist"), inProduction(), fact("problem.kind", "recommendation"))
                .inserts(SkillNeed.class, need("data-scientist", "experimentation", COMPETENT,
                        "problem.kind=recommendation"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-061").given(required("data-scientist"), fact("problem.kind", "recommendation")).insertsNothing();
        rule("SKILL-061").given(required("data-scientist"), inProduction(), fact("problem.kind", "classification"))
                .insertsNothing();
    }

    @Test
    void languageWorkNeedsADataScientistCompetentInTextProcessing() {
        rule("SKILL-062").given(required("data-scientist"), fact("problem.kind", "nlp"))
                .inserts(SkillNeed.class, need("data-scientist", "text-processing", COMPETENT, "problem.kind=nlp"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-062").given(required("data-scientist"), fact("problem.kind", "computer-vision")).insertsNothing();
    }

    @Test
    void labellingTheDataNeedsADataScientistCompetentInDataLabelling() {
        rule("SKILL-063").given(required("data-scientist"), responsibilityFrom("data-labelling", "problem.kind=computer-vision"))
                .inserts(SkillNeed.class, need("data-scientist", "data-labelling", COMPETENT, "problem.kind=computer-vision"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-063").given(required("ml-engineer"), responsibilityFrom("data-labelling", "problem.kind=computer-vision"))
                .insertsNothing();
        rule("SKILL-063").given(required("data-scientist"), responsibilityFrom("analyze-data", "problem.kind=computer-vision"))
                .insertsNothing();
    }

    @Test
    void aModelServedOnEdgeDevicesNeedsAnMlEngineerCompetentInModelCompression() {
        rule("SKILL-064").given(required("ml-engineer"), inProduction(), fact("deployment.mode", "edge"))
                .inserts(SkillNeed.class, need("ml-engineer", "model-compression", COMPETENT, "deployment.mode=edge"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-064").given(required("ml-engineer"), inProduction(), fact("deployment.mode", "online")).insertsNothing();
        rule("SKILL-064").given(required("data-scientist"), inProduction(), fact("deployment.mode", "edge"))
                .insertsNothing();
    }

    @Test
    void evaluatingGeneratedOutputNeedsADataScientistCompetentInLlmEvaluationAndPromptEngineering() {
        rule("SKILL-065").given(required("data-scientist"), responsibilityFrom("evaluate-generations", "problem.kind=generative"))
                .inserts(SkillNeed.class, need("data-scientist", "prompt-engineering", COMPETENT, "problem.kind=generative"))
                .inserts(SkillNeed.class, need("data-scientist", "llm-evaluation", COMPETENT, "problem.kind=generative"))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-065").given(required("ml-engineer"), responsibilityFrom("evaluate-generations", "problem.kind=generative"))
                .insertsNothing();
        rule("SKILL-065").given(required("data-scientist"), responsibilityFrom("data-labelling", "problem.kind=generative"))
                .insertsNothing();
    }

    @Test
    void aFoundationModelGeneratingAnswersInProductionNeedsAnMlEngineerCompetentInRetrievalAugmentation() {
        rule("SKILL-066").given(required("ml-engineer"), inProduction(), fact("problem.kind", "generative"),
                        fact("problem.approach", "foundation-model"))
                .inserts(SkillNeed.class, need("ml-engineer", "retrieval-augmentation", COMPETENT,
                        "problem.kind=generative", "problem.approach=foundation-model"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-066").given(required("ml-engineer"), inProduction(), fact("problem.kind", "generative"),
                fact("problem.approach", "deep-learning")).insertsNothing();
        rule("SKILL-066").given(required("ml-engineer"), fact("problem.kind", "generative"),
                fact("problem.approach", "foundation-model")).insertsNothing();
    }

    @Test
    void generatedOutputThatReachesCustomersOrFallsUnderRegulationNeedsAnMlEngineerCompetentInAiSafety() {
        rule("SKILL-067").given(required("ml-engineer"), inProduction(),
                        responsibilityFrom("evaluate-generations", "problem.kind=generative"), fact("customer-facing", true),
                        fact("regulated", false))
                .inserts(SkillNeed.class, need("ml-engineer", "ai-safety", COMPETENT, "problem.kind=generative",
                        "customer-facing=true"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-067").given(required("ml-engineer"), inProduction(),
                        responsibilityFrom("evaluate-generations", "problem.kind=generative"), fact("customer-facing", false),
                        fact("regulated", true))
                .inserts(SkillNeed.class, need("ml-engineer", "ai-safety", COMPETENT, "regulated=true"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-067").given(required("ml-engineer"), inProduction(),
                responsibilityFrom("evaluate-generations", "problem.kind=generative"), fact("customer-facing", false),
                fact("regulated", false)).insertsNothing();
        rule("SKILL-067").given(required("ml-engineer"), responsibilityFrom("evaluate-generations", "problem.kind=generative"),
                fact("customer-facing", true)).insertsNothing();
    }

    @Test
    void anomalyDetectionNeedsADataScientistCompetentInAdvancedMl() {
        rule("SKILL-068").given(required("data-scientist"), fact("problem.kind", "anomaly-detection"))
                .inserts(SkillNeed.class, need("data-scientist", "advanced-ml", COMPETENT, "problem.kind=anomaly-detection"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-068").given(required("data-scientist"), fact("problem.kind", "classification")).insertsNothing();
    }

    @Test
    void anOptimizationProblemNeedsADataScientistCompetentInMathematics() {
        rule("SKILL-069").given(required("data-scientist"), fact("problem.kind", "optimization"))
                .inserts(SkillNeed.class, need("data-scientist", "mathematics", COMPETENT, "problem.kind=optimization"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-069").given(required("data-scientist"), fact("problem.kind", "regression")).insertsNothing();
    }

    private static Characteristic inProduction() {
        return derivedFrom("model-in-production", "deployment.mode=online");
    }

    private static Predicate<SkillNeed> need(String role, String skill, Level level, String... facts) {
        return n -> n.role().equals(role) && n.skill().equals(skill) && n.level() == level && restsOn(n, facts);
    }
}
