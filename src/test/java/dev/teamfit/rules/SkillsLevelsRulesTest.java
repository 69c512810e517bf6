package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.EXPERT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/skills/levels.drl: one test per rule, a matching and a non-matching case. */
class SkillsLevelsRulesTest {

    @Test
    void mlopsLevel2NeedsProficientAutomationAndInfrastructureAsCode() {
        rule("SKILL-030").given(required("mlops-engineer"), maturity("2", "deployment.retraining=continuous"))
                .inserts(SkillNeed.class, need("mlops-engineer", "automation", PROFICIENT,
                        "deployment.retraining=continuous"))
                .inserts(SkillNeed.class, need("mlops-engineer", "infrastructure-as-code", PROFICIENT,
                        "deployment.retraining=continuous"))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-030").given(required("mlops-engineer"), maturity("1", "deployment.retraining=scheduled"))
                .insertsNothing();
        rule("SKILL-030").given(required("ml-engineer"), maturity("2", "deployment.retraining=continuous"))
                .insertsNothing();
    }

    @Test
    void personalDataNeedsSecurityFromTheEngineersWhoHandleIt() {
        // The MLOps engineer is competent in security on any project (its Knowledge line), so this raises it.
        rule("SKILL-031").given(required("mlops-engineer"), required("data-engineer"), fact("data.personal-data", true))
                .inserts(SkillNeed.class, need("mlops-engineer", "security", PROFICIENT, "data.personal-data=true"))
                .inserts(SkillNeed.class, need("data-engineer", "security", COMPETENT, "data.personal-data=true"))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-031").given(required("mlops-engineer"), fact("data.personal-data", false)).insertsNothing();
        rule("SKILL-031").given(required("ml-engineer"), fact("data.personal-data", true)).insertsNothing();
    }

    @Test
    void aMissionCriticalProjectNeedsProficientEngineeringAndMonitoring() {
        rule("SKILL-032").given(required("ml-engineer"), required("mlops-engineer"), fact("criticality", "mission-critical"))
                .inserts(SkillNeed.class, need("ml-engineer", "software-engineering", PROFICIENT,
                        "criticality=mission-critical"))
                .inserts(SkillNeed.class, need("mlops-engineer", "system-monitoring", PROFICIENT,
                        "criticality=mission-critical"))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-032").given(required("ml-engineer"), fact("criticality", "high")).insertsNothing();
        rule("SKILL-032").given(required("data-engineer"), fact("criticality", "mission-critical")).insertsNothing();
    }

