package dev.teamfit.model;

/** How much the business depends on the project. */
public enum Criticality implements Named {
    LOW, MEDIUM, HIGH, MISSION_CRITICAL;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
