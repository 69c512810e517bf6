package dev.teamfit.model;

/** How much a project needs a role. */
public enum Priority implements Named {
    REQUIRED, RECOMMENDED
}