    @Test
    void aLatencyBudgetOf20MsOrLessNeedsAnMlEngineerExpertInOptimization() {
        rule("SKILL-033").given(required("ml-engineer"), fact("deployment.latency-ms", 20))
                .inserts(SkillNeed.class, need("ml-engineer", "optimization", EXPERT, "deployment.latency-ms=20"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-033").given(required("ml-engineer"), fact("deployment.latency-ms", 21)).insertsNothing();
        rule("SKILL-033").given(required("data-scientist"), fact("deployment.latency-ms", 20)).insertsNothing();
    }

    @Test
    void massiveDataNeedsADataEngineerProficientInDataArchitecture() {
        rule("SKILL-034").given(required("data-engineer"), fact("data.volume", "massive"))
                .inserts(SkillNeed.class, need("data-engineer", "data-architecture", PROFICIENT, "data.volume=massive"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-034").given(required("data-engineer"), fact("data.volume", "large")).insertsNothing();
    }

    @Test
    void anAdaptedOrNovelProblemNeedsADataScientistCompetentInAdvancedMl() {
        rule("SKILL-035").given(required("data-scientist"), fact("problem.novelty", "adapted"))
                .inserts(SkillNeed.class, need("data-scientist", "advanced-ml", COMPETENT, "problem.novelty=adapted"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-035").given(required("data-scientist"), fact("problem.novelty", "novel"))
                .inserts(SkillNeed.class, need("data-scientist", "advanced-ml", COMPETENT, "problem.novelty=novel"));
        rule("SKILL-035").given(required("data-scientist"), fact("problem.novelty", "established")).insertsNothing();
    }

    @Test
    void aNovelProblemNeedsAnMlResearcherExpertInAdvancedMl() {
        rule("SKILL-036").given(required("ml-researcher"), fact("problem.novelty", "novel"))
                .inserts(SkillNeed.class, need("ml-researcher", "advanced-ml", EXPERT, "problem.novelty=novel"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-036").given(required("ml-researcher"), fact("problem.novelty", "adapted")).insertsNothing();
    }

    @Test
    void aRegulatedMissionCriticalProjectNeedsProficientDataGovernance() {
        rule("SKILL-037").given(required("domain-expert"), fact("regulated", true), fact("criticality", "mission-critical"))
                .inserts(SkillNeed.class, need("domain-expert", "data-governance", PROFICIENT,
                        "regulated=true", "criticality=mission-critical"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-037").given(required("domain-expert"), fact("regulated", true), fact("criticality", "high"))
                .insertsNothing();
        rule("SKILL-037").given(required("domain-expert"), fact("regulated", false),
                fact("criticality", "mission-critical")).insertsNothing();
    }

    @Test
    void fiveOrMoreStakeholderGroupsNeedAProjectManagerExpertInCommunication() {
        rule("SKILL-038").given(required("ml-project-manager"), fact("stakeholders", 5))
                .inserts(SkillNeed.class, need("ml-project-manager", "communication", EXPERT, "stakeholders=5"))
                .inserts(SkillNeed.class, need("ml-project-manager", "leadership", PROFICIENT, "stakeholders=5"))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-038").given(required("ml-project-manager"), fact("stakeholders", 4)).insertsNothing();
    }

    @Test
    void aProjectOfAYearOrMoreNeedsProficientProjectManagement() {
        rule("SKILL-039").given(required("ml-project-manager"), fact("duration-months", 12))
                .inserts(SkillNeed.class, need("ml-project-manager", "project-management", PROFICIENT,
                        "duration-months=12"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-039").given(required("ml-project-manager"), fact("duration-months", 11)).insertsNothing();
    }

    @Test
    void poorDataNeedsProficientDataManipulationAndDataGovernance() {
        // Both raise a base the seed gives at competent ("Experience with", "Knowledge of").
        rule("SKILL-040").given(required("data-scientist"), required("data-engineer"), fact("data.quality", "poor"))
                .inserts(SkillNeed.class, need("data-scientist", "data-manipulation", PROFICIENT, "data.quality=poor"))
                .inserts(SkillNeed.class, need("data-engineer", "data-governance", PROFICIENT, "data.quality=poor"))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-040").given(required("data-scientist"), required("data-engineer"), fact("data.quality", "fair"))
                .insertsNothing();
        rule("SKILL-040").given(required("ml-engineer"), fact("data.quality", "poor")).insertsNothing();
    }

    @Test
    void streamingServingNeedsAnMlEngineerCompetentInBigDataTools() {
        rule("SKILL-041").given(required("ml-engineer"), fact("deployment.mode", "streaming"))
                .inserts(SkillNeed.class, need("ml-engineer", "big-data", COMPETENT, "deployment.mode=streaming"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-041").given(required("ml-engineer"), fact("deployment.mode", "online")).insertsNothing();
    }

    @Test
    void aFoundationModelNeedsProficientDeepLearningFrameworks() {
        rule("SKILL-042").given(required("data-scientist"), required("ml-engineer"), required("ml-researcher"),
                        fact("problem.approach", "foundation-model"))
                .inserts(SkillNeed.class, need("data-scientist", "deep-learning-frameworks", PROFICIENT,
                        "problem.approach=foundation-model"))
                .inserts(SkillNeed.class, need("ml-engineer", "deep-learning-frameworks", PROFICIENT,
                        "problem.approach=foundation-model"))
                .inserts(SkillNeed.class, need("ml-researcher", "deep-learning-frameworks", PROFICIENT,
                        "problem.approach=foundation-model"))
                .insertsCount(SkillNeed.class, 3);
        rule("SKILL-042").given(required("ml-engineer"), fact("problem.approach", "deep-learning")).insertsNothing();
        rule("SKILL-042").given(required("data-analyst"), fact("problem.approach", "foundation-model"))
                .insertsNothing();
    }

    @Test
    void dashboardsNeedADataAnalystProficientInVisualization() {
        rule("SKILL-043").given(required("data-analyst"), fact("reporting.dashboards", true))
                .inserts(SkillNeed.class, need("data-analyst", "data-visualization", PROFICIENT,
                        "reporting.dashboards=true"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-043").given(required("data-analyst"), fact("reporting.dashboards", false)).insertsNothing();
    }

    @Test
    void insightsForTheBusinessNeedADataScientistProficientInDataAnalysis() {
        // Communication is the data scientist's base already ("Explaining complex technical concepts ...").
        rule("SKILL-044").given(required("data-scientist"), fact("reporting.insights", true))
                .inserts(SkillNeed.class, need("data-scientist", "data-analysis", PROFICIENT, "reporting.insights=true"))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-044").given(required("data-scientist"), fact("reporting.insights", false)).insertsNothing();
    }

    @Test
    void anAutomatedTrainingPipelineNeedsAnMlEngineerCompetentInPipelineDevelopment() {
        for (String level : new String[] {"1", "2"}) {
            rule("SKILL-045").given(required("ml-engineer"), maturity(level, "deployment.retraining=scheduled"))
                    .inserts(SkillNeed.class, need("ml-engineer", "pipeline-development", COMPETENT,
                            "deployment.retraining=scheduled"))
                    .insertsCount(SkillNeed.class, 1);
        }
        rule("SKILL-045").given(required("ml-engineer"), fact("deployment.retraining", "manual")).insertsNothing();
        rule("SKILL-045").given(required("mlops-engineer"), maturity("1", "deployment.retraining=scheduled"))
                .insertsNothing();
    }

    private static Characteristic maturity(String level, String fact) {
        return new Characteristic("mlops-maturity", level,
                List.of(Evidence.upstream("TEST-CHAR", fact)));
    }

    private static Predicate<SkillNeed> need(String role, String skill, Level level, String... facts) {
        return n -> n.role().equals(role) && n.skill().equals(skill) && n.level() == level && restsOn(n, facts);
    }
}
