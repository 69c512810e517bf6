package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * A member covering a needed role.
 *
 * @param via the declared role through which they cover it: the role itself, or an overlapping one
 */
public record Coverage(String member, String role, CoverageDegree degree, String via, List<Reason> reasons)
        implements Conclusion {

    public Coverage {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(degree, "degree");
        Objects.requireNonNull(via, "via");
        reasons = List.copyOf(reasons);
    }

    public boolean isFull() {
        return degree == CoverageDegree.FULL;
    }
}
