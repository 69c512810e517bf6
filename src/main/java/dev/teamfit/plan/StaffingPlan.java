package dev.teamfit.plan;

import java.util.List;

/**
 * The planner's proposal: who fills which role at what FTE month by month, whom to hire, what to train, what
 * stays unmet, each person's monthly load, and the score. Every list is sorted, so equal plans print equally.
 *
 * @param assignments by project, role, first month, person
 * @param hires       by id, which numbers them by roles, first month, last month, projects
 * @param training    by person, skill, project, role
 * @param unmet       by project, role, first month
 * @param load        by person, month
 */
public record StaffingPlan(List<Assignment> assignments, List<Hire> hires, List<Training> training,
                           List<Unmet> unmet, List<Load> load, PlanScore score) {

    public StaffingPlan {
        assignments = List.copyOf(assignments);
        hires = List.copyOf(hires);
        training = List.copyOf(training);
        unmet = List.copyOf(unmet);
        load = List.copyOf(load);
    }
}
