package dev.teamfit.plan;

import dev.teamfit.model.Reason;

import java.time.YearMonth;
import java.util.List;

/**
 * Someone filling a role on a project at the same FTE over a run of months.
 *
 * @param person a pool member's name, or a hire's id ({@link Hire#id()})
 * @param via    the role through which they fill it: the role itself, or the declared role that overlaps it
 * @param kind   whether the planner chose it, kept a booking, or placed a hire
 */
public record Assignment(String project, String person, String role, double fte, YearMonth from, YearMonth until,
                         String via, Kind kind, List<Reason> reasons) {

    /** Where an assignment comes from. */
    public enum Kind {
        /** The planner's choice of a pool member. */
        PLANNED,
        /** A booking, kept as it is. */
        BOOKED,
        /** A hire the plan proposes. */
        HIRE
    }

    public Assignment {
        reasons = List.copyOf(reasons);
    }

    /** Whether the person fills the role through an overlapping role they declare. */
    public boolean throughOverlap() {
        return !via.equals(role);
    }
}
