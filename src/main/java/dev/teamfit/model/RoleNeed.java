package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * One rule's conclusion that the project needs a role. Needs for the same role are merged into one
 * {@link RoleRequirement}: the strongest priority, the largest base FTE plus every increment.
 *
 * @param fte the base FTE this rule asks for, or the increment when {@code increment} is true
 */
public record RoleNeed(String role, Priority priority, double fte, boolean increment, List<Reason> reasons)
        implements Conclusion {

    public RoleNeed {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(priority, "priority");
        reasons = List.copyOf(reasons);
    }

    /** A need for the role at a base FTE. */
    public static RoleNeed of(String role, Priority priority, double fte, List<Reason> reasons) {
        return new RoleNeed(role, priority, fte, false, reasons);
    }

    /** More FTE for a role that other rules need; it never makes the role needed by itself. */
    public static RoleNeed more(String role, double fte, List<Reason> reasons) {
        return new RoleNeed(role, Priority.RECOMMENDED, fte, true, reasons);
    }
}
