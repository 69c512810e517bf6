package dev.teamfit.plan.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.teamfit.plan.PlanRule;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One test per constraint: a case it matches and a deliberately close case it does not. */
class StaffingConstraintsTest {

    private static final Month JAN = new Month(0, YearMonth.of(2027, 1));
    private static final Month FEB = new Month(1, YearMonth.of(2027, 2));
    private static final Month MAR = new Month(2, YearMonth.of(2027, 3));
    private static final Map<String, String> ML_PARTNERS = Map.of(
            "mlops-engineer", "Overlaps and Collaborations / ML Engineer and MLOps Engineer",
            "data-scientist", "Overlaps and Collaborations / Data Scientist and ML Engineer");

    private final ConstraintVerifier<StaffingConstraints, Staffing> verifier =
            ConstraintVerifier.build(new StaffingConstraints(), Staffing.class, Seat.class);
    private int ids;

    private Worker person(String name, List<String> roles, Map<String, Integer> skills, long cost, int... capacity) {
        int[] months = capacity.length == 0 ? new int[] {4, 4, 4} : capacity;
        return new Worker(name, ids++, false, Set.copyOf(roles), skills, months, cost);
    }

    private Worker person(String name, String role) {
        return person(name, List.of(role), Map.of(), 0);
    }

    private Worker hire(String... roles) {
        return new Worker("hire:" + String.join("+", roles) + ":" + ids, ids++, true, Set.of(roles), Map.of(),
                new int[] {4, 4, 4}, 0);
    }

    private static Need need(String project, String role, boolean required, Map<String, Integer> skills, Month... months) {
        return new Need(project, role, required, skills, role.equals("ml-engineer") ? ML_PARTNERS : Map.of(),
                Arrays.asList(months));
    }

    private static Need need(String project, String role, Month... months) {
        return need(project, role, true, Map.of(), months);
    }

    private Seat seat(Need need, Worker worker) {
        Seat seat = new Seat(ids++, need, 0, new Candidates(List.of()));
        seat.setWorker(worker);
        return seat;
    }

    @Test
    void nobodyWorksAboveTheirAvailability() {
        Worker ana = person("Ana", List.of("ml-engineer"), Map.of(), 0, 2, 4, 4);
        Need need = need("fraud", "ml-engineer", JAN, FEB);
        verifier.verifyThat(StaffingConstraints::nobodyWorksAboveTheirAvailability)
                .given(seat(need, ana), seat(need, ana), seat(need, ana))
                .penalizesBy(1);
        // Two quarters fit January; a booking's seat is already taken off her capacity.
        Seat booked = Seat.booked(ids++, need, ana);
        verifier.verifyThat(StaffingConstraints::nobodyWorksAboveTheirAvailability)
                .given(seat(need, ana), seat(need, ana), booked)
                .penalizesBy(0);
    }

    @Test
    void aRoleIsFilledThroughADeclaredOrOverlappingRole() {
        Need need = need("fraud", "ml-engineer", JAN, FEB);
        verifier.verifyThat(StaffingConstraints::aRoleIsFilledThroughADeclaredOrOverlappingRole)
                .given(seat(need, person("Dan", "data-analyst")), seat(need, hire("data-analyst")))
                .penalizesBy(4);
        verifier.verifyThat(StaffingConstraints::aRoleIsFilledThroughADeclaredOrOverlappingRole)
                .given(seat(need, person("Mo", "mlops-engineer")), seat(need, hire("ml-engineer", "mlops-engineer")))
                .penalizesBy(0);
    }

    @Test
    void everyRoleNeedIsStaffedOrHired() {
        Seat required = seat(need("fraud", "ml-engineer", JAN, FEB), null);
        Seat recommended = seat(need("fraud", "data-analyst", false, Map.of(), JAN, FEB), null);
        verifier.verifyThat(StaffingConstraints::everyRoleNeedIsStaffedOrHired)
                .given(required, recommended)
                .penalizesBy(4 * 2 + 2);
        verifier.verifyThat(StaffingConstraints::everyRoleNeedIsStaffedOrHired)
                .given(seat(need("fraud", "ml-engineer", JAN, FEB), hire("ml-engineer")))
                .penalizesBy(0);
    }

