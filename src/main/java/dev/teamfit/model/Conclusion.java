package dev.teamfit.model;

import java.util.List;

/** A fact that a rule inserted; it carries the reasons it holds, its own rule's first. */
public interface Conclusion {

    List<Reason> reasons();
}
