package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * A shortfall of the team against the project's needs (SPEC §3).
 *
 * @param role   the role concerned, or null
 * @param member the member concerned, or null
 * @param skill  the skill concerned, or null
 * @param have   the member's or the team's best level in the skill (0 for none), or null
 * @param need   the level needed, or null
 */
public record Gap(GapType type, Severity severity, String role, String member, String skill, Integer have,
                  Level need, Suggestion suggestion, List<Reason> reasons) implements Conclusion {

    public Gap {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(suggestion, "suggestion");
        reasons = List.copyOf(reasons);
    }

    /** A role nobody covers. */
    public static Gap missingRole(String role, Severity severity, Suggestion suggestion, List<Reason> reasons) {
        return new Gap(GapType.MISSING_ROLE, severity, role, null, null, null, null, suggestion, reasons);
    }

    /** A required role covered only partially. */
    public static Gap partialCoverage(String role, Suggestion suggestion, List<Reason> reasons) {
        return new Gap(GapType.PARTIAL_COVERAGE, Severity.MAJOR, role, null, null, null, null, suggestion, reasons);
    }

    /** A member covering a role below a level it needs. */
    public static Gap skillBelowLevel(String role, String member, String skill, int have, Level need, Severity severity,
                                      Suggestion suggestion, List<Reason> reasons) {
        return new Gap(GapType.SKILL_BELOW_LEVEL, severity, role, member, skill, have, need, suggestion, reasons);
    }

    /** A skill nobody on the team holds at the level a role needs; {@code best} is the team's best level. */
    public static Gap missingSkill(String role, String skill, int best, Level need, Suggestion suggestion,
                                   List<Reason> reasons) {
        return new Gap(GapType.MISSING_SKILL, Severity.MAJOR, role, null, skill, best, need, suggestion, reasons);
    }

    /** A required role that one person alone covers on a critical project. */
    public static Gap singlePointOfFailure(String role, String member, Suggestion suggestion, List<Reason> reasons) {
        return new Gap(GapType.SINGLE_POINT_OF_FAILURE, Severity.MAJOR, role, member, null, null, null, suggestion,
                reasons);
    }

    /** A member asked for more than one person can give. */
    public static Gap overallocated(String member, Suggestion suggestion, List<Reason> reasons) {
        return new Gap(GapType.OVERALLOCATED, Severity.MAJOR, null, member, null, null, null, suggestion, reasons);
    }

    /** A member's declared role the project does not need. */
    public static Gap unneededRole(String role, String member, Suggestion suggestion, List<Reason> reasons) {
        return new Gap(GapType.UNNEEDED_ROLE, Severity.MINOR, role, member, null, null, null, suggestion, reasons);
    }

    /** What is wrong, as a sentence using the catalog's names. */
    public String message(Catalog catalog) {
        String roleName = role == null ? null : catalog.roleName(role);
        return switch (type) {
            case MISSING_ROLE -> "No one on the team covers the " + roleName + " role.";
            case PARTIAL_COVERAGE -> "The " + roleName + " role is only partly covered.";
            case SKILL_BELOW_LEVEL -> member + " covers " + roleName + " but has " + catalog.skillName(skill)
                    + " at " + Level.idOf(have) + "; the role needs " + need.id() + ".";
            case MISSING_SKILL -> "No one on the team has " + catalog.skillName(skill) + " at " + need.id()
                    + " or above, which the " + roleName + " role needs.";
            case SINGLE_POINT_OF_FAILURE -> "Only " + member + " covers the " + roleName
                    + " role on a project this critical.";
            case OVERALLOCATED -> suggestion instanceof Suggestion.Rebalance r
                    ? r.problem(catalog) : member + " is overallocated.";
            case UNNEEDED_ROLE -> member + " declares the " + roleName + " role, which this project does not need.";
        };
    }
}
