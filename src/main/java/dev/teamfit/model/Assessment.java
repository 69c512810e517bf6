package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * What the rules concluded about one project, sorted for output: roles in catalog order, gaps by
 * severity then role. Immutable.
 *
 * @param characteristics the input and derived characteristics the rules saw
 * @param warnings        input warnings, such as unknown skills
 */
public record Assessment(Project project, List<Characteristic> characteristics, List<Responsibility> responsibilities,
                         List<RoleResult> roles, List<Gap> gaps, Summary summary, List<String> warnings) {

    public Assessment {
        Objects.requireNonNull(project, "project");
        characteristics = List.copyOf(characteristics);
        responsibilities = List.copyOf(responsibilities);
        roles = List.copyOf(roles);
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(summary, "summary");
        warnings = List.copyOf(warnings);
    }

    /** A needed role with its skill levels and who covers it. */
    public record RoleResult(RoleRequirement requirement, List<SkillRequirement> skills, List<Cover> coverage) {
        public RoleResult {
            skills = List.copyOf(skills);
            coverage = List.copyOf(coverage);
        }

        public String role() {
            return requirement.role();
        }
    }

    /** A member's coverage of a role with the share of their allocation it takes. */
    public record Cover(Coverage coverage, double fte) {
    }

    /**
     * Headline numbers. Without a team, the coverage figures are null: there is nothing to cover with.
     *
     * @param coveredRoles required roles someone covers fully
     * @param partialRoles required roles covered only partially
     * @param coverage     coveredRoles over requiredRoles, two decimals
     */
    public record Summary(int requiredRoles, int recommendedRoles, Integer coveredRoles, Integer partialRoles,
                          Double coverage, double requiredFte, int critical, int major, int minor) {
    }

    /** The role's result, if the project needs the role. */
    public java.util.Optional<RoleResult> role(String id) {
        return roles.stream().filter(r -> r.role().equals(id)).findFirst();
    }
}
