package dev.teamfit.plan;

import java.time.YearMonth;

/** How much of a pool member the plan uses in a month: their assignments and all their bookings. */
public record Load(String person, YearMonth month, double fte) {
}
