package dev.teamfit.model;

/** The kinds of gap; ids are the upper-case names used in output. */
public enum GapType implements Named {
    MISSING_ROLE,
    UNDERSTAFFED,
    PARTIAL_COVERAGE,
    SKILL_BELOW_LEVEL,
    MISSING_SKILL,
    SINGLE_POINT_OF_FAILURE,
    OVERALLOCATED,
    UNNEEDED_ROLE;

    @Override
    public String id() {
        return name();
    }
}
