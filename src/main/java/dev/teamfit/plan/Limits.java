package dev.teamfit.plan;

import java.time.Duration;

/**
 * How long the search runs and how finely it models time.
 *
 * @param seed             the search's random seed
 * @param unimprovedSteps  the search stops after this many steps without a better plan; with no time limit,
 *                         the same request and seed give the same plan, byte for byte
 * @param timeLimit        a cap on the search's wall time, or null for none; when it is what stops the search,
 *                         the plan depends on the machine's speed
 * @param maxSegments      at most this many runs of months per project: a project's span is split where
 *                         availability or competing projects change, and beyond this many runs only the
 *                         splits nearest to equal lengths are kept (a person whose availability changes
 *                         inside a run can then take it only at their lowest availability in it)
 */
public record Limits(long seed, int unimprovedSteps, Duration timeLimit, int maxSegments) {

    /**
     * Seed 0, 500 unimproved steps, no time limit, 6 runs per project: enough for a team or a small portfolio.
     * A step tries up to a thousand moves, so a large portfolio wants a time limit as well.
     */
    public static final Limits DEFAULT = new Limits(0, 500, null, 6);

    public Limits {
        if (unimprovedSteps < 1) {
            throw new IllegalArgumentException("unimprovedSteps is " + unimprovedSteps + ": at least 1");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit is " + timeLimit + ": it must be positive");
        }
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments is " + maxSegments + ": at least 1");
        }
    }

    public Limits withSeed(long newSeed) {
        return new Limits(newSeed, unimprovedSteps, timeLimit, maxSegments);
    }
}
