package dev.teamfit.model;

/** How far known methods solve the problem; {@code novel} means none does. */
public enum Novelty implements Named {
    ESTABLISHED, ADAPTED, NOVEL;

    @Override
    public String id() {
        return Named.kebab(this);
    }
}
