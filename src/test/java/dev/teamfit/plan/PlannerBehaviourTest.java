package dev.teamfit.plan;

import dev.teamfit.model.Reason;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.teamfit.plan.Plans.JAN;
import static dev.teamfit.plan.Plans.need;
import static dev.teamfit.plan.Plans.person;
import static dev.teamfit.plan.Plans.plan;
import static dev.teamfit.plan.Plans.project;
import static dev.teamfit.plan.Plans.recommended;
import static dev.teamfit.plan.Plans.request;
import static dev.teamfit.plan.Plans.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a plan promises, on small requests whose best plan is plain to see. */
class PlannerBehaviourTest {

    @Test
    void nobodyWorksAboveTheirAvailabilityInAnyMonth() {
        PlanRequest request = with(Generated.request(11, new Generated.Size(4, 8, 8, 1, 4, 4, 1, 2, 0.3, false)),
                new Limits(11, 50, null, 6));
        StaffingPlan plan = plan(request);
        assertTrue(plan.score().feasible());
        Map<String, Person> people = request.people().stream().collect(Collectors.toMap(Person::name, p -> p));
        Map<String, Double> booked = new HashMap<>();
        for (Booking booking : request.bookings()) {
            PlanProject project = request.projects().stream().filter(p -> p.id().equals(booking.project())).findFirst().orElseThrow();
            for (YearMonth m = project.start(); !m.isAfter(project.end()); m = m.plusMonths(1)) {
                booked.merge(booking.person() + "@" + m, booking.fte(), Double::sum);
            }
        }
        for (Load load : plan.load()) {
            Person person = people.get(load.person());
            double available = person.availableIn(load.month()) ? Math.floor(person.availability() * 4) / 4 : 0;
            // Bookings are kept even where they exceed availability; the planner adds nothing above it.
            double limit = Math.max(available, booked.getOrDefault(load.person() + "@" + load.month(), 0.0));
            assertTrue(load.fte() <= limit, load + " is above " + limit);
        }
    }

    @Test
    void halfAnMlEngineerAndHalfAnMlopsEngineerAreOneHire() {
        StaffingPlan plan = plan(request(
                List.of(project("card-fraud", JAN, 6, need("ml-engineer", 0.5, "python", 4),
                        need("mlops-engineer", 0.5, "ci-cd", 3))),
                List.of(person("Dan", List.of("data-analyst"))), List.of()));
        assertEquals(1, plan.hires().size(), plan.hires().toString());
        Hire hire = plan.hires().get(0);
        assertEquals(List.of("ml-engineer", "mlops-engineer"), hire.roles());
        assertEquals(1.0, hire.fte());
        assertEquals(Map.of("ci-cd", 3, "python", 4), hire.skills());
        assertEquals(List.of("card-fraud"), hire.projects());
        assertTrue(hire.reasons().stream().anyMatch(r -> r.rule().equals(PlanRule.SHARED_HIRE.id())
                && r.source().equals("Overlaps and Collaborations / ML Engineer and MLOps Engineer")), hire.reasons().toString());
        assertTrue(plan.unmet().isEmpty());
    }

    @Test
    void wholeFtesOfOverlappingRolesAreSingleRoleHiresThatStayOnTheirProject() {
        // A data scientist on one project and a data engineer and ML engineer on another, with a staggered start
        // (so runs of months split): roles that all overlap, but each a whole FTE, so one hire each.
        StaffingPlan plan = plan(request(
                List.of(project("churn", JAN, 6, need("data-scientist", 1, "statistics", 4)),
                        project("fraud", JAN.plusMonths(2), 6, need("data-engineer", 1, "sql", 4),
                                need("ml-engineer", 1, "python", 4))),
                List.of(person("Dan", List.of("data-analyst"))), List.of()));
        assertEquals(3, plan.hires().size(), plan.hires().toString());
        for (Hire hire : plan.hires()) {
            assertEquals(1, hire.roles().size(), hire.toString());
            assertEquals(1, hire.projects().size(), hire.toString());
        }
        assertTrue(plan.score().constraints().stream().noneMatch(c -> c.id().equals(PlanRule.CONTINUITY.id())
                && c.matches() > 0), plan.score().constraints().toString());
    }

