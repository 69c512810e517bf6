package dev.teamfit.rules;

import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.ADVANCED_BEGINNER;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.requiredFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/**
 * rules/skills/core.drl: one test per rule. Each role requirement gives every skill of the role, with
 * the input facts that made the role needed; another role gives none of them.
 */
class SkillsCoreRulesTest {

    private static final String WHY = "problem.kind=classification";

    @Test
    void aDataScientistNeedsStatisticsMlProgrammingAndModelDevelopment() {
        rule("SKILL-001").given(requiredFrom("data-scientist", WHY))
                .inserts(SkillNeed.class, need("data-scientist", "statistics", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "machine-learning", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "programming", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "data-analysis", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "model-development", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "feature-engineering", COMPETENT))
                .insertsCount(SkillNeed.class, 6);
        rule("SKILL-001").given(requiredFrom("ml-engineer", WHY)).insertsNothing();
    }

    @Test
    void aDataAnalystNeedsSqlDataAnalysisAndVisualization() {
        rule("SKILL-002").given(requiredFrom("data-analyst", WHY))
                .inserts(SkillNeed.class, need("data-analyst", "sql", COMPETENT))
                .inserts(SkillNeed.class, need("data-analyst", "data-analysis", COMPETENT))
                .inserts(SkillNeed.class, need("data-analyst", "data-visualization", COMPETENT))
                .inserts(SkillNeed.class, need("data-analyst", "communication", COMPETENT))
                .insertsCount(SkillNeed.class, 4);
        rule("SKILL-002").given(requiredFrom("data-scientist", WHY)).insertsNothing();
    }

    @Test
    void aDataEngineerNeedsPipelinesEtlDatabasesAndDataArchitecture() {
        rule("SKILL-003").given(requiredFrom("data-engineer", WHY))
                .inserts(SkillNeed.class, need("data-engineer", "pipeline-development", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "etl", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "database-management", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "data-architecture", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "sql", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-003").given(requiredFrom("data-scientist", WHY)).insertsNothing();
    }

    @Test
    void anMlEngineerNeedsSoftwareEngineeringDeploymentAndApis() {
        rule("SKILL-004").given(requiredFrom("ml-engineer", WHY))
                .inserts(SkillNeed.class, need("ml-engineer", "programming", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-engineer", "software-engineering", COMPETENT))
                .inserts(SkillNeed.class, need("ml-engineer", "machine-learning", COMPETENT))
                .inserts(SkillNeed.class, need("ml-engineer", "model-deployment", COMPETENT))
                .inserts(SkillNeed.class, need("ml-engineer", "api-development", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-004").given(requiredFrom("mlops-engineer", WHY)).insertsNothing();
    }

    @Test
    void anMlopsEngineerNeedsCiCdCtInfrastructureAsCodeMonitoringAndAutomation() {
        rule("SKILL-005").given(requiredFrom("mlops-engineer", WHY))
                .inserts(SkillNeed.class, need("mlops-engineer", "ci-cd-ct", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "infrastructure-as-code", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "system-monitoring", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "automation", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "cloud-platforms", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-005").given(requiredFrom("ml-engineer", WHY)).insertsNothing();
    }

    @Test
    void anMlResearcherNeedsAdvancedMlMathematicsAndResearchMethods() {
        rule("SKILL-006").given(requiredFrom("ml-researcher", WHY))
                .inserts(SkillNeed.class, need("ml-researcher", "advanced-ml", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-researcher", "mathematics", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-researcher", "research-methods", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-researcher", "prototyping", COMPETENT))
                .inserts(SkillNeed.class, need("ml-researcher", "programming", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-006").given(requiredFrom("ml-engineer", WHY)).insertsNothing();
    }

    @Test
    void aDomainExpertNeedsDeepDomainKnowledge() {
        rule("SKILL-007").given(requiredFrom("domain-expert", WHY))
                .inserts(SkillNeed.class, need("domain-expert", "domain-knowledge", PROFICIENT))
                .inserts(SkillNeed.class, need("domain-expert", "communication", COMPETENT))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-007").given(requiredFrom("business-analyst", WHY)).insertsNothing();
    }

    @Test
    void aBusinessAnalystNeedsRequirementsAnalysisAndCommunication() {
        rule("SKILL-008").given(requiredFrom("business-analyst", WHY))
                .inserts(SkillNeed.class, need("business-analyst", "requirements-analysis", COMPETENT))
                .inserts(SkillNeed.class, need("business-analyst", "communication", PROFICIENT))
                .inserts(SkillNeed.class, need("business-analyst", "domain-knowledge", COMPETENT))
                .insertsCount(SkillNeed.class, 3);
        rule("SKILL-008").given(requiredFrom("domain-expert", WHY)).insertsNothing();
    }

    @Test
    void anMlProjectManagerNeedsProjectManagementCommunicationAndLeadership() {
        rule("SKILL-009").given(requiredFrom("ml-project-manager", WHY))
                .inserts(SkillNeed.class, need("ml-project-manager", "project-management", COMPETENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "communication", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "leadership", COMPETENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "business-strategy", ADVANCED_BEGINNER))
                .insertsCount(SkillNeed.class, 4);
        rule("SKILL-009").given(requiredFrom("business-analyst", WHY)).insertsNothing();
    }

    private static Predicate<SkillNeed> need(String role, String skill, Level level) {
        return n -> n.role().equals(role) && n.skill().equals(skill) && n.level() == level && restsOn(n, WHY);
    }
}
