package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/** A responsibility the project carries, by catalog id (e.g. {@code deploy-models}). */
public record Responsibility(String id, List<Reason> reasons) implements Conclusion {

    public Responsibility {
        Objects.requireNonNull(id, "id");
        reasons = List.copyOf(reasons);
    }
}
