package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/**
 * The planning solution: the workers (people and hire placeholders) and the seats they take. Every worker is a
 * value of every seat; who may take which seat is a hard constraint, and the search's moves skip the rest
 * ({@link EligibleMoves}). Seat-specific value ranges would say the same, but Timefold 1.28 prepares swap moves
 * over them in time quadratic in each seat's range (minutes for the benchmark's 8,000 seats).
 */
@PlanningSolution
public class Staffing {

    /** Score levels: one hard, then one soft level per objective (see {@link dev.teamfit.plan.PlanScore.Level}). */
    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 6;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Worker> workers;
    @PlanningEntityCollectionProperty
    private List<Seat> seats;
    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    public Staffing() {
        // For the solver's planning clones.
    }

    public Staffing(List<Worker> workers, List<Seat> seats) {
        this.workers = workers;
        this.seats = seats;
    }

    public List<Worker> getWorkers() {
        return workers;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
