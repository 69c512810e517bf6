package dev.teamfit.plan;

import dev.teamfit.model.Reason;

import java.util.List;

/** An assigned or booked person below a level their role on a project needs: train from one level to the other. */
public record Training(String person, String skill, int fromLevel, int toLevel, String role, String project,
                       List<Reason> reasons) {

    public Training {
        reasons = List.copyOf(reasons);
    }
}
