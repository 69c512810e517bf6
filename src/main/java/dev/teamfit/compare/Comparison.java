package dev.teamfit.compare;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Member;
import dev.teamfit.model.Named;
import dev.teamfit.model.Project;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Severity;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changes between a project and its variants: roles, FTE, skill levels, staffing, gaps and top
 * actions, each change with the input differences that caused it (found in its reasons' facts).
 *
 * @param base     the project as it is
 * @param variants each variant, with its changes against the base
 */
public record Comparison(Assessment base, List<Variant> variants) {

    public Comparison {
        Objects.requireNonNull(base, "base");
        variants = List.copyOf(variants);
    }

    /** A kind of change. */
    public enum Kind implements Named {
        ROLE_ADDED, ROLE_REMOVED, PRIORITY, FTE, STAFFED, LEVEL_RAISED, LEVEL_LOWERED, SKILL_ADDED, SKILL_REMOVED,
        GAP_NEW, GAP_GONE, GAP_SEVERITY, GAP_CHANGED
    }

    /**
     * One change.
     *
     * @param gap    for a change of gaps, the gap's type; else null
     * @param from   the value in the base, or null
     * @param to     the value in the variant, or null
     * @param text   the change as a sentence
     * @param causes the input differences behind it ({@code deployment.mode: batch → streaming})
     */
    public record Change(Kind kind, String role, String skill, String gap, String from, String to, String text,
                         List<String> causes) {
        public Change {
            causes = List.copyOf(causes);
        }
    }

    /**
     * A variant of the project.
     *
     * @param label  how the variant was made: its file, or the options that changed the base
     * @param inputs the input values that differ from the base, as {@code key: from → to}
     */
    public record Variant(String label, Assessment assessment, List<String> inputs, List<Change> changes) {
        public Variant {
            inputs = List.copyOf(inputs);
            changes = List.copyOf(changes);
        }

        /**
         * The input differences behind a change, or empty when they are all of the variant's (nothing
         * narrower could be told, so there is nothing to add to the variant's changed input).
         */
        public List<String> because(Change change) {
            return change.causes().equals(inputs) ? List.of() : change.causes();
        }

        /** The severities of gaps that are new in the variant, or more severe there than in the base. */
        public List<Severity> worse() {
            return changes.stream().filter(c -> c.kind() == Kind.GAP_NEW || c.kind() == Kind.GAP_SEVERITY
                            && severity(c.to()).compareTo(severity(c.from())) < 0)
                    .map(c -> severity(c.to())).toList();
        }

        private static Severity severity(String id) {
            return Severity.valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Compares a project with its variants. */
    public static Comparison of(Assessment base, Map<String, Assessment> variants, Catalog catalog) {
        List<Variant> list = new ArrayList<>();
        variants.forEach((label, variant) -> list.add(variant(base, label, variant, catalog)));
        return new Comparison(base, list);
    }

    private static Variant variant(Assessment base, String label, Assessment variant, Catalog catalog) {
        Map<String, String> inputs = inputs(base.project(), variant.project());
        List<String> described = inputs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        Function<List<Reason>, List<String>> causes = reasons -> causes(reasons, inputs);
        List<Change> changes = new ArrayList<>();
        roles(base, variant, catalog, causes, changes);
        gaps(base, variant, catalog, causes, changes);
        return new Variant(label, variant, described, changes);
    }

    /** The input values that differ, by key path: project values, then members. */
    static Map<String, String> inputs(Project base, Project variant) {
        Map<String, String> differ = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(base.values().keySet());
        keys.addAll(variant.values().keySet());
        for (String key : keys) {
            Object from = base.value(key);
            Object to = variant.value(key);
            if (!Objects.equals(from, to)) {
                differ.put(key, show(from) + " → " + show(to));
            }
        }
        Map<String, Member> before = members(base);
        Map<String, Member> after = members(variant);
        for (Map.Entry<String, Member> m : after.entrySet()) {
            Member old = before.get(m.getKey());
            if (old == null) {
                differ.put("team[" + m.getValue().name() + "]", "added");
            } else if (!sameMember(old, m.getValue())) {
                differ.put("team[" + m.getValue().name() + "]", describe(old, m.getValue()));
            }
        }
        before.forEach((key, m) -> {
            if (!after.containsKey(key)) {
                differ.put("team[" + m.name() + "]", "removed");
            }
        });
        if (base.teamDeclared() && variant.teamDeclared() && base.team().size() != variant.team().size()) {
            differ.put("team.size", base.team().size() + " → " + variant.team().size());
        }
        return differ;
    }

    private static Map<String, Member> members(Project project) {
        Map<String, Member> members = new LinkedHashMap<>();
        project.team().forEach(m -> members.put(dev.teamfit.model.MemberLoad.identity(m.name()), m));
        return members;
    }

    private static boolean sameMember(Member a, Member b) {
        return a.roles().equals(b.roles()) && a.allocation() == b.allocation() && a.skills().equals(b.skills());
    }

    private static String describe(Member a, Member b) {
        List<String> parts = new ArrayList<>();
        if (a.allocation() != b.allocation()) {
            parts.add("allocation " + Fte.format(a.allocation()) + " → " + Fte.format(b.allocation()));
        }
        if (!a.roles().equals(b.roles())) {
            parts.add("roles " + a.roles() + " → " + b.roles());
        }
        if (!a.skills().equals(b.skills())) {
            parts.add("skills changed");
        }
        return String.join(", ", parts);
    }

    private static String show(Object value) {
        return value == null ? "unset" : value instanceof Double d ? Fte.format(d) : value.toString();
    }

    /** The input differences a conclusion's reasons rest on; all of them when none can be told. */
    private static List<String> causes(List<Reason> reasons, Map<String, String> inputs) {
        List<String> facts = Reason.factsOf(reasons);
        List<String> causes = new ArrayList<>();
        inputs.forEach((key, change) -> {
            String member = key.startsWith("team[") ? key : null;
            boolean found = facts.stream().anyMatch(f -> f.startsWith(key + "=") || key.equals("team.size")
                    && f.startsWith("team.size=") || member != null && f.contains("team")) ;
            if (found) {
                causes.add(key + ": " + change);
            }
        });
        return causes.isEmpty() ? inputs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()
                : causes;
    }

    /**
     * The reasons of {@code to} that made the difference: the rules {@code from} does not have; else
     * the reasons that rest on other facts; else all of {@code to}.
     */
    private static List<Reason> changed(List<Reason> from, List<Reason> to) {
        Set<String> rules = new java.util.HashSet<>();
        Set<String> reasons = new java.util.HashSet<>();
        from.forEach(r -> {
            rules.add(r.rule());
            reasons.add(r.rule() + r.facts());
        });
        List<Reason> newRules = to.stream().filter(r -> !rules.contains(r.rule())).toList();
        if (!newRules.isEmpty()) {
            return newRules;
        }
        List<Reason> newFacts = to.stream().filter(r -> !reasons.contains(r.rule() + r.facts())).toList();
        return newFacts.isEmpty() ? to : newFacts;
    }

    private static void roles(Assessment base, Assessment variant, Catalog catalog,
                              Function<List<Reason>, List<String>> causes, List<Change> changes) {
        Map<String, Assessment.RoleResult> before = byRole(base);
        Map<String, Assessment.RoleResult> after = byRole(variant);
        Set<String> roles = new LinkedHashSet<>();
        catalog.roleIds().forEach(r -> {
            if (before.containsKey(r) || after.containsKey(r)) {
                roles.add(r);
            }
        });
        before.keySet().forEach(roles::add);
        after.keySet().forEach(roles::add);
        for (String role : roles) {
            Assessment.RoleResult a = before.get(role);
            Assessment.RoleResult b = after.get(role);
            String name = catalog.roleName(role);
            if (a == null) {
                changes.add(new Change(Kind.ROLE_ADDED, role, null, null, null, b.requirement().priority().id(),
                        name + " becomes " + b.requirement().priority().id() + ", " + Fte.format(b.needed()) + " FTE.",
                        causes.apply(b.requirement().reasons())));
                continue;
            }
            if (b == null) {
                changes.add(new Change(Kind.ROLE_REMOVED, role, null, null, a.requirement().priority().id(), null,
                        name + " is no longer needed (was " + a.requirement().priority().id() + ").",
                        causes.apply(a.requirement().reasons())));
                continue;
            }
            List<String> why = causes.apply(changed(a.requirement().reasons(), b.requirement().reasons()));
            if (a.requirement().priority() != b.requirement().priority()) {
                changes.add(new Change(Kind.PRIORITY, role, null, null, a.requirement().priority().id(),
                        b.requirement().priority().id(), name + ": " + a.requirement().priority().id() + " → "
                        + b.requirement().priority().id() + ".", why));
            }
            if (a.needed() != b.needed()) {
                changes.add(new Change(Kind.FTE, role, null, null, Fte.format(a.needed()), Fte.format(b.needed()),
                        name + ": " + Fte.format(a.needed()) + " → " + Fte.format(b.needed()) + " FTE needed.", why));
            }
            if (a.staffed() != b.staffed()) {
                changes.add(new Change(Kind.STAFFED, role, null, null, Fte.format(a.staffed()), Fte.format(b.staffed()),
                        name + ": staffed " + Fte.format(a.staffed()) + " → " + Fte.format(b.staffed()) + " FTE.",
                        causes.apply(b.coverage().stream().flatMap(c -> c.coverage().reasons().stream()).toList())));
            }
            skills(a, b, name, catalog, causes, changes);
        }
    }

    private static void skills(Assessment.RoleResult a, Assessment.RoleResult b, String name, Catalog catalog,
                               Function<List<Reason>, List<String>> causes, List<Change> changes) {
        Map<String, SkillRequirement> before = new LinkedHashMap<>();
        a.skills().forEach(s -> before.put(s.skill(), s));
        Map<String, SkillRequirement> after = new LinkedHashMap<>();
        b.skills().forEach(s -> after.put(s.skill(), s));
        for (SkillRequirement s : b.skills()) {
            SkillRequirement old = before.get(s.skill());
            String skill = catalog.skillName(s.skill());
            if (old == null) {
                changes.add(new Change(Kind.SKILL_ADDED, b.role(), s.skill(), null, null, s.level().id(),
                        name + " needs " + skill + " at " + s.level().id() + ".", causes.apply(s.reasons())));
            } else if (old.level() != s.level()) {
                boolean raised = s.level().compareTo(old.level()) > 0;
                changes.add(new Change(raised ? Kind.LEVEL_RAISED : Kind.LEVEL_LOWERED, b.role(), s.skill(), null,
                        old.level().id(), s.level().id(), name + ": " + skill + " " + old.level().id() + " → "
                        + s.level().id() + ".", causes.apply(raised ? changed(old.reasons(), s.reasons())
                        : changed(s.reasons(), old.reasons()))));
            }
        }
        for (SkillRequirement s : a.skills()) {
            if (!after.containsKey(s.skill())) {
                changes.add(new Change(Kind.SKILL_REMOVED, a.role(), s.skill(), null, s.level().id(), null,
                        name + " no longer needs " + catalog.skillName(s.skill()) + ".", causes.apply(s.reasons())));
            }
        }
    }

    private static void gaps(Assessment base, Assessment variant, Catalog catalog,
                             Function<List<Reason>, List<String>> causes, List<Change> changes) {
        Map<String, Gap> before = byKey(base);
        Map<String, Gap> after = byKey(variant);
        after.forEach((key, gap) -> {
            Gap old = before.get(key);
            if (old == null) {
                changes.add(new Change(Kind.GAP_NEW, gap.role(), gap.skill(), gap.type().id(), null,
                        gap.severity().id(), "New " + gap.severity().id() + " gap: " + gap.message(catalog),
                        causes.apply(gap.reasons())));
            } else if (old.severity() != gap.severity()) {
                changes.add(new Change(Kind.GAP_SEVERITY, gap.role(), gap.skill(), gap.type().id(),
                        old.severity().id(), gap.severity().id(), "Now " + gap.severity().id() + " (was "
                        + old.severity().id() + "): " + gap.message(catalog), causes.apply(gap.reasons())));
            } else if (!old.message(catalog).equals(gap.message(catalog))) {
                changes.add(new Change(Kind.GAP_CHANGED, gap.role(), gap.skill(), gap.type().id(),
                        old.message(catalog), gap.message(catalog), "Changed " + gap.severity().id() + " gap: "
                        + gap.message(catalog), causes.apply(gap.reasons())));
            }
        });
        before.forEach((key, gap) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(Kind.GAP_GONE, gap.role(), gap.skill(), gap.type().id(),
                        gap.severity().id(), null, "Gone: " + gap.message(catalog), causes.apply(gap.reasons())));
            }
        });
    }

    private static Map<String, Assessment.RoleResult> byRole(Assessment a) {
        Map<String, Assessment.RoleResult> roles = new LinkedHashMap<>();
        a.roles().forEach(r -> roles.put(r.role(), r));
        return roles;
    }

    private static Map<String, Gap> byKey(Assessment a) {
        Map<String, Gap> gaps = new LinkedHashMap<>();
        a.gaps().forEach(g -> gaps.putIfAbsent(key(g), g));
        return gaps;
    }

    /**
     * What makes a gap the same gap in two assessments: its type and role, and for a gap about a
     * person, the person (and the skill, for a person's skill gap).
     */
    static String key(Gap gap) {
        boolean person = gap.type() == dev.teamfit.model.GapType.SKILL_BELOW_LEVEL
                || gap.type() == dev.teamfit.model.GapType.OVERALLOCATED;
        return gap.type().id() + "|" + gap.role() + "|" + (person ? gap.member() : "")
                + "|" + (gap.type() == dev.teamfit.model.GapType.SKILL_BELOW_LEVEL ? gap.skill() : "");
    }
}
