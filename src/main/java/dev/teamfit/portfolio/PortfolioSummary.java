package dev.teamfit.portfolio;

import dev.teamfit.model.MemberLoad;

import java.util.List;

/**
 * What a portfolio needs as a whole: demand per role, people booked over full time, the riskiest
 * projects, and roles that enough projects lack to justify a shared team.
 *
 * @param inputs   every input: projects assessed plus errors
 * @param roles    demand per role, in catalog order, for roles some project needs
 * @param risks    the riskiest projects, most at risk first (at most the number asked for)
 * @param shared   roles uncovered in {@link #SHARED_TEAM_THRESHOLD} or more projects
 */
public record PortfolioSummary(int inputs, int projects, int errors, int critical, int major, int minor,
                               List<RoleDemand> roles, List<MemberLoad> overallocated, List<Risk> risks,
                               List<SharedTeam> shared) {

    /** A role uncovered in this many projects is a candidate for a shared team. */
    public static final int SHARED_TEAM_THRESHOLD = 3;

    public PortfolioSummary {
        roles = List.copyOf(roles);
        overallocated = List.copyOf(overallocated);
        risks = List.copyOf(risks);
        shared = List.copyOf(shared);
    }

    /**
     * Demand for one role over the portfolio.
     *
     * @param required    projects that require it
     * @param recommended projects that only recommend it
     * @param fteNeeded   FTE the requiring projects need
     * @param fteStaffed  FTE their teams give it, at most each project's need (as {@code assess} counts it)
     * @param uncovered   requiring projects where nobody staffs it
     */
    public record RoleDemand(String role, int required, int recommended, double fteNeeded, double fteStaffed,
                             double fteUnstaffed, int uncovered) {
    }

    /**
     * A project's risk, teamfit's estimate: {@code weight x (unstaffed required FTE + critical gaps +
     * major gaps / 4)}, where the weight is 1, 2, 3 or 4 for low, medium, high and mission-critical
     * projects. A project without a team has all its required FTE unstaffed.
     *
     * @param staffed whether the project has a team yet
     */
    public record Risk(String project, String name, String criticality, double score, double unstaffedFte,
                       int critical, int major, int minor, boolean staffed) {
    }

    /** A role that several projects lack: a shared team could serve them all. */
    public record SharedTeam(String role, int projects, double fte) {
    }
}
