package dev.teamfit.plan;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An allocation that already exists and that the planner keeps as it is: a pool member who is already on a
 * project's team. On a project of the plan it counts as staffing of that role; everywhere it takes that
 * much of the person's availability.
 *
 * @param person a pool member's name
 * @param fte    a positive multiple of 0.25
 * @param from   its first month, or null: the project's first month when the project is in the plan,
 *               else the plan's first month
 * @param until  its last month, or null: the project's last month when the project is in the plan, else
 *               the plan's last month
 */
public record Booking(String person, String project, String role, double fte, YearMonth from, YearMonth until) {

    public Booking {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(role, "role");
        Quarters.of(fte, "fte of the booking of " + person + " on " + project);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the booking of " + person + " on " + project + " ends before it starts");
        }
    }

    /** A booking over the whole project (or the whole plan, for a project outside it). */
    public Booking(String person, String project, String role, double fte) {
        this(person, project, role, fte, null, null);
    }
}
