package dev.teamfit.rules;

import dev.teamfit.model.Priority;
import dev.teamfit.model.RoleNeed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Priority.RECOMMENDED;
import static dev.teamfit.model.Priority.REQUIRED;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.responsibilityFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/**
 * rules/roles/owners.drl: one test per rule, a matching and a non-matching case. Rules that take a
 * list of responsibilities are checked for each of them, and against one that belongs to another role.
 */
class RolesOwnersRulesTest {

    private static final String KIND = "problem.kind=classification";
    private static final String WHY = "test.input=yes";

    @Test
    void theDataScientistsOtherResponsibilitiesNeedADataScientist() {
        for (String id : List.of("feature-engineering", "analyze-data", "data-verification", "deploy-with-engineers",
                "communicate-insights", "feature-extraction")) {
            rule("ROLE-030").given(responsibilityFrom(id, WHY))
                    .inserts(RoleNeed.class, need("data-scientist", REQUIRED, 1.0, WHY))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-030").given(responsibilityFrom("develop-models", WHY)).insertsNothing();
    }

    @Test
    void inMlWorkCollectingTheDataFallsToTheDataScientist() {
        rule("ROLE-031").given(responsibilityFrom("data-collection", "data.sources=2"), derivedFrom("ml-work", KIND))
                .inserts(RoleNeed.class, need("data-scientist", REQUIRED, 1.0, "data.sources=2", KIND))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-031").given(responsibilityFrom("data-collection", "data.sources=2"),
                fact("problem.kind", "analytics")).insertsNothing();
    }