    @Test
    void everyHireIsOneMorePersonToRecruit() {
        Need need = need("fraud", "ml-engineer", JAN);
        Worker first = hire("ml-engineer");
        verifier.verifyThat(StaffingConstraints::everyHireIsOneMorePersonToRecruit)
                .given(seat(need, first), seat(need, first), seat(need, hire("ml-engineer")))
                .penalizesBy(2);
        verifier.verifyThat(StaffingConstraints::everyHireIsOneMorePersonToRecruit)
                .given(seat(need, person("Ana", "ml-engineer")))
                .penalizesBy(0);
    }

    @Test
    void assignedPeopleHaveTheSkillLevelsTheirRoleNeeds() {
        Need need = need("fraud", "ml-engineer", true, Map.of("python", 4, "sql", 3), JAN, FEB, MAR);
        Worker ana = person("Ana", List.of("ml-engineer"), Map.of("python", 2, "sql", 3), 0);
        Seat seat = seat(need, ana);
        verifier.verifyThat(StaffingConstraints::assignedPeopleHaveTheSkillLevelsTheirRoleNeeds)
                .given(seat)
                .penalizesBy(2 * 3);
        verifier.verifyThat(StaffingConstraints::assignedPeopleHaveTheSkillLevelsTheirRoleNeeds)
                .given(seat)
                .justifiesWith(new Because(PlanRule.SKILLS, PlanRule.ESTIMATE, seat, ana, null, List.of("skill=python 2/4"), null));
        Worker expert = person("Eve", List.of("ml-engineer"), Map.of("python", 5, "sql", 3), 0);
        verifier.verifyThat(StaffingConstraints::assignedPeopleHaveTheSkillLevelsTheirRoleNeeds)
                .given(seat(need, expert), seat(need, hire("ml-engineer")))
                .penalizesBy(0);
    }

    @Test
    void aRoleIsFilledBySomeoneWhoDeclaresIt() {
        Need need = need("fraud", "ml-engineer", JAN, FEB);
        Seat overlap = seat(need, person("Mo", "mlops-engineer"));
        verifier.verifyThat(StaffingConstraints::aRoleIsFilledBySomeoneWhoDeclaresIt)
                .given(overlap)
                .penalizesBy(2);
        verifier.verifyThat(StaffingConstraints::aRoleIsFilledBySomeoneWhoDeclaresIt)
                .given(overlap)
                .justifiesWith(new Because(PlanRule.OVERLAP, "Overlaps and Collaborations / ML Engineer and MLOps Engineer",
                        overlap, overlap.getWorker(), null, List.of("via=mlops-engineer"), null));
        Worker both = person("Bo", List.of("mlops-engineer", "ml-engineer"), Map.of(), 0);
        verifier.verifyThat(StaffingConstraints::aRoleIsFilledBySomeoneWhoDeclaresIt)
                .given(seat(need, both), Seat.booked(ids++, need, person("Mia", "mlops-engineer")))
                .penalizesBy(0);
    }

    @Test
    void aPersonWorksOnOneProjectAtATime() {
        Worker ana = person("Ana", "ml-engineer");
        verifier.verifyThat(StaffingConstraints::aPersonWorksOnOneProjectAtATime)
                .given(seat(need("fraud", "ml-engineer", JAN, FEB), ana), seat(need("churn", "ml-engineer", FEB, MAR), ana))
                .penalizesBy(1);
        verifier.verifyThat(StaffingConstraints::aPersonWorksOnOneProjectAtATime)
                .given(seat(need("fraud", "ml-engineer", JAN), ana), seat(need("fraud", "data-scientist", JAN), ana),
                        seat(need("churn", "ml-engineer", FEB), ana))
                .penalizesBy(0);
    }

    private Seat slot(Need need, int slot, Worker worker) {
        Seat seat = new Seat(ids++, need, slot, new Candidates(List.of()));
        seat.setWorker(worker);
        return seat;
    }

