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
     * @param fteCovered  FTE their teams cover (full coverage counts whole, partial half)
     * @param uncovered   requiring projects where nobody covers it
     */
    public record RoleDemand(String role, int required, int recommended, double fteNeeded, double fteCovered,
                             double fteUncovered, int uncovered) {
    }

    /** A project's risk: its gaps by severity and its coverage (null without a team). */
    public record Risk(String project, String name, int critical, int major, int minor, Double coverage) {
    }

    /** A role that several projects lack: a shared team could serve them all. */
    public record SharedTeam(String role, int projects, double fte) {
    }
}
