package dev.teamfit.plan;

import dev.teamfit.model.Overlap;

import java.util.List;
import java.util.Objects;

/**
 * What the planner staffs, with whom, and how.
 *
 * @param overlaps who may stand in for whom: a person who declares an overlap's {@code partner} may fill its
 *                 {@code role}. Pass each of the catalog's overlaps both ways ({@link Overlap#reversed()});
 *                 a hire fills several roles only where they all overlap each other
 */
public record PlanRequest(List<PlanProject> projects, List<Person> people, List<Booking> bookings,
                          List<Overlap> overlaps, Hiring hiring, Limits limits) {

    public PlanRequest {
        projects = List.copyOf(projects);
        people = List.copyOf(people);
        bookings = List.copyOf(bookings);
        overlaps = List.copyOf(overlaps);
        Objects.requireNonNull(hiring, "hiring");
        Objects.requireNonNull(limits, "limits");
    }
}
