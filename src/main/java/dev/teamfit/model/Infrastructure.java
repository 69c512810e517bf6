package dev.teamfit.model;

/** Where the system runs. */
public enum Infrastructure implements Named {
    CLOUD, ON_PREM, HYBRID;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
