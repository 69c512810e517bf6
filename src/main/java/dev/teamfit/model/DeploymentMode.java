package dev.teamfit.model;

/** How the model ships; {@code none} means it does not. */
public enum DeploymentMode implements Named {
    NONE, BATCH, ONLINE, STREAMING, EDGE;

    @Override
    public String id() {
        return Named.kebab(this);
    }

    /** Whether the mode serves requests, the only case where a latency budget means anything. */
    public boolean servesRequests() {
        return this == ONLINE || this == STREAMING || this == EDGE;
    }
}
