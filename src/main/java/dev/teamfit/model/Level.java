package dev.teamfit.model;

import java.util.Arrays;

/** The Dreyfus proficiency scale; an absent skill is level 0, below {@link #NOVICE}. */
public enum Level implements Named {
    NOVICE(1),
    ADVANCED_BEGINNER(2),
    COMPETENT(3),
    PROFICIENT(4),
    EXPERT(5);

    private final int value;

    Level(int value) {
        this.value = value;
    }

    /** The level's number, 1..5. */
    public int value() {
        return value;
    }

    /** The id of a level number, {@code none} for 0. */
    public static String idOf(int value) {
        return Arrays.stream(values()).filter(l -> l.value == value).findFirst().map(Level::id).orElse("none");
    }

    /** The id of a level that may not be assessed: {@code not assessed} for null. */
    public static String idOf(Integer value) {
        return value == null ? "not assessed" : idOf(value.intValue());
    }
}
