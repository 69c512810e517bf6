package dev.teamfit.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Who a suggestion names: teamfit's policy for picking a person, in one place so that rules and
 * tests share it. Rules hand in what they collected ({@code from collect(...)}).
 */
public final class Staffing {

    private Staffing() {
    }

    /** The best level any of the members has in a skill, 0 for none. */
    public static int bestLevel(Collection<Member> members, String skill) {
        return members.stream().mapToInt(m -> m.level(skill)).max().orElse(0);
    }

    /**
     * The member who meets the most of the skill requirements, then the one with the most levels
     * toward them, then the first in the team.
     */
    public static Member closestTo(Collection<Member> members, Collection<SkillRequirement> requirements) {
        Comparator<Member> byMet = Comparator.comparingInt(m -> met(m, requirements));
        Comparator<Member> byLevels = Comparator.comparingInt(m -> levels(m, requirements));
        return members.stream()
                .max(byMet.thenComparing(byLevels).thenComparing(Comparator.comparingInt(Member::index).reversed()))
                .orElseThrow();
    }

    private static int met(Member member, Collection<SkillRequirement> requirements) {
        return (int) requirements.stream().filter(r -> member.level(r.skill()) >= r.value()).count();
    }

    private static int levels(Member member, Collection<SkillRequirement> requirements) {
        return requirements.stream().mapToInt(r -> Math.min(member.level(r.skill()), r.value())).sum();
    }

    /**
     * A member other than {@code except} who has the skill at the level, the most skilled first, then
     * the first in the team; null when nobody has.
     */
    public static String mentorFor(Collection<Member> members, String skill, int level, String except) {
        return members.stream()
                .filter(m -> !m.name().equals(except) && m.level(skill) >= level)
                .max(Comparator.comparingInt((Member m) -> m.level(skill))
                        .thenComparing(Comparator.comparingInt(Member::index).reversed()))
                .map(Member::name).orElse(null);
    }

    /** The members who declare a partner role of one of the overlaps. */
    public static List<Member> candidates(Collection<Overlap> overlaps, Collection<Member> members) {
        return members.stream().filter(m -> overlaps.stream().anyMatch(o -> m.declares(o.partner()))).toList();
    }

    /** The first overlap, by partner role, whose partner role the member declares. */
    public static Overlap through(Collection<Overlap> overlaps, Member member) {
        return overlaps.stream().filter(o -> member.declares(o.partner()))
                .min(Comparator.comparing(Overlap::partner)).orElseThrow();
    }

    /** The members of coverages, sorted by name. */
    public static List<String> members(Collection<Coverage> coverages) {
        return coverages.stream().map(Coverage::member).distinct().sorted().toList();
    }
}
