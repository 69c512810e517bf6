package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * A shortfall of the team against the project's needs. A shortfall is one gap: at most one per role
 * and type for a role's gaps (missing, understaffed, partly covered, missing skill, single point of
 * failure), one per member and skill for a member's skill gap, one per member for their load, and one
 * per member and role for a role they declare that the project does not need. Its severity follows one
 * rule, {@link #rate}.
 *
 * @param role       the role concerned, or null
 * @param member     the member concerned, or null
 * @param skill      the skill concerned, or null (a gap about several skills lists them in {@code shortfalls})
 * @param have       the member's or the team's best level in the skill (0 for none, null when not assessed)
 * @param need       the level needed, or null
 * @param shortfalls the skill levels a role's people fall short of, for a gap about a role's skills
 * @param staffed    for a role's FTE, what its people give it
 * @param needed     for a role's FTE, what it needs
 * @param action     what to do about it, once teamfit's advice has been worked out (null before)
 */
public record Gap(GapType type, Severity severity, String role, String member, String skill, Integer have, Level need,
                  List<Shortfall> shortfalls, Double staffed, Double needed, Action action, List<Reason> reasons)
        implements Conclusion {

    public Gap {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        shortfalls = List.copyOf(shortfalls);
        reasons = List.copyOf(reasons);
    }

    /**
     * teamfit's severity rule (an estimate, stated in the README): a required role nobody staffs is
     * critical; a required role at most half staffed, two or more levels short, or short of a level
     * nobody on the team has, a person booked over full time, and a single point of failure on a
     * mission-critical project are major; everything else is minor. A recommended role's gaps are at
     * most minor, and on a mission-critical project a required role's minor gaps are major.
     *
     * @param serious whether the shortfall is serious by the rule above (half staffed or less, two or more
     *                levels short, a skill nobody has)
     */
    public static Severity rate(GapType type, boolean required, String criticality, boolean serious) {
        Severity base = switch (type) {
            case MISSING_ROLE -> Severity.CRITICAL;
            case OVERALLOCATED -> Severity.MAJOR;
            case SKILL_BELOW_LEVEL, UNNEEDED_ROLE -> Severity.MINOR;
            default -> serious ? Severity.MAJOR : Severity.MINOR;
        };
        if (!required) {
            return Severity.MINOR;
        }
        boolean roleGap = type != GapType.SKILL_BELOW_LEVEL && type != GapType.UNNEEDED_ROLE
                && type != GapType.OVERALLOCATED;
        return base == Severity.MINOR && roleGap && "mission-critical".equals(criticality) ? Severity.MAJOR : base;
    }

    /** A role nobody staffs. */
    public static Gap missingRole(String role, boolean required, double needed, List<Reason> reasons) {
        return new Gap(GapType.MISSING_ROLE, rate(GapType.MISSING_ROLE, required, null, true), role, null, null,
                null, null, List.of(), 0.0, needed, null, reasons);
    }

    /** A role whose people give it less time than it needs. */
    public static Gap understaffed(String role, boolean required, String criticality, double staffed, double needed,
                                   List<Reason> reasons) {
        return new Gap(GapType.UNDERSTAFFED, rate(GapType.UNDERSTAFFED, required, criticality,
                staffed <= needed / 2), role, null, null, null, null, List.of(), staffed, needed, null, reasons);
    }

    /**
     * A role whose people fall short of levels it needs that someone on the team has, or whose levels
     * nobody assessed; or, when {@code missing}, of levels nobody on the team has.
     */
    public static Gap skills(String role, boolean missing, boolean required, String criticality,
                             List<Shortfall> shortfalls, List<Reason> reasons) {
        GapType type = missing ? GapType.MISSING_SKILL : GapType.PARTIAL_COVERAGE;
        boolean serious = missing || shortfalls.stream().anyMatch(s -> s.levels() >= 2);
        Shortfall only = shortfalls.size() == 1 ? shortfalls.get(0) : null;
        return new Gap(type, rate(type, required, criticality, serious), role, null,
                only == null ? null : only.skill(), only == null ? null : only.have(), only == null ? null : only.need(),
                shortfalls, null, null, null, reasons);
    }

    /** A member two or more levels below a skill level that a teammate on the same role reaches. */
    public static Gap skillBelowLevel(String role, String member, String skill, int have, Level need,
                                      List<Reason> reasons) {
        return new Gap(GapType.SKILL_BELOW_LEVEL, Severity.MINOR, role, member, skill, have, need, List.of(), null,
                null, null, reasons);
    }

    /** A required role that one person alone staffs on a critical project. */
    public static Gap singlePointOfFailure(String role, String member, String criticality, List<Reason> reasons) {
        return new Gap(GapType.SINGLE_POINT_OF_FAILURE, rate(GapType.SINGLE_POINT_OF_FAILURE, true, criticality,
                false), role, member, null, null, null, List.of(), null, null, null, reasons);
    }

    /** A member asked for more than one person can give: over 1 FTE in all, or three or more required roles. */
    public static Gap overallocated(String member, List<Reason> reasons) {
        return new Gap(GapType.OVERALLOCATED, Severity.MAJOR, null, member, null, null, null, List.of(), null, null,
                null, reasons);
    }

    /** A member's declared role the project does not need. */
    public static Gap unneededRole(String role, String member, List<Reason> reasons) {
        return new Gap(GapType.UNNEEDED_ROLE, Severity.MINOR, role, member, null, null, null, List.of(), null, null,
                null, reasons);
    }

    /** The same gap with teamfit's advice on it. */
    public Gap advised(Action advice) {
        return new Gap(type, severity, role, member, skill, have, need, shortfalls, staffed, needed, advice, reasons);
    }

    /** What is wrong, as a sentence using the catalog's names. */
    public String message(Catalog catalog) {
        String roleName = role == null ? null : catalog.roleName(role);
        return switch (type) {
            case MISSING_ROLE -> "No one on the team staffs the " + roleName + " role (" + Fte.format(needed)
                    + " FTE needed).";
            case UNDERSTAFFED -> "The " + roleName + " role has " + Fte.format(staffed) + " of the "
                    + Fte.format(needed) + " FTE it needs.";
            case PARTIAL_COVERAGE -> "The people on the " + roleName + " role fall short of " + levels(catalog) + ".";
            case MISSING_SKILL -> "No one on the team has " + levels(catalog) + ", which the " + roleName
                    + " role needs.";
            case SKILL_BELOW_LEVEL -> member + " works as " + roleName + " with " + catalog.skillName(skill) + " at "
                    + Level.idOf(have) + ", two or more levels under the " + need.id() + " it needs.";
            case SINGLE_POINT_OF_FAILURE -> "Only " + member + " staffs the " + roleName
                    + " role on a project this critical.";
            case OVERALLOCATED -> action instanceof Action.Rebalance r ? r.problem(catalog)
                    : member + " is asked for more than one person can give.";
            case UNNEEDED_ROLE -> member + " declares the " + roleName + " role, which this project does not need.";
        };
    }

    /** "statistics at competent (best advanced-beginner) and ETL at competent (best none)". */
    private String levels(Catalog catalog) {
        return Text.series(shortfalls.stream().map(s -> catalog.skillName(s.skill()) + " at " + s.need().id()
                + " (best " + Level.idOf(s.have()) + ")").toList(), "and");
    }
}
