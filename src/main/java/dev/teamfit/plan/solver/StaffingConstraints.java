package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import dev.teamfit.model.Fte;
import dev.teamfit.plan.PlanRule;
import dev.teamfit.plan.PlanScore;

import java.util.Map;
import java.util.TreeSet;

import static dev.teamfit.plan.PlanRule.AVAILABILITY;
import static dev.teamfit.plan.PlanRule.CONTINUITY;
import static dev.teamfit.plan.PlanRule.COST;
import static dev.teamfit.plan.PlanRule.ELIGIBILITY;
import static dev.teamfit.plan.PlanRule.FOCUS;
import static dev.teamfit.plan.PlanRule.HIRES;
import static dev.teamfit.plan.PlanRule.HIRE_ROLES;
import static dev.teamfit.plan.PlanRule.OVERLAP;
import static dev.teamfit.plan.PlanRule.PACKING;
import static dev.teamfit.plan.PlanRule.SKILLS;
import static dev.teamfit.plan.PlanRule.UNSTAFFED;

/**
 * The planner's constraints, one per rule, in the order of the objective: hard availability and eligibility,
 * then unstaffed need, hires, skill shortfall and continuity, overlaps, focus and roles per hire, cost, and the
 * hire-packing tie-breaker.
 * Work is counted in quarter-months: a quarter of a person for one month.
 */