    @Test
    void theSamePersonKeepsARoleFromMonthToMonth() {
        Worker quinn = person("Quinn", "domain-expert");
        Worker pia = person("Pia", "domain-expert");
        Need jan = need("claims", "domain-expert", JAN);
        Need febMar = need("claims", "domain-expert", FEB, MAR);
        Seat after = slot(febMar, 0, pia);
        // Quinn hands slot 0 over to Pia in February: one change, whatever the runs' lengths.
        verifier.verifyThat(StaffingConstraints::theSamePersonKeepsARoleFromMonthToMonth)
                .given(slot(jan, 0, quinn), after)
                .penalizesBy(PlanRule.CHANGE_WEIGHT);
        verifier.verifyThat(StaffingConstraints::theSamePersonKeepsARoleFromMonthToMonth)
                .given(slot(jan, 0, quinn), after)
                .justifiesWith(new Because(PlanRule.CONTINUITY, PlanRule.ESTIMATE, after, pia, null, List.of(), quinn));
        // Close cases: the same person on; another slot, project or role; a gap of a month; an empty seat; a
        // booking; two hires of one group are two people as well, so the same hire is none.
        Worker hire = hire("domain-expert");
        verifier.verifyThat(StaffingConstraints::theSamePersonKeepsARoleFromMonthToMonth)
                .given(slot(jan, 0, quinn), slot(febMar, 0, quinn), slot(jan, 1, pia), slot(febMar, 2, quinn),
                        slot(need("fraud", "domain-expert", FEB), 0, pia), slot(need("claims", "ml-engineer", FEB), 0, pia),
                        slot(need("churn", "domain-expert", JAN), 0, quinn), slot(need("churn", "domain-expert", MAR), 0, pia),
                        slot(need("esg", "domain-expert", JAN), 0, quinn), slot(need("esg", "domain-expert", FEB), 0, null),
                        slot(need("risk", "domain-expert", JAN), 0, hire), slot(need("risk", "domain-expert", FEB, MAR), 0, hire),
                        Seat.booked(ids++, need("ops", "domain-expert", JAN), quinn), slot(need("ops", "domain-expert", FEB), 0, pia))
                .penalizesBy(0);
        verifier.verifyThat(StaffingConstraints::theSamePersonKeepsARoleFromMonthToMonth)
                .given(slot(jan, 0, hire), slot(febMar, 0, hire("domain-expert")))
                .penalizesBy(PlanRule.CHANGE_WEIGHT);
    }

    @Test
    void aHireFillsAsFewRolesAsPossible() {
        Worker hire = hire("data-engineer", "data-scientist", "ml-engineer");
        verifier.verifyThat(StaffingConstraints::aHireFillsAsFewRolesAsPossible)
                .given(seat(need("fraud", "ml-engineer", JAN), hire), seat(need("fraud", "data-scientist", JAN), hire),
                        seat(need("churn", "data-engineer", FEB), hire))
                .penalizesBy(2L * PlanRule.EXTRA_ROLE_WEIGHT);
        // One role on several projects and months, and a person in two roles, are no extra roles of a hire.
        Worker ana = person("Ana", List.of("ml-engineer", "data-scientist"), Map.of(), 0);
        verifier.verifyThat(StaffingConstraints::aHireFillsAsFewRolesAsPossible)
                .given(seat(need("fraud", "ml-engineer", JAN), hire), seat(need("churn", "ml-engineer", FEB, MAR), hire),
                        seat(need("fraud", "ml-engineer", JAN), ana), seat(need("fraud", "data-scientist", JAN), ana))
                .penalizesBy(0);
    }

    @Test
    void staffingCostsAsLittleAsPossible() {
        Need need = need("fraud", "ml-engineer", JAN, FEB);
        verifier.verifyThat(StaffingConstraints::staffingCostsAsLittleAsPossible)
                .given(seat(need, person("Ana", List.of("ml-engineer"), Map.of(), 250)))
                .penalizesBy(500);
        verifier.verifyThat(StaffingConstraints::staffingCostsAsLittleAsPossible)
                .given(seat(need, person("Bo", List.of("ml-engineer"), Map.of(), 0)), seat(need, hire("ml-engineer")))
                .penalizesBy(0);
    }

    @Test
    void hiredWorkIsPackedOntoFewRecruits() {
        Worker hire = hire("ml-engineer", "mlops-engineer");
        verifier.verifyThat(StaffingConstraints::hiredWorkIsPackedOntoFewRecruits)
                .given(seat(need("fraud", "ml-engineer", JAN, FEB, MAR), hire), seat(need("fraud", "mlops-engineer", JAN), hire))
                .rewardsWith(4 * 4);
        verifier.verifyThat(StaffingConstraints::hiredWorkIsPackedOntoFewRecruits)
                .given(seat(need("fraud", "ml-engineer", JAN, FEB, MAR), person("Ana", "ml-engineer")))
                .rewardsWith(0);
    }
}
