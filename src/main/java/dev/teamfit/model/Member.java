package dev.teamfit.model;

import java.util.LinkedHashMap;
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
 * @param skills     level 0..5 by skill id, in skill-id order (aliases resolved; unknown skill ids kept under
 *                   their own name); 0 is a skill the file says the member lacks ({@code none}), and a skill the
 *                   file does not give is not assessed
 */
public record Member(int index, String name, List<String> roles, double allocation, Map<String, Integer> skills) {

    public Member {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        // In skill-id order, looked up by hash: the rules ask for members' levels many times a project.
        skills = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(skills)));
    }

    /** The member's level in a skill, 0 when they lack it or it is not assessed. */
    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    /** Whether the member's level in the skill is known: given in the file ({@code none} included). */
    public boolean assessed(String skill) {
        return skills.containsKey(skill);
    }

    /** The member's level in a skill, or null when it is not assessed. */
    public Integer levelOrNull(String skill) {
        return skills.get(skill);
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
