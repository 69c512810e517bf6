package dev.teamfit.model;

/** How the production model is retrained. */
public enum Retraining implements Named {
    NONE, MANUAL, SCHEDULED, CONTINUOUS;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
