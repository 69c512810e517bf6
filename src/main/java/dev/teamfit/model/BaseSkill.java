package dev.teamfit.model;

import java.util.Objects;

/**
 * A skill a role needs on any project, at a base level, as the catalog gives it: project
 * characteristics may raise the level, never lower it. For a role the seed describes, the entry quotes
 * the role's own Knowledge or Skills line and its level is teamfit's reading of the line's qualifier
 * (the catalog's qualifier table); for the business-side roles, which the seed only names, the level
 * is teamfit's estimate, with its rationale.
 *
 * @param source    the seed section the entry rests on or relates to
 * @param line      the seed's line, word for word, or empty for an estimate
 * @param qualifier the words of the line the level was read from ("Strong understanding", "Building"), or empty
 * @param rationale why teamfit estimates the level, for an entry without a line; else empty
 */
public record BaseSkill(String role, String skill, Level level, String source, String line, String qualifier,
                        String rationale) {

    public BaseSkill {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
    }

    /** A base skill read from a line of the seed, at the level its qualifier reads as. */
    public static BaseSkill quoting(String role, String skill, String source, String line, Catalog.Reading reading) {
        return new BaseSkill(role, skill, reading.qualifier().level(), source, line, reading.words(), "");
    }

    /** A base skill at a level teamfit estimates. */
    public static BaseSkill estimated(String role, String skill, Level level, String source, String rationale) {
        return new BaseSkill(role, skill, level, source, "", "", rationale);
    }

    /** Whether the entry quotes the seed's line rather than being teamfit's estimate. */
    public boolean quotes() {
        return !line.isEmpty();
    }

    /**
     * What the level rests on, for a reason's facts: the seed's line and the qualifier it was read from
     * ({@code the seed says "Statistics and Probability: Strong understanding of ...", and "Strong
     * understanding" reads as proficient}), or teamfit's estimate and why.
     */
    public String says() {
        return quotes()
                ? "the seed says \"" + line + "\", and \"" + qualifier + "\" reads as " + level.id() + " (teamfit's reading)"
                : "teamfit estimate: " + rationale;
    }

    /** As a reason's fact: {@code data-scientist needs statistics at proficient (Data Scientist / Knowledge)}. */
    @Override
    public String toString() {
        return role + " needs " + skill + " at " + level.id() + " (" + source + ")";
    }
}
