package dev.teamfit.model;

import java.util.Objects;

/**
 * A skill a role needs on any project, at a base level, as the catalog gives it: project
 * characteristics may raise the level, never lower it.
 *
 * @param source the seed section the level rests on
 */
public record BaseSkill(String role, String skill, Level level, String source) {

    public BaseSkill {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
    }

    /** As a reason's fact: {@code data-scientist needs statistics at competent (Data Scientist / Knowledge)}. */
    @Override
    public String toString() {
        return role + " needs " + skill + " at " + level.id() + " (" + source + ")";
    }
}
