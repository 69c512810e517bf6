package dev.teamfit.model;

/** How much a gap threatens the project, most severe first. */
public enum Severity implements Named {
    CRITICAL, MAJOR, MINOR
}
