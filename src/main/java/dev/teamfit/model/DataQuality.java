package dev.teamfit.model;

/** How clean and complete the data is. */
public enum DataQuality implements Named {
    POOR, FAIR, GOOD;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
