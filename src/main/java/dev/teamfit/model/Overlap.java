package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * An overlap the seed describes between two roles, seen from {@code role}: a member who declares
 * {@code partner} can partly stand in for {@code role}. The engine inserts each overlap both ways.
 *
 * @param shared the skills the seed says both roles use
 */
public record Overlap(String role, String partner, String source, List<String> shared) {

    public Overlap {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(source, "source");
        shared = List.copyOf(shared);
    }

    /** The members (objects from a DRL collect) who declare a partner role of one of the overlaps. */
    public static List<Member> candidates(java.util.Collection<?> overlaps, java.util.Collection<?> members) {
        return members.stream().map(m -> (Member) m)
                .filter(m -> overlaps.stream().anyMatch(o -> m.declares(((Overlap) o).partner())))
                .toList();
    }

    /** The first overlap (objects from a DRL collect) whose partner role the member declares. */
    public static Overlap through(java.util.Collection<?> overlaps, Member member) {
        return overlaps.stream().map(o -> (Overlap) o).filter(o -> member.declares(o.partner()))
                .min(java.util.Comparator.comparing(Overlap::partner)).orElseThrow();
    }

    /** The same overlap seen from the partner. */
    public Overlap reversed() {
        return new Overlap(partner, role, source, shared);
    }
}
