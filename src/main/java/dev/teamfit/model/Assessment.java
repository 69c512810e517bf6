package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * What the rules concluded about one project, sorted for output: roles in catalog order, gaps by
 * severity then role, and the few actions that matter most. Immutable.
 *
 * @param characteristics the input and derived characteristics the rules saw
 * @param actions         the top actions, most pressing first: what a PM should do first
 * @param warnings        input warnings, such as unknown skills
 */
public record Assessment(Project project, List<Characteristic> characteristics, List<Responsibility> responsibilities,
                         List<RoleResult> roles, List<Gap> gaps, List<Action> actions, Summary summary,
                         List<String> warnings) {

    public Assessment {
        Objects.requireNonNull(project, "project");
        characteristics = List.copyOf(characteristics);
        responsibilities = List.copyOf(responsibilities);
        roles = List.copyOf(roles);
        gaps = List.copyOf(gaps);
        actions = List.copyOf(actions);
        Objects.requireNonNull(summary, "summary");
        warnings = List.copyOf(warnings);
    }

    /**
     * A needed role with its skill levels, who covers it and how much of it they staff.
     *
     * @param staffed     the FTE the team gives it (0 without a team)
     * @param notAssessed for each member who staffs it, the skills it needs that the file does not give for them
     */
    public record RoleResult(RoleRequirement requirement, List<SkillRequirement> skills, List<Cover> coverage,
                             double staffed, java.util.Map<String, List<String>> notAssessed) {
        public RoleResult {
            skills = List.copyOf(skills);
            coverage = List.copyOf(coverage);
            notAssessed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notAssessed));
        }

        public String role() {
            return requirement.role();
        }

        /** The FTE the role needs. */
        public double needed() {
            return requirement.fte();
        }
    }

    /** A member's coverage of a role with the FTE of their time it gets. */
    public record Cover(Coverage coverage, double fte) {
    }

    /**
     * Headline numbers. Without a team, the coverage figures are null: there is nothing to cover with.
     *
     * @param coveredRoles required roles fully covered: staffed to their FTE, every level met
     * @param partialRoles required roles someone staffs, but short of FTE or of a level
     * @param coverage     coveredRoles over requiredRoles, two decimals
     * @param staffedFte   the FTE the team gives the required roles, at most each role's need (null without a team)
     */
    public record Summary(int requiredRoles, int recommendedRoles, Integer coveredRoles, Integer partialRoles,
                          Double coverage, double requiredFte, Double staffedFte, int critical, int major, int minor) {
    }

    /** The role's result, if the project needs the role. */
    public java.util.Optional<RoleResult> role(String id) {
        return roles.stream().filter(r -> r.role().equals(id)).findFirst();
    }
}
