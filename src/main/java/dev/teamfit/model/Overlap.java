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

    /** The same overlap seen from the partner. */
    public Overlap reversed() {
        return new Overlap(partner, role, source, shared);
    }
}
