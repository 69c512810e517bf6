package dev.teamfit.model;

import java.util.Objects;

/**
 * A role's people short of one skill level the role needs.
 *
 * @param have   the best level among the role's people, or null when none of them has it assessed
 * @param member who is closest to the level among the role's people (to train, or to assess), or null
 * @param mentor someone on the team at the level, who could pair with them, or null when nobody is
 */
public record Shortfall(String skill, Level need, Integer have, String member, String mentor) {

    public Shortfall {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(need, "need");
    }

    /** How many levels short, 0 when not assessed. */
    public int levels() {
        return have == null ? 0 : need.value() - have;
    }
}
