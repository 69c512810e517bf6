package dev.teamfit.model;

import java.util.Comparator;
import java.util.List;

/** The project's need for one role, merged from every {@link RoleNeed} for it. */
public record RoleRequirement(String role, Priority priority, double fte, List<Reason> reasons)
        implements Conclusion {

    /** FTE estimates are given in quarters of a full-time person. */
    public static final double FTE_STEP = 0.25;

    public RoleRequirement {
        reasons = List.copyOf(reasons);
    }

    public boolean isRequired() {
        return priority == Priority.REQUIRED;
    }

    /**
     * Merges the needs for one role: required if any need requires it, the largest base FTE plus
     * the increments, rounded to a quarter, at least a quarter. Null when only increments exist.
     */
    public static RoleRequirement merge(String role, List<RoleNeed> needs) {
        List<RoleNeed> base = needs.stream().filter(n -> !n.increment()).toList();
        if (base.isEmpty()) {
            return null;
        }
        Priority priority = base.stream().map(RoleNeed::priority).min(Comparator.naturalOrder()).orElseThrow();
        double fte = base.stream().mapToDouble(RoleNeed::fte).max().orElse(0)
                + needs.stream().filter(RoleNeed::increment).mapToDouble(RoleNeed::fte).sum();
        fte = Math.max(FTE_STEP, Math.round(fte / FTE_STEP) * FTE_STEP);
        // A canonical order, whatever order the rules fired in, so that the output is the same bytes.
        List<RoleNeed> ordered = Reason.sortByText(needs, Comparator.comparing(RoleNeed::increment)
                .thenComparing(RoleNeed::priority), RoleNeed::reasons);
        return new RoleRequirement(role, priority, fte, Reason.merge(ordered.stream().map(RoleNeed::reasons).toList()));
    }
}
