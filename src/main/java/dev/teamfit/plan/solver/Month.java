package dev.teamfit.plan.solver;

import java.time.YearMonth;

/**
 * A month of the plan's horizon, one instance per month, numbered from the first.
 *
 * @param index 0 for the horizon's first month
 */
public record Month(int index, YearMonth month) {

    @Override
    public String toString() {
        return month.toString();
    }
}
