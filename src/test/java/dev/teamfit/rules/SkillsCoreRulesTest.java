package dev.teamfit.rules;

import dev.teamfit.engine.RuleVerifier;
import dev.teamfit.model.BaseSkill;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.ADVANCED_BEGINNER;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.requiredFrom;
import static dev.teamfit.rules.Evidence.responsibilityFrom;
import static dev.teamfit.rules.Evidence.restsOn;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * rules/skills/core.drl: one test per rule. A needed role gets the base skills the catalog gives it,
 * each at the level its line of the seed reads as, with the input facts that made the role needed and
 * the line itself; another role's base skills give it nothing.
 */
class SkillsCoreRulesTest {

    private static final String WHY = "problem.kind=classification";

    /** The catalog's base skills, as the engine inserts them. */
    private static List<Object> withBaseSkills(Object... facts) {
        List<Object> all = new ArrayList<>(List.of(facts));
        all.addAll(RuleVerifier.bundled().catalog().baseSkills());
        return all;
    }

    @Test
    void aNeededRoleNeedsEveryBaseSkillOfItsRoleAtItsCatalogLevel() {
        Catalog catalog = RuleVerifier.bundled().catalog();
        for (Catalog.RoleInfo role : catalog.roles()) {
            // Cloud platforms follow where the system runs (infrastructure.drl), not this rule.
            List<BaseSkill> base = role.skills().stream().filter(b -> !b.skill().equals("cloud-platforms")).toList();
            assertFalse(base.isEmpty(), role.id() + " has no base skills");
            RuleVerifier.Fired fired = rule("SKILL-001").given(withBaseSkills(requiredFrom(role.id(), WHY)).toArray());
            for (BaseSkill b : base) {
                fired.inserts(SkillNeed.class, need(role.id(), b.skill(), b.level()));
            }
            fired.insertsCount(SkillNeed.class, base.size());
        }
    }

    @Test
    void aDataScientistNeedsStatisticsAtProficientBecauseTheSeedSaysStrongUnderstanding() {
        rule("SKILL-001").given(withBaseSkills(requiredFrom("data-scientist", WHY)).toArray())
                .inserts(SkillNeed.class, need("data-scientist", "statistics", PROFICIENT)
                        .and(quoting("Statistics and Probability: Strong understanding of statistical methods and "
                                + "probability theory.", "\"Strong understanding\" reads as proficient")))
                .inserts(SkillNeed.class, need("data-scientist", "big-data", ADVANCED_BEGINNER)
                        .and(quoting("Familiarity with big data tools", "\"Familiarity with\" reads as advanced-beginner")))
                .inserts(SkillNeed.class, need("data-scientist", "sql", PROFICIENT));
        rule("SKILL-001").given(withBaseSkills(requiredFrom("ml-engineer", WHY)).toArray())
                .inserts(SkillNeed.class, need("ml-engineer", "machine-learning", PROFICIENT)
                        .and(quoting("Deep understanding of algorithms", "\"Deep understanding\" reads as proficient")));
    }

    @Test
    void anMlProjectManagerNeedsWhatItsKnowledgeAndSkillsLinesSay() {
        rule("SKILL-001").given(withBaseSkills(requiredFrom("ml-project-manager", WHY)).toArray())
                .inserts(SkillNeed.class, need("ml-project-manager", "ml-fundamentals", COMPETENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "domain-knowledge", PROFICIENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "business-strategy", COMPETENT))
                .inserts(SkillNeed.class, need("ml-project-manager", "project-management", ADVANCED_BEGINNER))
                .inserts(SkillNeed.class, need("ml-project-manager", "leadership", COMPETENT)
                        .and(quoting("Leadership: Leading cross-functional teams", "\"Leading\" reads as competent")));
    }

    @Test
    void theBusinessSideNeedsTeamfitsEstimatedLevels() {
        rule("SKILL-001").given(withBaseSkills(requiredFrom("business-analyst", WHY)).toArray())
                .inserts(SkillNeed.class, need("business-analyst", "communication", PROFICIENT)
                        .and(quoting("teamfit estimate: the seed names this business-side role")));
    }

    @Test
    void aRoleNeedsNoneOfAnotherRolesBaseSkills() {
        List<Object> scientistsOnly = new ArrayList<>(List.of(requiredFrom("ml-engineer", WHY)));
        scientistsOnly.addAll(RuleVerifier.bundled().catalog().role("data-scientist").orElseThrow().skills());
        rule("SKILL-001").given(scientistsOnly.toArray()).insertsNothing();
        rule("SKILL-001").given(withBaseSkills().toArray()).insertsNothing();
    }

    @Test
    void featureEngineeringNeedsADataScientistCompetentInIt() {
        rule("SKILL-046").given(required("data-scientist"), responsibilityFrom("feature-engineering", WHY))
                .inserts(SkillNeed.class, need("data-scientist", "feature-engineering", COMPETENT))
                .insertsCount(SkillNeed.class, 1);
        rule("SKILL-046").given(required("ml-engineer"), responsibilityFrom("feature-engineering", WHY)).insertsNothing();
        rule("SKILL-046").given(required("data-scientist"), responsibilityFrom("develop-models", WHY)).insertsNothing();
    }

    private static Predicate<SkillNeed> need(String role, String skill, Level level) {
        return n -> n.role().equals(role) && n.skill().equals(skill) && n.level() == level && restsOn(n, WHY);
    }

    /** The need's own reason carries a fact holding all these pieces of text (the seed's line, its reading). */
    private static Predicate<SkillNeed> quoting(String... pieces) {
        return n -> n.reasons().get(0).facts().stream().anyMatch(f -> List.of(pieces).stream().allMatch(f::contains));
    }
}
