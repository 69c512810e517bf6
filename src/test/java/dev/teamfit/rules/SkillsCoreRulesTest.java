package dev.teamfit.rules;

import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import dev.teamfit.engine.RuleVerifier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.ADVANCED_BEGINNER;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.requiredFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/**
 * rules/skills/core.drl: its one rule, SKILL-001, gives a needed role the base skills the catalog lists
 * for it (catalog.yaml, roles[].skills), with the input facts that made the role needed and the catalog
 * entry; the skills listed for another role give it none. A test per role checks the catalog's levels.
 */
class SkillsCoreRulesTest {

    private static final String WHY = "problem.kind=classification";

    @Test
    void aDataScientistNeedsStatisticsMlProgrammingAndModelDevelopment() {
        rule("SKILL-001").given(roleWithItsSkills("data-scientist", "data-scientist"))
                .inserts(SkillNeed.class, need("data-scientist", "statistics", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "machine-learning", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "programming", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "data-analysis", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "model-development", COMPETENT))
                .inserts(SkillNeed.class, need("data-scientist", "feature-engineering", COMPETENT))
                .insertsCount(SkillNeed.class, 6);
        rule("SKILL-001").given(roleWithItsSkills("ml-engineer", "data-scientist")).insertsNothing();
    }

    @Test
    void aDataAnalystNeedsSqlDataAnalysisAndVisualization() {
        rule("SKILL-001").given(roleWithItsSkills("data-analyst", "data-analyst"))
                .inserts(SkillNeed.class, need("data-analyst", "sql", COMPETENT))
                .inserts(SkillNeed.class, need("data-analyst", "data-analysis", COMPETENT))
                .inserts(SkillNeed.class, need("data-analyst", "data-visualization", COMPETENT))
                .inserts(SkillNeed.class, need("data-analyst", "communication", COMPETENT))
                .insertsCount(SkillNeed.class, 4);
        rule("SKILL-001").given(roleWithItsSkills("data-scientist", "data-analyst")).insertsNothing();
    }

    @Test
    void aDataEngineerNeedsPipelinesEtlDatabasesAndDataArchitecture() {
        rule("SKILL-001").given(roleWithItsSkills("data-engineer", "data-engineer"))
                .inserts(SkillNeed.class, need("data-engineer", "pipeline-development", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "etl", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "database-management", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "data-architecture", COMPETENT))
                .inserts(SkillNeed.class, need("data-engineer", "sql", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-001").given(roleWithItsSkills("data-scientist", "data-engineer")).insertsNothing();
    }

    @Test
    void anMlEngineerNeedsSoftwareEngineeringDeploymentAndApis() {
        rule("SKILL-001").given(roleWithItsSkills("ml-engineer", "ml-engineer"))
                .inserts(SkillNeed.class, need("ml-engineer", "programming", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-engineer", "software-engineering", COMPETENT))
                .inserts(SkillNeed.class, need("ml-engineer", "machine-learning", COMPETENT))
                .inserts(SkillNeed.class, need("ml-engineer", "model-deployment", COMPETENT))
                .inserts(SkillNeed.class, need("ml-engineer", "api-development", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-001").given(roleWithItsSkills("mlops-engineer", "ml-engineer")).insertsNothing();
    }

    @Test
    void anMlopsEngineerNeedsCiCdCtInfrastructureAsCodeMonitoringAndAutomation() {
        rule("SKILL-001").given(roleWithItsSkills("mlops-engineer", "mlops-engineer"))
                .inserts(SkillNeed.class, need("mlops-engineer", "ci-cd-ct", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "infrastructure-as-code", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "system-monitoring", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "automation", COMPETENT))
                .inserts(SkillNeed.class, need("mlops-engineer", "cloud-platforms", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-001").given(roleWithItsSkills("ml-engineer", "mlops-engineer")).insertsNothing();
    }

    @Test
    void anMlResearcherNeedsAdvancedMlMathematicsAndResearchMethods() {
        rule("SKILL-001").given(roleWithItsSkills("ml-researcher", "ml-researcher"))
                .inserts(SkillNeed.class, need("ml-researcher", "advanced-ml", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-researcher", "mathematics", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-researcher", "research-methods", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-researcher", "prototyping", COMPETENT))
                .inserts(SkillNeed.class, need("ml-researcher", "programming", COMPETENT))
                .insertsCount(SkillNeed.class, 5);
        rule("SKILL-001").given(roleWithItsSkills("ml-engineer", "ml-researcher")).insertsNothing();
    }

    @Test
    void aDomainExpertNeedsDeepDomainKnowledge() {
        rule("SKILL-001").given(roleWithItsSkills("domain-expert", "domain-expert"))
                .inserts(SkillNeed.class, need("domain-expert", "domain-knowledge", PROFICIENT))
                .inserts(SkillNeed.class, need("domain-expert", "communication", COMPETENT))
                .insertsCount(SkillNeed.class, 2);
        rule("SKILL-001").given(roleWithItsSkills("business-analyst", "domain-expert")).insertsNothing();
    }

    @Test
    void aBusinessAnalystNeedsRequirementsAnalysisAndCommunication() {
        rule("SKILL-001").given(roleWithItsSkills("business-analyst", "business-analyst"))
                .inserts(SkillNeed.class, need("business-analyst", "requirements-analysis", COMPETENT))
                .inserts(SkillNeed.class, need("business-analyst", "communication", PROFICIENT))
                .inserts(SkillNeed.class, need("business-analyst", "domain-knowledge", COMPETENT))
                .insertsCount(SkillNeed.class, 3);
        rule("SKILL-001").given(roleWithItsSkills("domain-expert", "business-analyst")).insertsNothing();
    }

    @Test
    void anMlProjectManagerNeedsProjectManagementCommunicationAndLeadership() {
        rule("SKILL-001").given(roleWithItsSkills("ml-project-manager", "ml-project-manager"))
                .inserts(SkillNeed.class, need("ml-project-manager", "project-management", COMPETENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "communication", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "leadership", COMPETENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "business-strategy", ADVANCED_BEGINNER))
                .insertsCount(SkillNeed.class, 4);
        rule("SKILL-001").given(roleWithItsSkills("business-analyst", "ml-project-manager")).insertsNothing();
    }

    /** A required role, resting on {@link #WHY}, beside the catalog's base skills of {@code skillsOf}. */
    private static Object[] roleWithItsSkills(String role, String skillsOf) {
        List<Object> facts = new ArrayList<>();
        facts.add(requiredFrom(role, WHY));
        RuleVerifier.bundled().catalog().baseSkills().stream().filter(s -> s.role().equals(skillsOf))
                .forEach(facts::add);
        return facts.toArray();
    }

    private static Predicate<SkillNeed> need(String role, String skill, Level level) {
        return n -> n.role().equals(role) && n.skill().equals(skill) && n.level() == level && restsOn(n, WHY)
                && n.reasons().get(0).facts().stream().anyMatch(f -> f.startsWith("catalog: " + role + " needs " + skill
                + " at " + level.id() + " ("));
    }
}