    @Test
    void aBookingCountsAsStaffingAndTakesAvailability() {
        PlanRequest request = request(
                List.of(project("card-fraud", JAN, 3, need("ml-engineer", 1)),
                        project("churn", JAN, 3, need("ml-engineer", 0.5))),
                List.of(person("Ana", List.of("ml-engineer")), person("Bo", List.of("ml-engineer"))),
                List.of(new Booking("Ana", "card-fraud", "ml-engineer", 0.5)));
        StaffingPlan plan = plan(request);
        List<Assignment> booked = plan.assignments().stream().filter(a -> a.kind() == Assignment.Kind.BOOKED).toList();
        assertEquals(1, booked.size());
        assertEquals(0.5, booked.get(0).fte());
        assertEquals(PlanRule.BOOKING.id(), booked.get(0).reasons().get(0).rule());
        // card-fraud needs 1: the booking is half of it, so only half more is staffed there.
        double planned = plan.assignments().stream().filter(a -> a.project().equals("card-fraud")
                && a.kind() != Assignment.Kind.BOOKED).mapToDouble(Assignment::fte).sum();
        assertEquals(0.5, planned);
        // Ana has half left: all of it goes, and Bo takes the rest; nobody is hired.
        assertTrue(plan.hires().isEmpty(), plan.hires().toString());
        assertTrue(plan.load().stream().filter(l -> l.person().equals("Ana")).allMatch(l -> l.fte() == 1.0));
        assertTrue(plan.unmet().isEmpty());
    }

    @Test
    void nobodyIsAssignedOutsideTheirAvailableMonths() {
        // Ana is far the better skilled (14 levels over Bo's), enough to outweigh handing the role over twice.
        Person ana = new Person("Ana", List.of("ml-engineer"), Map.of("python", 5, "sql", 5, "statistics", 5), 1,
                JAN.plusMonths(2), JAN.plusMonths(3), null);
        StaffingPlan plan = plan(request(
                List.of(project("card-fraud", JAN, 6, need("ml-engineer", 1, "python", 5, "sql", 5, "statistics", 5))),
                List.of(ana, person("Bo", List.of("ml-engineer"), "python", 1)), List.of()));
        for (Assignment assignment : plan.assignments()) {
            if (assignment.person().equals("Ana")) {
                assertFalse(assignment.from().isBefore(JAN.plusMonths(2)), assignment.toString());
                assertFalse(assignment.until().isAfter(JAN.plusMonths(3)), assignment.toString());
            }
        }
        // Ana, the better skilled, does take the months she can.
        assertTrue(plan.assignments().stream().anyMatch(a -> a.person().equals("Ana")));
    }

    @Test
    void someoneAssignedBelowALevelIsTrained() {
        StaffingPlan plan = plan(request(
                List.of(project("card-fraud", JAN, 4, need("ml-engineer", 1, "python", 4, "sql", 2))),
                List.of(person("Ana", List.of("ml-engineer"), "python", 2, "sql", 3)), List.of()));
        assertEquals(1, plan.training().size(), plan.training().toString());
        Training training = plan.training().get(0);
        assertEquals(List.of("Ana", "python", 2, 4, "ml-engineer", "card-fraud"), List.of(training.person(),
                training.skill(), training.fromLevel(), training.toLevel(), training.role(), training.project()));
        Reason reason = training.reasons().get(0);
        assertEquals(PlanRule.SKILLS.id(), reason.rule());
        assertTrue(reason.facts().containsAll(List.of("person=Ana", "project=card-fraud", "role=ml-engineer",
                "months=2027-01..2027-04", "skill=python 2/4")), reason.facts().toString());
    }

    @Test
    void anOverlapFillsARoleNobodyDeclaresAndSaysWhichSeedSectionAllowsIt() {
        StaffingPlan plan = plan(with(request(
                List.of(project("card-fraud", JAN, 2, need("mlops-engineer", 0.5))),
                List.of(person("Ana", List.of("ml-engineer"))), List.of()), Hiring.NONE));
        Assignment assignment = plan.assignments().get(0);
        assertEquals("ml-engineer", assignment.via());
        assertTrue(assignment.throughOverlap());
        assertTrue(assignment.reasons().stream().anyMatch(r -> r.rule().equals(PlanRule.OVERLAP.id())
                && r.source().equals("Overlaps and Collaborations / ML Engineer and MLOps Engineer")), assignment.reasons().toString());
    }