public class StaffingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                nobodyWorksAboveTheirAvailability(factory),
                aRoleIsFilledThroughADeclaredOrOverlappingRole(factory),
                everyRoleNeedIsStaffedOrHired(factory),
                everyHireIsOneMorePersonToRecruit(factory),
                assignedPeopleHaveTheSkillLevelsTheirRoleNeeds(factory),
                aRoleIsFilledBySomeoneWhoDeclaresIt(factory),
                aPersonWorksOnOneProjectAtATime(factory),
                theSamePersonKeepsARoleFromMonthToMonth(factory),
                aHireFillsAsFewRolesAsPossible(factory),
                staffingCostsAsLittleAsPossible(factory),
                hiredWorkIsPackedOntoFewRecruits(factory)
        };
    }

    // A worker's seats in a month add up to no more quarters than they have free (bookings are already taken off).
    Constraint nobodyWorksAboveTheirAvailability(ConstraintFactory factory) {
        return seatMonths(factory)
                .filter((seat, month) -> !seat.isBooked())
                .groupBy((seat, month) -> seat.getWorker(), (seat, month) -> month, ConstraintCollectors.countBi())
                .filter((worker, month, quarters) -> quarters > worker.capacity(month))
                .penalizeLong(weight(AVAILABILITY), (worker, month, quarters) -> quarters - worker.capacity(month))
                .justifyWith((worker, month, quarters, score) -> Because.month(AVAILABILITY, worker, month,
                        "fte=" + fte(quarters), "free=" + fte(worker.capacity(month))))
                .asConstraint(AVAILABILITY.sentence());
    }

    // Only someone who declares the role or an overlapping one fills it; a hire only a role of its group.
    Constraint aRoleIsFilledThroughADeclaredOrOverlappingRole(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !seat.isBooked() && seat.getWorker().via(seat.need()) == null)
                .penalizeLong(weight(ELIGIBILITY), Seat::length)
                .justifyWith((seat, score) -> Because.seat(ELIGIBILITY, seat,
                        "declares=" + String.join(",", new TreeSet<>(seat.getWorker().roles()))))
                .asConstraint(ELIGIBILITY.sentence());
    }

    // Every quarter-month nobody fills counts, a required role's four times a recommended one's.
    Constraint everyRoleNeedIsStaffedOrHired(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Seat.class)
                .filter(seat -> seat.getWorker() == null)
                .penalizeLong(weight(UNSTAFFED), seat -> (long) seat.need().weight() * seat.length())
                .justifyWith((seat, score) -> Because.seat(UNSTAFFED, seat,
                        seat.need().required() ? "need=required" : "need=recommended"))
                .asConstraint(UNSTAFFED.sentence());
    }

    // Every hire placeholder that takes a seat is a person to recruit.
    Constraint everyHireIsOneMorePersonToRecruit(ConstraintFactory factory) {
        return hiredSeats(factory)
                .groupBy(Seat::getWorker)
                .penalizeLong(weight(HIRES))
                .justifyWith((worker, score) -> Because.worker(HIRES, worker))
                .asConstraint(HIRES.sentence());
    }

    // Every level an assigned person lacks counts once per quarter-month of the work that needs it.
    Constraint assignedPeopleHaveTheSkillLevelsTheirRoleNeeds(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getWorker().shortfall(seat.need()) > 0)
                .penalizeLong(weight(SKILLS), seat -> (long) seat.getWorker().shortfall(seat.need()) * seat.length())
                .justifyWith((seat, score) -> Because.seat(SKILLS, seat, shortSkills(seat)))
                .asConstraint(SKILLS.sentence());
    }

    // Every quarter-month filled through an overlap counts, so that people who declare the role go first.
    Constraint aRoleIsFilledBySomeoneWhoDeclaresIt(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !seat.isBooked() && throughOverlap(seat))
                .penalizeLong(weight(OVERLAP), Seat::length)
                .justifyWith((seat, score) -> {
                    String via = seat.getWorker().via(seat.need());
                    return Because.seat(OVERLAP, seat.need().partners().get(via), seat, "via=" + via);
                })
                .asConstraint(OVERLAP.sentence());
    }

    // Every project beyond a person's first in a month counts, so that people stay on few projects at once.
    Constraint aPersonWorksOnOneProjectAtATime(ConstraintFactory factory) {
        return seatMonths(factory)
                .filter((seat, month) -> !seat.getWorker().isHire())
                .groupBy((seat, month) -> seat.getWorker(), (seat, month) -> month,
                        ConstraintCollectors.toSet((seat, month) -> seat.project()))
                .filter((worker, month, projects) -> projects.size() > 1)
                .penalizeLong(weight(FOCUS), (worker, month, projects) -> projects.size() - 1L)
                .justifyWith((worker, month, projects, score) -> Because.month(FOCUS, worker, month,
                        "projects=" + String.join(",", new TreeSet<>(projects))))
                .asConstraint(FOCUS.sentence());
    }

    // Every free seat whose continuation in the next run (same project, role and slot, starting the month after
    // it ends) has a different worker is a change of person. Empty seats on either side are not: unstaffed need
    // already counts.
    Constraint theSamePersonKeepsARoleFromMonthToMonth(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !seat.isBooked())
                .join(Seat.class, Joiners.equal(Seat::nextKey, Seat::startKey))
                .filter((before, after) -> !after.isBooked() && before.getWorker() != after.getWorker())
                .penalizeLong(weight(CONTINUITY), (before, after) -> PlanRule.CHANGE_WEIGHT)
                .justifyWith((before, after, score) -> Because.change(CONTINUITY, after, before.getWorker()))
                .asConstraint(CONTINUITY.sentence());
    }

    // Every role a hire fills beyond its first counts: a hire spans roles only when that saves one.
    Constraint aHireFillsAsFewRolesAsPossible(ConstraintFactory factory) {
        return hiredSeats(factory)
                .groupBy(Seat::getWorker, ConstraintCollectors.toSet(seat -> seat.need().role()))
                .filter((worker, roles) -> roles.size() > 1)
                .penalizeLong(weight(HIRE_ROLES), (worker, roles) -> (roles.size() - 1L) * PlanRule.EXTRA_ROLE_WEIGHT)
                .justifyWith((worker, roles, score) -> Because.worker(HIRE_ROLES, worker,
                        "roles=" + String.join(",", new TreeSet<>(roles))))
                .asConstraint(HIRE_ROLES.sentence());
    }

    // Every quarter-month costs its person's rate; rates are zero unless everyone in the pool has one.
    Constraint staffingCostsAsLittleAsPossible(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getWorker().cost() > 0)
                .penalizeLong(weight(COST), seat -> seat.getWorker().cost() * seat.length())
                .justifyWith((seat, score) -> Because.seat(COST, seat))
                .asConstraint(COST.sentence());
    }

    // A tie-breaker: the square of each hire's quarter-months is a reward, so moving work onto a busier hire
    // is an improvement and an emptied placeholder is one hire fewer.
    Constraint hiredWorkIsPackedOntoFewRecruits(ConstraintFactory factory) {
        return hiredSeats(factory)
                .groupBy(Seat::getWorker, ConstraintCollectors.sumLong(seat -> (long) seat.length()))
                .rewardLong(weight(PACKING), (worker, quarterMonths) -> quarterMonths * quarterMonths)
                .justifyWith((worker, quarterMonths, score) -> Because.worker(PACKING, worker,
                        "quarter-months=" + quarterMonths))
                .asConstraint(PACKING.sentence());
    }

    /** Each filled seat once per month of its run. Built the same way each time, so constraints share it. */
    private static BiConstraintStream<Seat, Month> seatMonths(ConstraintFactory factory) {
        return factory.forEach(Seat.class).expand(Seat::months).flattenLast(months -> months);
    }

    private static UniConstraintStream<Seat> hiredSeats(ConstraintFactory factory) {
        return factory.forEach(Seat.class).filter(seat -> seat.getWorker().isHire());
    }

    private static boolean throughOverlap(Seat seat) {
        String via = seat.getWorker().via(seat.need());
        return via != null && !via.equals(seat.need().role());
    }

    /** {@code skill=python 2/4} for each skill the seat's person is short of. */
    private static String[] shortSkills(Seat seat) {
        return seat.need().skills().entrySet().stream()
                .filter(skill -> seat.getWorker().level(skill.getKey()) < skill.getValue())
                .sorted(Map.Entry.comparingByKey())
                .map(skill -> "skill=" + skill.getKey() + " " + seat.getWorker().level(skill.getKey()) + "/"
                        + skill.getValue())
                .toArray(String[]::new);
    }

    private static String fte(long quarters) {
        return Fte.format(quarters / 4.0);
    }

    /** A weight of 1 on the rule's level. */
    static BendableLongScore weight(PlanRule rule) {
        PlanScore.Level level = rule.level();
        return level == PlanScore.Level.HARD
                ? BendableLongScore.ofHard(Staffing.HARD_LEVELS, Staffing.SOFT_LEVELS, 0, 1)
                : BendableLongScore.ofSoft(Staffing.HARD_LEVELS, Staffing.SOFT_LEVELS, level.ordinal() - 1, 1);
    }
}