    @Test
    void withoutMlWorkCollectingTheDataFallsToTheDataAnalyst() {
        rule("ROLE-032").given(responsibilityFrom("data-collection", "data.sources=2"), fact("problem.kind", "analytics"))
                .inserts(RoleNeed.class, need("data-analyst", REQUIRED, 1.0, "data.sources=2", "problem.kind=analytics"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-032").given(responsibilityFrom("data-collection", "data.sources=2"),
                fact("problem.kind", "classification")).insertsNothing();
    }

    @Test
    void theMlEngineersOtherResponsibilitiesNeedAnMlEngineer() {
        for (String id : List.of("productionize-models", "model-apis", "monitor-retrain", "refine-models",
                "serving-infrastructure", "configuration")) {
            rule("ROLE-033").given(responsibilityFrom(id, WHY))
                    .inserts(RoleNeed.class, need("ml-engineer", REQUIRED, 1.0, WHY))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-033").given(responsibilityFrom("integrate-models", WHY)).insertsNothing();
    }

    @Test
    void infrastructureResourcesMonitoringAndSecurityCallForAnMlopsEngineer() {
        for (String id : List.of("resource-management", "manage-infrastructure", "security-scalability", "monitoring")) {
            rule("ROLE-034").given(responsibilityFrom(id, WHY))
                    .inserts(RoleNeed.class, need("mlops-engineer", RECOMMENDED, 0.5, WHY))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-034").given(responsibilityFrom("ci-cd-ct-pipelines", WHY)).insertsNothing();
    }

    @Test
    void dataStorageAndTrainingDataAtScaleNeedADataEngineer() {
        for (String id : List.of("data-storage", "provide-training-data")) {
            rule("ROLE-035").given(responsibilityFrom(id, "data.volume=large"))
                    .inserts(RoleNeed.class, need("data-engineer", REQUIRED, 1.0, "data.volume=large"))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-035").given(responsibilityFrom("data-quality", "data.quality=poor")).insertsNothing();
    }

    @Test
    void poorDataQualityCallsForADataEngineer() {
        rule("ROLE-036").given(responsibilityFrom("data-quality", "data.quality=poor"))
                .inserts(RoleNeed.class, need("data-engineer", RECOMMENDED, 0.5, "data.quality=poor"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-036").given(responsibilityFrom("data-storage", "data.volume=large")).insertsNothing();
    }

    @Test
    void academicCollaborationAndPublishingNeedAnMlResearcher() {
        for (String id : List.of("academic-collaboration", "publish-findings")) {
            rule("ROLE-037").given(responsibilityFrom(id, "problem.novelty=novel"))
                    .inserts(RoleNeed.class, need("ml-researcher", REQUIRED, 1.0, "problem.novelty=novel"))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-037").given(responsibilityFrom("prototype-solutions", "problem.novelty=novel")).insertsNothing();
    }

    @Test
    void prototypingAdaptedMethodsCallsForAnMlResearcher() {
        rule("ROLE-038").given(responsibilityFrom("prototype-solutions", "problem.novelty=adapted"))
                .inserts(RoleNeed.class, need("ml-researcher", RECOMMENDED, 0.5, "problem.novelty=adapted"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-038").given(responsibilityFrom("research-methods", "problem.novelty=novel")).insertsNothing();
    }

    @Test
    void visionRoadmapRequirementsImpactAndMarketFitCallForAnMlProjectManager() {
        for (String id : List.of("product-vision", "gather-requirements", "product-roadmap", "measure-impact",
                "market-fit")) {
            rule("ROLE-039").given(responsibilityFrom(id, WHY))
                    .inserts(RoleNeed.class, need("ml-project-manager", RECOMMENDED, 0.25, WHY))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-039").given(responsibilityFrom("coordinate-teams", WHY)).insertsNothing();
    }

    @Test
    void gatheringRequirementsAndMeetingCustomerNeedsCallForABusinessAnalyst() {
        for (String id : List.of("gather-requirements", "market-fit")) {
            rule("ROLE-040").given(responsibilityFrom(id, WHY))
                    .inserts(RoleNeed.class, need("business-analyst", RECOMMENDED, 0.25, WHY))
                    .insertsCount(RoleNeed.class, 1);
        }
        rule("ROLE-040").given(responsibilityFrom("product-vision", WHY)).insertsNothing();
    }

    @Test
    void analysisToolsWithoutMlWorkNeedADataAnalyst() {
        rule("ROLE-041").given(responsibilityFrom("analysis-tools", "reporting.dashboards=true"))
                .inserts(RoleNeed.class, need("data-analyst", REQUIRED, 1.0, "reporting.dashboards=true"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-041").given(responsibilityFrom("analysis-tools", "reporting.dashboards=true"),
                derivedFrom("ml-work", KIND)).insertsNothing();
    }

    @Test
    void analysisToolsBesideMlWorkCallForADataAnalyst() {
        rule("ROLE-042").given(responsibilityFrom("analysis-tools", "reporting.dashboards=true"),
                        derivedFrom("ml-work", KIND))
                .inserts(RoleNeed.class, need("data-analyst", RECOMMENDED, 0.5, "reporting.dashboards=true", KIND))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-042").given(responsibilityFrom("analysis-tools", "reporting.dashboards=true")).insertsNothing();
    }

    @Test
    void labellingTheDataCallsForADomainExpertToDefineAndCheckTheLabels() {
        rule("ROLE-043").given(responsibilityFrom("data-labelling", "problem.kind=computer-vision"))
                .inserts(RoleNeed.class, need("domain-expert", RECOMMENDED, 0.25, "problem.kind=computer-vision"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-043").given(responsibilityFrom("evaluate-generations", "problem.kind=generative")).insertsNothing();
    }

    @Test
    void evaluatingGeneratedOutputCallsForADomainExpertToJudgeIt() {
        rule("ROLE-044").given(responsibilityFrom("evaluate-generations", "problem.kind=generative"))
                .inserts(RoleNeed.class, need("domain-expert", RECOMMENDED, 0.25, "problem.kind=generative"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-044").given(responsibilityFrom("data-labelling", "problem.kind=computer-vision")).insertsNothing();
    }

    private static Predicate<RoleNeed> need(String role, Priority priority, double fte, String... facts) {
        return n -> n.role().equals(role) && n.priority() == priority && n.fte() == fte && !n.increment()
                && restsOn(n, facts);
    }
}
