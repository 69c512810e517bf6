package dev.teamfit.engine;

import dev.teamfit.model.Named;

import java.util.Optional;

/**
 * The steps of the inference chain (SPEC §3), in firing order. Each rule names its stage with
 * {@code ruleflow-group "<id>"}; a stage fires only when the stages before it are done, so its
 * rules see every conclusion of those stages.
 */
public enum Stage implements Named {
    CHARACTERISTICS,
    RESPONSIBILITIES,
    ROLES,
    ROLE_REQUIREMENTS,
    SKILLS,
    SKILL_REQUIREMENTS,
    COVERAGE,
    STAFFING,
    GAPS;

    public static Optional<Stage> of(String id) {
        return Named.byId(Stage.class, id);
    }
}
