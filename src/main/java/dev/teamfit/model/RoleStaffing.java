package dev.teamfit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The time a role gets from the team: each member's share of their allocation given to it.
 *
 * @param shares FTE by member name, in team order; a member who could cover it but has no time left is absent
 */
public record RoleStaffing(String role, double needed, double staffed, Map<String, Double> shares, List<Reason> reasons)
        implements Conclusion {

    public RoleStaffing {
        Objects.requireNonNull(role, "role");
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
        reasons = List.copyOf(reasons);
    }

    /** Whether the role gets less time than it needs (by more than rounding). */
    public boolean isUnderstaffed() {
        return staffed < needed - 0.005;
    }

    /** The members who give it time, in team order. */
    public List<String> members() {
        return List.copyOf(shares.keySet());
    }
}
