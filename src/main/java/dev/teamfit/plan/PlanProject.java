package dev.teamfit.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A project to staff: the roles it needs over a run of whole months.
 *
 * @param id     unique among the request's projects
 * @param start  its first month
 * @param months how many months it runs, at least 1
 * @param roles  what it needs; at most one need per role
 */
public record PlanProject(String id, String name, YearMonth start, int months, List<RoleNeed> roles) {

    public PlanProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        if (months < 1) {
            throw new IllegalArgumentException("project " + id + " runs " + months + " months: at least 1");
        }
        roles = List.copyOf(roles);
        if (roles.stream().map(RoleNeed::role).distinct().count() != roles.size()) {
            throw new IllegalArgumentException("project " + id + " needs a role twice: merge the needs first");
        }
    }

    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }
}