    @Test
    void withoutHiringWhatNobodyCanFillStaysUnmetWithItsCause() {
        StaffingPlan plan = plan(with(request(
                List.of(project("card-fraud", JAN, 3, need("ml-engineer", 0.5), recommended("data-analyst", 0.25))),
                List.of(person("Ana", List.of("ml-engineer"))), List.of()), Hiring.NONE));
        assertEquals(1, plan.unmet().size(), plan.unmet().toString());
        Unmet unmet = plan.unmet().get(0);
        assertEquals("data-analyst", unmet.role());
        assertEquals(Unmet.Cause.NOBODY_WITH_THE_ROLE, unmet.cause());
        assertEquals(PlanRule.UNSTAFFED.id(), unmet.reasons().get(0).rule());
        assertEquals(3, plan.score().level(PlanScore.Level.UNSTAFFED));

        StaffingPlan requiredOnly = plan(with(request(
                List.of(project("card-fraud", JAN, 3, need("ml-engineer", 0.5), recommended("data-analyst", 0.25))),
                List.of(), List.of()), Hiring.REQUIRED));
        assertEquals(Set.of(Unmet.Cause.RECOMMENDED_NOT_HIRED),
                requiredOnly.unmet().stream().map(Unmet::cause).collect(Collectors.toSet()));
        assertEquals(List.of(List.of("ml-engineer")), requiredOnly.hires().stream().map(Hire::roles).toList());
    }

    @Test
    void everyAssignmentHireTrainingAndUnmetNeedCarriesItsReasons() {
        PlanRequest request = with(with(Generated.request(5, new Generated.Size(4, 6, 6, 1, 4, 4, 1, 2, 0.3, true)),
                Hiring.REQUIRED), new Limits(5, 100, null, 6));
        StaffingPlan plan = plan(request);
        List<List<Reason>> reasons = new java.util.ArrayList<>();
        plan.assignments().forEach(a -> reasons.add(a.reasons()));
        plan.hires().forEach(h -> reasons.add(h.reasons()));
        plan.training().forEach(t -> reasons.add(t.reasons()));
        plan.unmet().forEach(u -> reasons.add(u.reasons()));
        assertFalse(plan.hires().isEmpty() || plan.training().isEmpty() || plan.unmet().isEmpty(), plan.toString());
        Set<String> ids = java.util.Arrays.stream(PlanRule.values()).map(PlanRule::id).collect(Collectors.toSet());
        for (List<Reason> list : reasons) {
            assertFalse(list.isEmpty());
            list.forEach(reason -> assertTrue(ids.contains(reason.rule()) && !reason.facts().isEmpty(), reason.toString()));
        }
    }

    @Test
    void theScoreListsEveryConstraintUnderItsRule() {
        StaffingPlan plan = plan(request(List.of(project("card-fraud", JAN, 2, need("ml-engineer", 0.5))),
                List.of(person("Ana", List.of("ml-engineer"))), List.of()));
        assertEquals(java.util.Arrays.stream(PlanRule.values()).filter(r -> r.level() != null).map(PlanRule::id).toList(),
                plan.score().constraints().stream().map(PlanScore.ConstraintScore::id).toList());
    }

    @Test
    void aRequestThatContradictsItselfIsRefused() {
        PlanProject project = project("card-fraud", JAN, 2, need("ml-engineer", 0.5));
        assertThrows(IllegalArgumentException.class, () -> plan(request(List.of(project, project), List.of(), List.of())));
        assertThrows(IllegalArgumentException.class, () -> plan(request(List.of(project), List.of(),
                List.of(new Booking("Nobody", "card-fraud", "ml-engineer", 0.5)))));
        assertThrows(IllegalArgumentException.class, () -> need("ml-engineer", 0.3));
    }
}
