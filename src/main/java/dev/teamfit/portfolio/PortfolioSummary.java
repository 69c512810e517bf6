package dev.teamfit.portfolio;

import java.util.List;

/**
 * What a portfolio needs as a whole: demand per role, the people on several projects, the riskiest
 * projects, roles that enough projects lack to justify a shared team, the paths left out, and, for a
 * what-if run, what the change does to the portfolio.
 *
 * @param inputs  every input: projects assessed plus errors
 * @param roles   demand per role, in catalog order, for roles some project needs
 * @param people  everyone on two or more projects, by name, each with their projects in full
 * @param risks   the riskiest projects, most at risk first (at most the number asked for)
 * @param skipped paths a folder walk left out (the first {@link #SKIPPED_SHOWN}) and how many in all
 * @param whatIf  for {@code --set}: the change against the unchanged portfolio, or null
 */
public record PortfolioSummary(int inputs, int projects, int errors, int critical, int major, int minor,
                               List<RoleDemand> roles, List<Person> people, List<Risk> risks,
                               Skipped skipped, WhatIf whatIf) {

    /** A role uncovered in this many projects is a candidate for a shared team. */
    public static final int SHARED_TEAM_THRESHOLD = 3;
    /** Skipped paths the summary lists; the notes on stderr give every one. */
    public static final int SKIPPED_SHOWN = 1000;

    public PortfolioSummary {
        roles = List.copyOf(roles);
        people = List.copyOf(people);
        risks = List.copyOf(risks);
    }

    /** Roles uncovered in {@link #SHARED_TEAM_THRESHOLD} or more projects, in catalog order. */
    public List<SharedTeam> shared() {
        return roles.stream().filter(d -> d.uncovered() >= SHARED_TEAM_THRESHOLD)
                .map(d -> new SharedTeam(d.role(), d.uncovered(), d.fteUnstaffed())).toList();
    }

    /** The people allocated over one FTE in all. */
    public List<Person> overallocated() {
        return people.stream().filter(p -> p.over() > 0).toList();
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
     * A person on several projects.
     *
     * @param member     their name, as the first project that has them spells it
     * @param projects   the ids of their projects, sorted: all of them
     * @param fte        their allocations summed over those projects
     * @param over       how far that is over one FTE (0 when it is not)
     * @param overMonths the runs of months in which their allocations overlap to more than one FTE, when
     *                   every one of their projects has a start and a duration; null when some do not
     */
    public record Person(String member, List<String> projects, double fte, double over, List<Months> overMonths) {
        public Person {
            projects = List.copyOf(projects);
            overMonths = overMonths == null ? null : List.copyOf(overMonths);
        }
    }

    /** Consecutive months ({@code YYYY-MM}, inclusive) with the highest allocation in them. */
    public record Months(String from, String to, double peak) {
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

    /** Paths a folder walk left out: how many, and the first few with why. */
    public record Skipped(int count, List<Inputs.Skipped> first) {
        public Skipped {
            first = List.copyOf(first);
        }

        public static final Skipped NONE = new Skipped(0, List.of());
    }

    /**
     * What a change to every project ({@code --set}) does to the portfolio, against the same projects
     * unchanged. Projects the change makes invalid are errors; a project valid only with the change is
     * left out of the comparison.
     *
     * @param changes  the changes, as given ({@code deployment.retraining=continuous})
     * @param compared projects assessed both ways
     * @param roles    per role whose demand changes: before and after, in catalog order
     * @param risks    the riskiest projects after the change, then those that left the ranking
     */
    public record WhatIf(List<String> changes, int compared, List<RoleChange> roles, List<RiskChange> risks) {
        public WhatIf {
            changes = List.copyOf(changes);
            roles = List.copyOf(roles);
            risks = List.copyOf(risks);
        }
    }

    /** A role's demand before and after a change. */
    public record RoleChange(String role, RoleDemand before, RoleDemand after) {
    }

    /**
     * A project's place in the risk ranking before and after a change.
     *
     * @param rank       its rank after the change, or null when it left the ranking
     * @param rankBefore its rank before, or null when it was not ranked
     */
    public record RiskChange(String project, String name, Integer rank, Integer rankBefore, double score,
                             double scoreBefore) {
    }
}
