package dev.teamfit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A team member as a fact.
 *
 * @param index      position in the input's {@code team} list, for key paths such as {@code team[2]}
 * @param roles      declared role ids, normalised
 * @param allocation share of a full-time person, in (0, 1]
 * @param skills     level 1..5 by skill id, in skill-id order (aliases resolved; unknown skills kept under their
 *                   own name)
 */
public record Member(int index, String name, List<String> roles, double allocation, Map<String, Integer> skills) {

    public Member {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        skills = java.util.Collections.unmodifiableMap(new TreeMap<>(skills));
    }

    /** The member's level in a skill, 0 when they do not hold it. */
    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    /** Whether the member declares the role. */
    public boolean declares(String role) {
        return roles.contains(role);
    }

    /** The key path of this member in the input, e.g. {@code team[2]}. */
    public String path() {
        return "team[" + index + "]";
    }
}
