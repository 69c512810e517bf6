package dev.teamfit.model;

/** How the model ships; {@code none} means it does not. */
public enum DeploymentMode implements Named {
    NONE, BATCH, ONLINE, STREAMING, EDGE;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
