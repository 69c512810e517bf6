package dev.teamfit.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the inference chain (SPEC §3), in firing order. Each rule names its stage with
 * {@code ruleflow-group "<id>"}; a stage fires only when the stages before it are done, so its
 * rules see every conclusion of those stages.
 */
public enum Stage {
    CHARACTERISTICS("characteristics"),
    RESPONSIBILITIES("responsibilities"),
    ROLES("roles"),
    ROLE_REQUIREMENTS("role-requirements"),
    SKILLS("skills"),
    SKILL_REQUIREMENTS("skill-requirements"),
    COVERAGE("coverage"),
    STAFFING("staffing"),
    GAPS("gaps");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The stage's ruleflow-group name. */
    public String id() {
        return id;
    }

    public static Optional<Stage> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
