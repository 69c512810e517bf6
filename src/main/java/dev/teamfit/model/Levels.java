package dev.teamfit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a role's skill levels are met, teamfit's policy in one place: a level is met when at least
 * one person on the role reaches it and the others are within one level of it (they can grow with a
 * mentor beside them). A skill the file does not give for a member is not assessed: never counted as
 * lacking it, never as having it, and listed for the PM to assess rather than reported as a gap.
 */
public final class Levels {

    private Levels() {
    }

    /** A member well below a level that a teammate on the role reaches: to pair with that teammate. */
    public record Below(String role, String member, String skill, int have, Level need, String mentor) {
    }

    /**
     * A role's unmet levels, split by what to do about them.
     *
     * @param partial levels someone on the team has
     * @param missing levels nobody on the team has (everyone on the role assessed)
     * @param below   people two or more levels under a level a teammate on the role reaches
     */
    public record Shortfalls(List<Shortfall> partial, List<Shortfall> missing, List<Below> below) {
    }

    /** Whether a member meets a level on a role, given who else is on it; a level not assessed does not count against them. */
    public static boolean meets(Member member, SkillRequirement need, Collection<Member> onRole) {
        int have = member.level(need.skill());
        return !member.assessed(need.skill()) || have >= need.value()
                || have == need.value() - 1 && onRole.stream().anyMatch(m -> m.level(need.skill()) >= need.value());
    }

    /** Whether a member meets every level of a role, given who else is on it. */
    public static boolean meetsAll(Member member, Collection<SkillRequirement> needs, Collection<Member> onRole) {
        return needs.stream().allMatch(n -> meets(member, n, onRole));
    }

    /** How many of a role's levels a member reaches on their own. */
    public static int reached(Member member, Collection<SkillRequirement> needs) {
        return (int) needs.stream().filter(n -> member.level(n.skill()) >= n.value()).count();
    }

    /**
     * A role's unmet levels.
     *
     * @param needs  the role's skill requirements
     * @param onRole the members who staff the role
     * @param team   the whole team
     */
    public static Shortfalls of(String role, Collection<SkillRequirement> needs, List<Member> onRole, List<Member> team) {
        List<Shortfall> partial = new ArrayList<>();
        List<Shortfall> missing = new ArrayList<>();
        List<Below> below = new ArrayList<>();
        for (SkillRequirement need : needs.stream().sorted(Comparator.comparing(SkillRequirement::skill)).toList()) {
            String skill = need.skill();
            Optional<Member> best = closest(onRole, skill);
            int have = best.map(m -> m.level(skill)).orElse(0);
            if (best.isPresent() && have >= need.value()) {
                for (Member m : onRole) {
                    if (m.assessed(skill) && m.level(skill) <= need.value() - 2) {
                        below.add(new Below(role, m.name(), skill, m.level(skill), need.level(), best.get().name()));
                    }
                }
                continue;
            }
            if (onRole.stream().anyMatch(m -> !m.assessed(skill))) {
                continue;
            }
            String mentor = mentor(team, skill, need.value());
            if (mentor != null) {
                partial.add(new Shortfall(skill, need.level(), have, best.map(Member::name).orElse(null), mentor));
            } else {
                int teamBest = team.stream().mapToInt(m -> m.level(skill)).max().orElse(0);
                missing.add(new Shortfall(skill, need.level(), Math.max(have, teamBest), best.map(Member::name).orElse(null),
                        null));
            }
        }
        return new Shortfalls(partial, missing, below);
    }

    /**
     * Each member well below a level a teammate on the same role reaches, once per member and skill
     * (on the role that needs the skill most), over all the roles.
     */
    public static List<Below> below(Map<String, List<SkillRequirement>> needs, Map<String, List<Member>> onRoles,
                                    List<Member> team) {
        Map<String, Below> once = new LinkedHashMap<>();
        for (Map.Entry<String, List<SkillRequirement>> role : needs.entrySet()) {
            for (Below b : of(role.getKey(), role.getValue(), onRoles.getOrDefault(role.getKey(), List.of()), team)
                    .below()) {
                once.merge(b.member() + "\u0000" + b.skill(), b, (x, y) -> y.need().compareTo(x.need()) > 0 ? y : x);
            }
        }
        return List.copyOf(once.values());
    }

    /** For each member on a role, the skills it needs that the file does not give for them, in need order. */
    public static Map<String, List<String>> unassessed(Collection<SkillRequirement> needs, List<Member> onRole) {
        Map<String, List<String>> unassessed = new LinkedHashMap<>();
        for (Member m : onRole) {
            List<String> skills = needs.stream().map(SkillRequirement::skill).filter(s -> !m.assessed(s)).toList();
            if (!skills.isEmpty()) {
                unassessed.put(m.name(), skills);
            }
        }
        return unassessed;
    }

    /** The members with these names, in team order. */
    public static List<Member> named(Collection<Member> team, Collection<String> names) {
        return team.stream().filter(m -> names.contains(m.name())).sorted(Comparator.comparingInt(Member::index))
                .toList();
    }

    /** Skill requirements grouped by role, in the order given. */
    public static Map<String, List<SkillRequirement>> byRole(Collection<SkillRequirement> needs) {
        Map<String, List<SkillRequirement>> byRole = new java.util.TreeMap<>();
        needs.stream().sorted(Comparator.comparing(SkillRequirement::role).thenComparing(SkillRequirement::skill))
                .forEach(n -> byRole.computeIfAbsent(n.role(), k -> new ArrayList<>()).add(n));
        return byRole;
    }

    /** The members who staff each role. */
    public static Map<String, List<Member>> onRoles(Collection<RoleStaffing> staffing, Collection<Member> team) {
        Map<String, List<Member>> onRoles = new java.util.TreeMap<>();
        staffing.forEach(s -> onRoles.put(s.role(), named(team, s.members())));
        return onRoles;
    }

    /** Someone among the members at the level, the most skilled (the first in the team on ties), or null. */
    public static String mentor(Collection<Member> members, String skill, int level) {
        return closest(members, skill).filter(m -> m.level(skill) >= level).map(Member::name).orElse(null);
    }

    /** The member with the highest assessed level in a skill, the first in the team on ties. */
    private static Optional<Member> closest(Collection<Member> members, String skill) {
        return members.stream().filter(m -> m.assessed(skill))
                .max(Comparator.comparingInt((Member m) -> m.level(skill))
                        .thenComparing(Comparator.comparingInt(Member::index).reversed()));
    }
}
