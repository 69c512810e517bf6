package dev.teamfit.model;

import java.util.Comparator;
import java.util.List;

/**
 * The minimum level a required role needs in a skill, merged from every {@link SkillNeed} for it: a
 * rule's conclusion and the stage's merged requirement are two types so that rules can tell them apart.
 */
public record SkillRequirement(String role, String skill, Level level, List<Reason> reasons) implements Conclusion {

    public SkillRequirement {
        reasons = List.copyOf(reasons);
    }

    /** The highest level asked for; the reasons of the needs at that level come first. */
    public static SkillRequirement merge(String role, String skill, List<SkillNeed> needs) {
        List<SkillNeed> ordered = Reason.sortByText(needs, Comparator.comparing(SkillNeed::level).reversed(),
                SkillNeed::reasons);
        return new SkillRequirement(role, skill, ordered.get(0).level(),
                Reason.merge(ordered.stream().map(SkillNeed::reasons).toList()));
    }

    /** The level's number, for comparisons in rules. */
    public int value() {
        return level.value();
    }
}
