package dev.teamfit.model;

/** The modelling approach, when known. */
public enum Approach implements Named {
    CLASSICAL, DEEP_LEARNING, FOUNDATION_MODEL;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
