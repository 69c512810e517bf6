package dev.teamfit.rules;

import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/skills/project.drl: one test per rule, a matching and a non-matching case. */
class SkillsProjectRulesTest {

    @Test
    void continuousRetrainingNeedsProficientCiCdCt() {
        rule("SKILL-020").given(required("mlops-engineer"), fact("deployment.retraining", "continuous"))
                .inserts(SkillNeed.class,
                        need("mlops-engineer", "ci-cd-ct", PROFICIENT, "deployment.retraining=continuous"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-020").given(required("mlops-engineer"), fact("deployment.retraining", "scheduled"))
                .insertsNothing();
        rule("SKILL-020").given(required("ml-engineer"), fact("deployment.retraining", "continuous"))
                .insertsNothing();
    }

    @Test
    void aRegulatedProjectNeedsADomainExpertCompetentInDataGovernance() {
        // The data engineer's data governance is competent on any project (its Knowledge line): not asked again.
        rule("SKILL-023").given(required("domain-expert"), required("data-engineer"), fact("regulated", true))
                .inserts(SkillNeed.class, need("domain-expert", "data-governance", COMPETENT, "regulated=true"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-023").given(required("domain-expert"), fact("regulated", false)).insertsNothing();
        rule("SKILL-023").given(required("ml-engineer"), fact("regulated", true)).insertsNothing();
    }

    @Test
    void deepLearningOrFoundationModelsNeedADataScientistAndResearcherCompetentInDeepLearningFrameworks() {
        rule("SKILL-024").given(required("data-scientist"), fact("problem.approach", "deep-learning"))
                .inserts(SkillNeed.class, need("data-scientist", "deep-learning-frameworks", COMPETENT,
                        "problem.approach=deep-learning"))
                .insertsCount(SkillNeed.class, 1);
        // The ML engineer's "Experience with TensorFlow, Keras, PyTorch" is its base: not asked again.
        rule("SKILL-024").given(required("ml-engineer"), required("ml-researcher"),
                        fact("problem.approach", "foundation-model"))
                .inserts(SkillNeed.class, need("ml-researcher", "deep-learning-frameworks", COMPETENT,
                        "problem.approach=foundation-model"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-024").given(required("data-scientist"), fact("problem.approach", "classical")).insertsNothing();
        rule("SKILL-024").given(required("data-engineer"), fact("problem.approach", "deep-learning")).insertsNothing();
    }

    @Test
    void aRealTimeModelNeedsAnMlEngineerProficientInOptimization() {
        rule("SKILL-025").given(required("ml-engineer"), derivedFrom("real-time", "deployment.latency-ms=50"))
                .inserts(SkillNeed.class,
                        need("ml-engineer", "optimization", PROFICIENT, "deployment.latency-ms=50"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-025").given(required("ml-engineer"), fact("deployment.latency-ms", 150)).insertsNothing();
        rule("SKILL-025").given(required("data-scientist"), derivedFrom("real-time", "deployment.latency-ms=50"))
                .insertsNothing();
    }

    private static Predicate<SkillNeed> need(String role, String skill, Level level, String fact) {
        return n -> n.role().equals(role) && n.skill().equals(skill) && n.level() == level && restsOn(n, fact);
    }
}
