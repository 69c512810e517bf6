package dev.teamfit.engine;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Member;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.RoleRequirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fires one rule of the bundled rule base alone over hand-made facts and checks what it inserted,
 * in the manner of Timefold's ConstraintVerifier:
 * <pre>{@code
 * RuleVerifier.rule("ROLE-002").given(responsibility("integrate-models"))
 *         .inserts(RoleNeed.class, n -> n.role().equals("ml-engineer"));
 * }</pre>
 * An unknown rule id fails the test, so a test cannot silently verify nothing.
 */
public final class RuleVerifier {

    private final String ruleId;

    private RuleVerifier(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The verifier for the rule with this {@code @id}. */
    public static RuleVerifier rule(String ruleId) {
        return new RuleVerifier(ruleId);
    }

    /** The bundled rule base, compiled once for all rule tests. */
    public static RuleBase bundled() {
        try {
            return RuleBase.bundled();
        } catch (RuleBuildException e) {
            throw new AssertionError("the bundled rules do not compile:\n" + e.getMessage(), e);
        }
    }

    /** Fires the rule over these facts. */
    public Fired given(Object... facts) {
        return new Fired(ruleId, bundled().fireOnly(ruleId, Arrays.asList(facts)));
    }

    /** What one firing inserted. */
    public static final class Fired {
        private final String ruleId;
        private final List<Object> inserted;

        Fired(String ruleId, List<Object> inserted) {
            this.ruleId = ruleId;
            this.inserted = List.copyOf(inserted);
        }

        /** Everything the rule inserted. */
        public List<Object> inserted() {
            return inserted;
        }

        /** The inserted facts of a type. */
        public <T> List<T> all(Class<T> type) {
            return inserted.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** Asserts the rule inserted a fact of the type that matches, with reasons naming this rule. */
        public <T> Fired inserts(Class<T> type, Predicate<T> matching) {
            List<T> found = all(type).stream().filter(matching).toList();
            if (found.isEmpty()) {
                fail(ruleId + " should have inserted a matching " + type.getSimpleName() + "; it inserted " + inserted);
            }
            for (T fact : found) {
                if (fact instanceof dev.teamfit.model.Conclusion c) {
                    assertTrue(!c.reasons().isEmpty() && c.reasons().stream().map(Reason::rule).anyMatch(ruleId::equals),
                            ruleId + " should be among the reasons of " + fact);
                }
            }
            return this;
        }

        /** Asserts the rule inserted exactly {@code count} facts of the type. */
        public <T> Fired insertsCount(Class<T> type, int count) {
            assertEquals(count, all(type).size(), ruleId + " inserted " + inserted);
            return this;
        }

        /** Asserts the rule did not fire (inserted nothing). */
        public void insertsNothing() {
            assertTrue(inserted.isEmpty(), ruleId + " should not have fired; it inserted " + inserted);
        }
    }

    // Fact builders for tests.

    /** An input characteristic. */
    public static Characteristic fact(String key, Object value) {
        return Characteristic.input(key, value);
    }

    /** A characteristic a rule derived. */
    public static Characteristic derived(String key) {
        return new Characteristic(key, "true", List.of(reason("TEST-CHAR")));
    }

    public static Responsibility responsibility(String id) {
        return new Responsibility(id, List.of(reason("TEST-RESP")));
    }

    public static RoleRequirement required(String role) {
        return new RoleRequirement(role, Priority.REQUIRED, 1.0, List.of(reason("TEST-ROLE")));
    }

    public static RoleRequirement recommended(String role) {
        return new RoleRequirement(role, Priority.RECOMMENDED, 0.5, List.of(reason("TEST-ROLE")));
    }

    /** A member; skills as alternating id and level: {@code member(0, "Ana", List.of("data-scientist"), "statistics", 4)}. */
    public static Member member(int index, String name, List<String> roles, Object... skills) {
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < skills.length; i += 2) {
            levels.put((String) skills[i], (Integer) skills[i + 1]);
        }
        return new Member(index, name, roles, 1.0, levels);
    }

    /** A skill requirement of a role. */
    public static dev.teamfit.model.SkillRequirement skill(String role, String skill, dev.teamfit.model.Level level) {
        return new dev.teamfit.model.SkillRequirement(role, skill, level, List.of(reason("TEST-SKILL")));
    }

    /** A member's coverage of a role, directly or through another role. */
    public static dev.teamfit.model.Coverage covers(String member, String role, dev.teamfit.model.CoverageDegree degree,
                                                    String via) {
        return new dev.teamfit.model.Coverage(member, role, degree, via, List.of(reason("TEST-COV")));
    }

    /** A role's staffing: the FTE it needs and each member's share, as COV-010 concludes it. */
    public static dev.teamfit.model.RoleStaffing staffing(String role, double needed, Object... shares) {
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < shares.length; i += 2) {
            map.put((String) shares[i], ((Number) shares[i + 1]).doubleValue());
            sum += ((Number) shares[i + 1]).doubleValue();
        }
        return new dev.teamfit.model.RoleStaffing(role, needed, sum, map, List.of(reason("TEST-STAFF")));
    }

    /** A member with an allocation. */
    public static Member member(int index, String name, double allocation, List<String> roles, Object... skills) {
        Member m = member(index, name, roles, skills);
        return new Member(index, name, roles, allocation, m.skills());
    }

    /** The catalog's overlap between two roles, seen from {@code role}. */
    public static dev.teamfit.model.Overlap overlap(String role, String partner) {
        return bundled().catalog().overlaps().stream()
                .flatMap(o -> java.util.stream.Stream.of(o, o.reversed()))
                .filter(o -> o.role().equals(role) && o.partner().equals(partner))
                .findFirst().orElseThrow(() -> new AssertionError("the catalog has no overlap " + role + "~" + partner));
    }

    static Reason reason(String rule) {
        return new Reason(rule, "test fact", "test", Reason.Basis.ESTIMATE, "", new ArrayList<>(List.of("test=true")));
    }
}
