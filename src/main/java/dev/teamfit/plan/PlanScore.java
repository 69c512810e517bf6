package dev.teamfit.plan;

import java.util.List;

/**
 * A plan's score, level by level (the first level is hard; lower is better on each, compared in order), and
 * what each constraint contributed.
 *
 * @param levels one penalty per {@link Level}, in its order; a reward counts as a negative penalty
 */
public record PlanScore(List<Long> levels, List<ConstraintScore> constraints) {

    /** The score's levels, in order of importance. */
    public enum Level {
        /** Hard: people above their availability, roles filled by people who cannot fill them. */
        HARD,
        /** Role need left unstaffed, in quarter-months, a required one weighing four times a recommended one. */
        UNSTAFFED,
        /** People to hire. */
        HIRES,
        /**
         * Skill levels short, times the quarter-months of the work that needs them, plus each change of the person
         * on a project's role from one run of months to the next, at a fixed weight.
         */
        SKILL_SHORTFALL,
        /**
         * Quarter-months filled through an overlap, plus projects beyond a person's first in a month, plus each role
         * of a hire beyond its first, at a fixed weight.
         */
        SPREAD,
        /** Cost, in hundredths of the pool's cost unit (only when everyone has a cost). */
        COST,
        /** A tie-breaker that steers the search to pack hired work onto fewer hires; a reward. */
        PACKING
    }

    /**
     * What a constraint contributed to its level.
     *
     * @param id      a stable id such as {@code PLAN-003}
     * @param name    the constraint's sentence
     * @param penalty what it adds to its level (negative for a reward)
     * @param matches how many times it matched
     */
    public record ConstraintScore(String id, String name, Level level, long penalty, int matches) {
    }

    public PlanScore {
        levels = List.copyOf(levels);
        constraints = List.copyOf(constraints);
        if (levels.size() != Level.values().length) {
            throw new IllegalArgumentException("a score has " + Level.values().length + " levels, not " + levels.size());
        }
    }

    public long level(Level level) {
        return levels.get(level.ordinal());
    }

    /** Whether no hard constraint is broken. */
    public boolean feasible() {
        return level(Level.HARD) == 0;
    }
}
