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

    /** The members of coverages (objects from a DRL collect), sorted by name. */
    public static List<String> members(java.util.Collection<?> coverages) {
        return coverages.stream().map(c -> ((Coverage) c).member()).distinct().sorted().toList();
    }

    public boolean isFull() {
        return degree == CoverageDegree.FULL;
    }
}
