package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/** One rule's conclusion that a role needs a skill at a minimum level. */
public record SkillNeed(String role, String skill, Level level, List<Reason> reasons) implements Conclusion {

    public SkillNeed {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }
}
