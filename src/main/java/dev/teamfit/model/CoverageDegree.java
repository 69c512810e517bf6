package dev.teamfit.model;

/** How well a member covers a role. */
public enum CoverageDegree implements Named {
    FULL, PARTIAL
}
