package dev.teamfit.rules;

import dev.teamfit.engine.RuleVerifier;
import dev.teamfit.model.Level;
import dev.teamfit.model.SkillNeed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.required;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Level.COMPETENT;
import static dev.teamfit.model.Level.PROFICIENT;
import static dev.teamfit.rules.Evidence.requiredFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/**
 * rules/skills/infrastructure.drl: one test per rule, a matching and a non-matching case. The cloud
 * platforms base skill is asked of a system in the cloud or hybrid, and of one that does not say where
 * it runs; never of one on premises.
 */
class SkillsInfrastructureRulesTest {

    private static final String WHY = "deployment.retraining=scheduled";

    /** The facts with the catalog's base skills, as the engine inserts them. */
    private static Object[] withBaseSkills(Object... facts) {
        List<Object> all = new ArrayList<>(List.of(facts));
        all.addAll(RuleVerifier.bundled().catalog().baseSkills());
        return all.toArray();
    }

    @Test
    void aRoleWhoseSystemRunsInTheCloudNeedsItsCloudPlatformsSkill() {
        for (String where : List.of("cloud", "hybrid")) {
            rule("SKILL-050").given(withBaseSkills(requiredFrom("mlops-engineer", WHY), requiredFrom("data-engineer", WHY),
                            fact("deployment.infrastructure", where)))
                    // "Expertise in cloud services" and "Experience with cloud services".
                    .inserts(SkillNeed.class, cloud("mlops-engineer", PROFICIENT, "deployment.infrastructure=" + where))
                    .inserts(SkillNeed.class, cloud("data-engineer", COMPETENT, "deployment.infrastructure=" + where))
                    .insertsCount(SkillNeed.class, 2);
        }
        rule("SKILL-050").given(withBaseSkills(requiredFrom("mlops-engineer", WHY), fact("deployment.infrastructure",
                "on-prem"))).insertsNothing();
        rule("SKILL-050").given(withBaseSkills(requiredFrom("mlops-engineer", WHY))).insertsNothing();
        rule("SKILL-050").given(withBaseSkills(requiredFrom("ml-engineer", WHY), fact("deployment.infrastructure",
                "cloud"))).insertsNothing();
    }

    @Test
    void aRoleWhoseSystemDoesNotSayWhereItRunsNeedsItsCloudPlatformsSkillAsTheSeedAssumes() {
        rule("SKILL-051").given(withBaseSkills(requiredFrom("mlops-engineer", WHY)))
                .inserts(SkillNeed.class, cloud("mlops-engineer", PROFICIENT,
                        "deployment.infrastructure not given: the cloud assumed"))
                .insertsCount(SkillNeed.class, 1);
        for (String where : List.of("cloud", "hybrid", "on-prem")) {
            rule("SKILL-051").given(withBaseSkills(requiredFrom("mlops-engineer", WHY),
                    fact("deployment.infrastructure", where))).insertsNothing();
        }
    }

    @Test
    void aSystemOnPremisesNeedsAnMlopsEngineerProficientInInfrastructureManagement() {
        for (String where : List.of("on-prem", "hybrid")) {
            rule("SKILL-052").given(required("mlops-engineer"), fact("deployment.infrastructure", where))
                    .inserts(SkillNeed.class, n -> n.role().equals("mlops-engineer")
                            && n.skill().equals("infrastructure-management") && n.level() == PROFICIENT
                            && restsOn(n, "deployment.infrastructure=" + where))
                    .insertsCount(SkillNeed.class, 1);
        }
        rule("SKILL-052").given(required("mlops-engineer"), fact("deployment.infrastructure", "cloud")).insertsNothing();
        rule("SKILL-052").given(required("data-engineer"), fact("deployment.infrastructure", "on-prem")).insertsNothing();
    }

    private static Predicate<SkillNeed> cloud(String role, Level level, String fact) {
        return n -> n.role().equals(role) && n.skill().equals("cloud-platforms") && n.level() == level
                && restsOn(n, WHY, fact);
    }
}
