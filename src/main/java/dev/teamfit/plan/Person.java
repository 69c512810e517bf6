package dev.teamfit.plan;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Someone in the pool the planner may staff projects with.
 *
 * @param name           unique among the pool; bookings refer to it
 * @param roles          the role ids they declare
 * @param skills         skill id to their level (1..5)
 * @param availability   the FTE they can give in a month, rounded down to a quarter
 * @param availableFrom  their first available month, or null for no limit
 * @param availableUntil their last available month, or null for no limit
 * @param cost           what a full-time month of theirs costs, or null when unknown; cost counts only
 *                       when everyone in the pool has one
 */
public record Person(String name, List<String> roles, Map<String, Integer> skills, double availability,
                     YearMonth availableFrom, YearMonth availableUntil, Double cost) {

    public Person {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        skills = Collections.unmodifiableMap(new TreeMap<>(skills));
        if (!(availability >= 0)) {
            throw new IllegalArgumentException("availability of " + name + " is " + availability + ": it must be >= 0");
        }
        if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
            throw new IllegalArgumentException("available-until of " + name + " is before their available-from");
        }
        if (cost != null && !(cost >= 0)) {
            throw new IllegalArgumentException("cost of " + name + " is " + cost + ": it must be >= 0");
        }
    }

    /** Their level in a skill, 0 when they do not hold it. */
    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    /** Whether the month lies in their available window. */
    public boolean availableIn(YearMonth month) {
        return (availableFrom == null || !month.isBefore(availableFrom))
                && (availableUntil == null || !month.isAfter(availableUntil));
    }
}
