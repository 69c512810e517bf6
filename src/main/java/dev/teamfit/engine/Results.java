package dev.teamfit.engine;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Coverage;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.GapType;
import dev.teamfit.model.Levels;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Project;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.RoleStaffing;
import dev.teamfit.model.Severity;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Gathers a fired session's conclusions into a sorted, immutable {@link Assessment}. */
final class Results {

    private Results() {
    }

    static Assessment collect(Collection<?> session, Project project, List<String> warnings, Catalog catalog,
                              List<MemberLoad> loads) throws RuleFailure {
        // One walk over the session's store, which is slow to walk, rather than one per type of conclusion.
        List<Object> facts = new ArrayList<>();
        session.forEach(facts::add);
        List<Responsibility> responsibilities = all(facts, Responsibility.class);
        List<RoleRequirement> requirements = all(facts, RoleRequirement.class);
        List<SkillRequirement> skills = all(facts, SkillRequirement.class);
        List<Coverage> coverage = all(facts, Coverage.class);
        Map<String, RoleStaffing> staffing = new HashMap<>();
        all(facts, RoleStaffing.class).forEach(s -> staffing.put(s.role(), s));
        List<Gap> gaps = all(facts, Gap.class);
        check(catalog, responsibilities, requirements, skills, gaps);

        Map<String, Integer> memberOrder = new HashMap<>();
        project.team().forEach(m -> memberOrder.put(m.name(), m.index()));
        Comparator<String> byRole = Comparator.comparingInt(catalog::roleOrder).thenComparing(Comparator.naturalOrder());
        Comparator<String> bySkill = Comparator.comparingInt(catalog::skillOrder)
                .thenComparing(Comparator.naturalOrder());
        Comparator<String> byMember = Comparator.comparingInt((String m) -> memberOrder.getOrDefault(m, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());

        List<Assessment.RoleResult> roles = requirements.stream()
                .sorted(Comparator.comparing(RoleRequirement::role, byRole))
                .map(r -> {
                    Map<String, Double> shares = staffing.containsKey(r.role()) ? staffing.get(r.role()).shares()
                            : Map.of();
                    // Who declares the role covers it; who could cover it through an overlap does only with time to give.
                    List<Assessment.Cover> covers = coverage.stream()
                            .filter(c -> c.role().equals(r.role()) && (c.via().equals(c.role()) || shares.containsKey(c.member())))
                            .sorted(Comparator.comparing(Coverage::degree).thenComparing(Coverage::member, byMember))
                            .map(c -> new Assessment.Cover(c, shares.getOrDefault(c.member(), 0.0)))
                            .toList();
                    List<SkillRequirement> needs = skills.stream().filter(s -> s.role().equals(r.role()))
                            .sorted(Comparator.comparing(SkillRequirement::skill, bySkill)).toList();
                    return new Assessment.RoleResult(r, needs, covers,
                            staffing.containsKey(r.role()) ? staffing.get(r.role()).staffed() : 0,
                            Levels.unassessed(needs, Levels.named(project.team(), shares.keySet())));
                })
                .toList();

        List<Gap> sortedGaps = gaps.stream()
                .sorted(Comparator.comparing(Gap::severity)
                        .thenComparing(Gap::role, Comparator.nullsLast(byRole))
                        .thenComparing(Gap::type)
                        .thenComparing(Gap::member, Comparator.nullsLast(byMember))
                        .thenComparing(Gap::skill, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(g -> g.reasons().toString()))
                .toList();
        Advisor.Advice advice = Advisor.advise(project, catalog, roles, sortedGaps, loads);

        // Two rules can conclude the same characteristic; their reasons order them, not the session.
        List<Characteristic> characteristics = Reason.sortByText(all(facts, Characteristic.class),
                Comparator.comparing(Characteristic::isInput).reversed()
                        .thenComparing(Characteristic::key).thenComparing(Characteristic::value),
                Characteristic::reasons);
        return new Assessment(project, characteristics, merge(responsibilities, catalog), roles, advice.gaps(),
                advice.top(), summary(project, roles, advice.gaps()), warnings);
    }

    private static <T> List<T> all(Collection<?> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A responsibility several rules concluded becomes one, with all their reasons, in catalog order. */
    private static List<Responsibility> merge(List<Responsibility> responsibilities, Catalog catalog) {
        // Session order is not stable across runs; sort so that merged reasons always come out the same.
        Map<String, List<List<Reason>>> byId = Reason.sortByText(responsibilities,
                        Comparator.comparing((Responsibility r) -> r.reasons().isEmpty() ? "" : r.reasons().get(0).rule()),
                        Responsibility::reasons).stream()
                .collect(Collectors.groupingBy(Responsibility::id, Collectors.mapping(Responsibility::reasons,
                        Collectors.toList())));
        return byId.entrySet().stream().map(e -> new Responsibility(e.getKey(), Reason.merge(e.getValue())))
                .sorted(Comparator.comparingInt((Responsibility r) -> catalog.responsibilityOrder(r.id()))
                        .thenComparing(Responsibility::id))
                .toList();
    }

    private static Assessment.Summary summary(Project project, List<Assessment.RoleResult> roles, List<Gap> gaps) {
        List<Assessment.RoleResult> required = roles.stream().filter(r -> r.requirement().isRequired()).toList();
        Set<GapType> aboutPeople = Set.of(GapType.SINGLE_POINT_OF_FAILURE, GapType.UNNEEDED_ROLE,
                GapType.SKILL_BELOW_LEVEL);
        Set<String> shortRoles = gaps.stream().filter(g -> g.role() != null && !aboutPeople.contains(g.type()))
                .map(Gap::role).collect(Collectors.toSet());
        int full = (int) required.stream().filter(r -> r.staffed() > 0 && !shortRoles.contains(r.role())).count();
        int partial = (int) required.stream().filter(r -> r.staffed() > 0 && shortRoles.contains(r.role())).count();
        boolean team = project.teamDeclared();
        Double ratio = !team ? null : required.isEmpty() ? 1.0 : Fte.round((double) full / required.size());
        double staffed = required.stream().mapToDouble(r -> Math.min(r.staffed(), r.needed())).sum();
        return new Assessment.Summary(required.size(), roles.size() - required.size(),
                team ? full : null, team ? partial : null, ratio,
                Fte.round(required.stream().mapToDouble(Assessment.RoleResult::needed).sum()),
                team ? Fte.round(staffed) : null,
                count(gaps, Severity.CRITICAL), count(gaps, Severity.MAJOR), count(gaps, Severity.MINOR));
    }

    private static int count(List<Gap> gaps, Severity severity) {
        return (int) gaps.stream().filter(g -> g.severity() == severity).count();
    }

    /** Rules may only conclude roles, skills and responsibilities the catalog defines. */
    private static void check(Catalog catalog, List<Responsibility> responsibilities, List<RoleRequirement> roles,
                              List<SkillRequirement> skills, List<Gap> gaps) throws RuleFailure {
        for (Responsibility r : responsibilities) {
            known(catalog.responsibility(r.id()).isPresent(), "responsibility", r.id(), r.reasons());
        }
        for (RoleRequirement r : roles) {
            known(catalog.role(r.role()).isPresent(), "role", r.role(), r.reasons());
        }
        for (SkillRequirement s : skills) {
            known(catalog.skill(s.skill()).isPresent(), "skill", s.skill(), s.reasons());
        }
        for (Gap g : gaps) {
            known(!g.reasons().isEmpty() && (g.role() == null || catalog.role(g.role()).isPresent()), "role",
                    Objects.toString(g.role()), g.reasons());
        }
    }

    private static void known(boolean known, String what, String id, List<Reason> reasons) throws RuleFailure {
        if (!known) {
            throw new RuleFailure("rule " + (reasons.isEmpty() ? "?" : reasons.get(0).rule()) + " concluded the " + what
                    + " '" + id + "', which the catalog does not define. Add it to catalog.yaml or fix the rule.");
        }
    }
}
