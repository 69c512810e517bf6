package dev.teamfit.model;

/** Data size: small under 10 GB, medium under 1 TB, large under 100 TB, massive beyond. */
public enum DataVolume implements Named {
    SMALL, MEDIUM, LARGE, MASSIVE;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
