package dev.teamfit.rules;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Conclusion;
import dev.teamfit.model.Gap;
import dev.teamfit.model.GapType;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.Severity;

import java.util.List;
import java.util.function.Predicate;

/**
 * Upstream facts that carry realistic input facts in their reasons, so that rule tests can check
 * a conclusion passes them on, and the checks on reasons that go with them.
 */
final class Evidence {

    private Evidence() {
    }

    /** Whether the conclusion's own reason (its rule's, always first) lists all these input facts. */
    static boolean restsOn(Conclusion conclusion, String... facts) {
        return conclusion.reasons().get(0).facts().containsAll(List.of(facts));
    }

    /** A derived characteristic, such as {@code ml-work}, resting on these input facts. */
    static Characteristic derivedFrom(String key, String... facts) {
        return new Characteristic(key, "true", List.of(upstream("TEST-CHAR", facts)));
    }

    /** A responsibility resting on these input facts. */
    static Responsibility responsibilityFrom(String id, String... facts) {
        return new Responsibility(id, List.of(upstream("TEST-RESP", facts)));
    }

    /** A required role at 1 FTE, resting on these input facts. */
    static RoleRequirement requiredFrom(String role, String... facts) {
        return new RoleRequirement(role, Priority.REQUIRED, 1.0, List.of(upstream("TEST-ROLE", facts)));
    }

    /** Matches a gap of this type, severity, role, member and skill. */
    static Predicate<Gap> gapLike(GapType type, Severity severity, String role, String member, String skill) {
        return g -> g.type() == type && g.severity() == severity && java.util.Objects.equals(g.role(), role)
                && java.util.Objects.equals(g.member(), member) && java.util.Objects.equals(g.skill(), skill);
    }

    static Reason upstream(String rule, String... facts) {
        return new Reason(rule, "test fact", "test", Reason.Basis.ESTIMATE, "", List.of(facts));
    }
}
