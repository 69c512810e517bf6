package dev.teamfit.rules;

import dev.teamfit.model.Responsibility;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/responsibilities/business.drl: one test per rule, a matching and a non-matching case. */
class ResponsibilitiesBusinessRulesTest {

    @Test
    void anAnalyticsProjectReportsOnDataForTheBusiness() {
        rule("RESP-020").given(fact("problem.kind", "analytics"))
                .inserts(Responsibility.class, responsibility("business-reporting", "problem.kind=analytics"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-020").given(fact("problem.kind", "classification")).insertsNothing();
    }

    @Test
    void dashboardsOrInsightsMeanReportingToTheBusiness() {
        rule("RESP-021").given(fact("reporting.dashboards", true), fact("reporting.insights", false))
                .inserts(Responsibility.class, responsibility("business-reporting", "reporting.dashboards=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-021").given(fact("reporting.dashboards", false), fact("reporting.insights", true))
                .inserts(Responsibility.class, responsibility("business-reporting", "reporting.insights=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-021").given(fact("reporting.dashboards", false), fact("reporting.insights", false))
                .insertsNothing();
    }

    @Test
    void aRegulatedProjectNeedsDomainAndRegulatoryKnowledge() {
        rule("RESP-022").given(fact("regulated", true))
                .inserts(Responsibility.class, responsibility("domain-input", "regulated=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-022").given(fact("regulated", false)).insertsNothing();
    }

    @Test
    void threeOrMoreStakeholderGroupsNeedSomeoneFacingThem() {
        rule("RESP-023").given(fact("stakeholders", 3))
                .inserts(Responsibility.class, responsibility("stakeholder-liaison", "stakeholders=3"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-023").given(fact("stakeholders", 2)).insertsNothing();
    }

    @Test
    void aCustomerFacingProductNeedsSomeoneFacingItsCustomers() {
        rule("RESP-024").given(fact("customer-facing", true))
                .inserts(Responsibility.class, responsibility("stakeholder-liaison", "customer-facing=true"))
                .insertsCount(Responsibility.class, 1);
        rule("RESP-024").given(fact("customer-facing", false)).insertsNothing();
    }

    @Test
    void everyProjectHasATeamToCoordinate() {
        rule("RESP-025").given(fact("problem.kind", "analytics"))
                .inserts(Responsibility.class, r -> r.id().equals("coordinate-teams"))
                .insertsCount(Responsibility.class, 1);
        // Every project has a kind; without one there is no project to coordinate.
        rule("RESP-025").given(fact("stakeholders", 3), fact("duration-months", 12)).insertsNothing();
    }

    private static Predicate<Responsibility> responsibility(String id, String fact) {
        return r -> r.id().equals(id) && restsOn(r, fact);
    }
}
