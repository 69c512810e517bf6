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
 * @param skills     level 1..5 by skill id (aliases resolved; unknown skills kept under their own name)
 */
public record Member(int index, String name, List<String> roles, double allocation, Map<String, Integer> skills) {

    public Member {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        // In skill order, as a TreeMap would iterate, but hashed: rules look levels up while they join.
        skills = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(new TreeMap<>(skills)));
    }

    /**
     * Equal members hold equal values, as for any record; written out, because the rule engine hashes
     * members while it joins, and a record's generated methods cost a run's first call (to link them)
     * several milliseconds, and hashed the whole skills map on every call.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Member m && index == m.index && name.equals(m.name) && roles.equals(m.roles)
                && Double.compare(allocation, m.allocation) == 0 && skills.equals(m.skills);
    }

    /** The position and the name: enough to tell members apart, and cheap. */
    @Override
    public int hashCode() {
        return 31 * index + name.hashCode();
    }

    /** The member's level in a skill, 0 when they do not hold it. */
    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    /** Whether the member declares the role. */
    public boolean declares(String role) {
        return roles.contains(role);
    }

    /** The best level any of the members (objects from a DRL collect) has in a skill, 0 for none. */
    public static int bestLevel(java.util.Collection<?> members, String skill) {
        return members.stream().mapToInt(m -> ((Member) m).level(skill)).max().orElse(0);
    }

    /** The member of that name among members (objects from a DRL collect). */
    public static Member named(java.util.Collection<?> members, String name) {
        return members.stream().map(m -> (Member) m).filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Among members (objects from a DRL collect), the one who meets the most of the skill requirements,
     * then the one with the most levels toward them, then the first in the team.
     */
    public static Member closestTo(java.util.Collection<?> members, java.util.Collection<?> requirements) {
        java.util.Comparator<Member> byMet = java.util.Comparator.comparingInt(m -> met(m, requirements));
        java.util.Comparator<Member> byLevels = java.util.Comparator.comparingInt(m -> levels(m, requirements));
        return members.stream().map(m -> (Member) m)
                .max(byMet.thenComparing(byLevels).thenComparing(java.util.Comparator.comparingInt(Member::index).reversed()))
                .orElseThrow();
    }

    private static int met(Member member, java.util.Collection<?> requirements) {
        return (int) requirements.stream().map(r -> (SkillRequirement) r)
                .filter(r -> member.level(r.skill()) >= r.value()).count();
    }

    private static int levels(Member member, java.util.Collection<?> requirements) {
        return requirements.stream().map(r -> (SkillRequirement) r)
                .mapToInt(r -> Math.min(member.level(r.skill()), r.value())).sum();
    }

    /**
     * A member (objects from a DRL collect) other than {@code except} who has the skill at the level,
     * the most skilled first, then the first in the team; null when nobody has.
     */
    public static String mentorFor(java.util.Collection<?> members, String skill, int level, String except) {
        return members.stream().map(m -> (Member) m)
                .filter(m -> !m.name().equals(except) && m.level(skill) >= level)
                .max(java.util.Comparator.comparingInt((Member m) -> m.level(skill))
                        .thenComparing(java.util.Comparator.comparingInt(Member::index).reversed()))
                .map(Member::name).orElse(null);
    }

    /** The key path of this member in the input, e.g. {@code team[2]}. */
    public String path() {
        return "team[" + index + "]";
    }
}
