package dev.teamfit.plan.solver;

import java.util.List;
import java.util.Map;

/**
 * A project's need for a role over one run of its months (a segment): the seats of that run share it.
 *
 * @param partners the roles that may fill this one through an overlap, each with the seed section that says so
 * @param months   the run's months, in order
 */
public record Need(String project, String role, boolean required, Map<String, Integer> skills,
                  Map<String, String> partners, List<Month> months) {

    /** A required quarter-month left unstaffed weighs this many recommended ones. */
    static final int REQUIRED_WEIGHT = 4;

    public Need {
        skills = Map.copyOf(skills);
        partners = Map.copyOf(partners);
        months = List.copyOf(months);
    }

    public int length() {
        return months.size();
    }

    public Month first() {
        return months.get(0);
    }

    public Month last() {
        return months.get(months.size() - 1);
    }

    /** What a quarter-month of this need left unstaffed weighs. */
    public int weight() {
        return required ? REQUIRED_WEIGHT : 1;
    }

    @Override
    public String toString() {
        return project + "/" + role + "@" + first() + ".." + last();
    }
}
