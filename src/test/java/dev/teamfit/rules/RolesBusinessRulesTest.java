package dev.teamfit.rules;

import dev.teamfit.model.Priority;
import dev.teamfit.model.RoleNeed;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static dev.teamfit.engine.RuleVerifier.fact;
import static dev.teamfit.engine.RuleVerifier.rule;
import static dev.teamfit.model.Priority.RECOMMENDED;
import static dev.teamfit.model.Priority.REQUIRED;
import static dev.teamfit.rules.Evidence.derivedFrom;
import static dev.teamfit.rules.Evidence.responsibilityFrom;
import static dev.teamfit.rules.Evidence.restsOn;

/** rules/roles/business.drl: one test per rule, a matching and a non-matching case. */
class RolesBusinessRulesTest {

    private static final String KIND = "problem.kind=classification";
    private static final String DASHBOARDS = "reporting.dashboards=true";
    private static final String COORDINATE = "coordinate-teams";

    @Test
    void reportingWithoutMlWorkNeedsADataAnalyst() {
        rule("ROLE-020").given(responsibilityFrom("business-reporting", "problem.kind=analytics"))
                .inserts(RoleNeed.class, need("data-analyst", REQUIRED, 1.0, "problem.kind=analytics"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-020").given(responsibilityFrom("business-reporting", DASHBOARDS), derivedFrom("ml-work", KIND))
                .insertsNothing();
    }

    @Test
    void reportingBesideMlWorkCallsForADataAnalyst() {
        rule("ROLE-021").given(responsibilityFrom("business-reporting", DASHBOARDS), derivedFrom("ml-work", KIND))
                .inserts(RoleNeed.class, need("data-analyst", RECOMMENDED, 0.5, DASHBOARDS, KIND))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-021").given(responsibilityFrom("business-reporting", DASHBOARDS)).insertsNothing();
    }

    @Test
    void domainAndRegulatoryKnowledgeNeedsADomainExpert() {
        rule("ROLE-022").given(responsibilityFrom("domain-input", "regulated=true"))
                .inserts(RoleNeed.class, need("domain-expert", REQUIRED, 0.25, "regulated=true"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-022").given(responsibilityFrom("stakeholder-liaison", "stakeholders=3")).insertsNothing();
    }

    @Test
    void facingStakeholdersAndCustomersNeedsABusinessAnalyst() {
        rule("ROLE-023").given(responsibilityFrom("stakeholder-liaison", "customer-facing=true"))
                .inserts(RoleNeed.class, need("business-analyst", REQUIRED, 0.5, "customer-facing=true"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-023").given(responsibilityFrom("domain-input", "regulated=true")).insertsNothing();
    }

    @Test
    void aTeamOfFiveOrMoreNeedsAnMlProjectManager() {
        rule("ROLE-024").given(responsibilityFrom(COORDINATE), fact("team.size", 5))
                .inserts(RoleNeed.class, need("ml-project-manager", REQUIRED, 0.5, "team.size=5"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-024").given(responsibilityFrom(COORDINATE), fact("team.size", 4)).insertsNothing();
        rule("ROLE-024").given(fact("team.size", 5)).insertsNothing();
    }

    @Test
    void aProjectOfSixMonthsOrMoreNeedsAnMlProjectManager() {
        rule("ROLE-025").given(responsibilityFrom(COORDINATE), fact("duration-months", 6))
                .inserts(RoleNeed.class, need("ml-project-manager", REQUIRED, 0.5, "duration-months=6"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-025").given(responsibilityFrom(COORDINATE), fact("duration-months", 5)).insertsNothing();
    }

    @Test
    void threeOrMoreStakeholderGroupsNeedAnMlProjectManager() {
        rule("ROLE-026").given(responsibilityFrom(COORDINATE), fact("stakeholders", 3))
                .inserts(RoleNeed.class, need("ml-project-manager", REQUIRED, 0.5, "stakeholders=3"))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-026").given(responsibilityFrom(COORDINATE), fact("stakeholders", 2)).insertsNothing();
    }

    @Test
    void anyOtherProjectCallsForAnMlProjectManager() {
        rule("ROLE-027").given(responsibilityFrom(COORDINATE), fact("team.size", 2), fact("duration-months", 3))
                .inserts(RoleNeed.class, need("ml-project-manager", RECOMMENDED, 0.25))
                .insertsCount(RoleNeed.class, 1);
        rule("ROLE-027").given(responsibilityFrom("stakeholder-liaison", "stakeholders=3")).insertsNothing();
    }

    private static Predicate<RoleNeed> need(String role, Priority priority, double fte, String... facts) {
        return n -> n.role().equals(role) && n.priority() == priority && n.fte() == fte && !n.increment()
                && restsOn(n, facts);
    }
}
