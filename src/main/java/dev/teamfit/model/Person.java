package dev.teamfit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person of a staffing pool, who could be staffed on the projects of a plan.
 *
 * @param skills         level 0..5 by skill id (a skill not given is not assessed)
 * @param availability   the share of a full-time person they can give in all, in (0, 1]
 * @param availableFrom  the first month they can work ({@code YYYY-MM}), or null
 * @param availableUntil the last month they can work ({@code YYYY-MM}), or null
 * @param cost           a month of them at full time, in any currency, or null
 */
public record Person(String name, List<String> roles, Map<String, Integer> skills, double availability,
                     String availableFrom, String availableUntil, Double cost) {

    public Person {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        skills = java.util.Collections.unmodifiableMap(new TreeMap<>(skills));
    }
}
