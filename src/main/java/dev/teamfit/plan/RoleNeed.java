package dev.teamfit.plan;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A role a project needs, as teamfit's rules inferred it.
 *
 * @param role     a role id, such as {@code ml-engineer}
 * @param required true for a required role, false for a recommended one (left unstaffed at a quarter of the cost)
 * @param fte      how much of a person the role needs, a positive multiple of 0.25
 * @param skills   skill id to the level (1..5) the role needs on this project
 */
public record RoleNeed(String role, boolean required, double fte, Map<String, Integer> skills) {

    public RoleNeed {
        Objects.requireNonNull(role, "role");
        Quarters.of(fte, "fte of role " + role);
        skills = Collections.unmodifiableMap(new TreeMap<>(skills));
    }
}
