package dev.teamfit.plan;

import java.time.Duration;

/**
 * How long the search runs and how finely it models time.
 *
 * @param seed             the search's random seed
 * @param unimprovedSteps  the search stops after this many steps without a better plan, or {@link #SIZED} for a
 *                         count sized to the plan (one per two seats the search may change, 50 to 500); with no
 *                         time limit, the same request and seed give the same plan, byte for byte
 * @param timeLimit        a cap on the search's wall time, or null for none; when it is what stops the search,
 *                         the plan depends on the machine's speed
 * @param maxSegments      at most this many runs of months per project: a project's span is split where
 *                         availability or competing projects change, and beyond this many runs only the
 *                         splits nearest to equal lengths are kept (a person whose availability changes
 *                         inside a run can then take it only at their lowest availability in it)
 */
public record Limits(long seed, int unimprovedSteps, Duration timeLimit, int maxSegments) {

    /** Unimproved steps sized to the plan: one per two seats the search may change, at least 50, at most 500. */
    public static final int SIZED = 0;

    /**
     * Seed 0, unimproved steps sized to the plan, no time limit, 6 runs per project: a few seconds for a team or
     * a small portfolio. A step tries up to 200 moves, so a large portfolio wants a time limit as well.
     */
    public static final Limits DEFAULT = new Limits(0, SIZED, null, 6);

    public Limits {
        if (unimprovedSteps < 0) {
            throw new IllegalArgumentException("unimprovedSteps is " + unimprovedSteps + ": at least 1, or 0 for sized");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit is " + timeLimit + ": it must be positive");
        }
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments is " + maxSegments + ": at least 1");
        }
    }
}
