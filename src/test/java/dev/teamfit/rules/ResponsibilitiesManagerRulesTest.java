package dev.teamfit.rules;

import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/manager.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesManagerRulesTest {

    @Test
    void aCustomerFacingProductOrManyStakeholdersNeedAProductVision() {
        rule("RESP-040").given(fact("customer-facing", true), fact("stakeholders", 1))
                .inserts(Responsibility.class, responsibility("product-vision", "customer-facing=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-040").given(fact("customer-facing", false), fact("stakeholders", 3))
                .inserts(Responsibility.class, responsibility("product-vision", "stakeholders=3"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-040").given(fact("customer-facing", false), fact("stakeholders", 2)).insertsNothing();
    }

    @Test
    void twoOrMoreStakeholderGroupsNeedTheirRequirementsGatheredAndPrioritised() {
        rule("RESP-041").given(fact("stakeholders", 2))
                .inserts(Responsibility.class, responsibility("gather-requirements", "stakeholders=2"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-041").given(fact("stakeholders", 1)).insertsNothing();
    }

    @Test
    void aYearLongProjectOrThreeOrMoreModelsNeedAProductRoadmap() {
        rule("RESP-042").given(fact("duration-months", 12), fact("deployment.models", 1))
                .inserts(Responsibility.class, responsibility("product-roadmap", "duration-months=12"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-042").given(fact("duration-months", 11), fact("deployment.models", 3))
                .inserts(Responsibility.class, responsibility("product-roadmap", "deployment.models=3"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-042").given(fact("duration-months", 11), fact("deployment.models", 2)).insertsNothing();
    }

    @Test
    void aBusinessCriticalOrCustomerFacingProjectMustMeasureItsBusinessImpact() {
        rule("RESP-043").given(derivedFrom("business-critical", "criticality=high"), fact("customer-facing", false))
                .inserts(Responsibility.class, responsibility("measure-impact", "criticality=high"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-043").given(fact("criticality", "medium"), fact("customer-facing", true))
                .inserts(Responsibility.class, responsibility("measure-impact", "customer-facing=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-043").given(fact("criticality", "medium"), fact("customer-facing", false)).insertsNothing();
    }

    @Test
    void aCustomerFacingProductMustMeetCustomerNeeds() {
        rule("RESP-044").given(fact("customer-facing", true))
                .inserts(Responsibility.class, responsibility("market-fit", "customer-facing=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-044").given(fact("customer-facing", false), fact("stakeholders", 5)).insertsNothing();
    }

    private static Predicate<Responsibility> responsibility(String id, String fact) {
        return r -> r.id().equals(id) && restsOn(r, fact);
    }
}
