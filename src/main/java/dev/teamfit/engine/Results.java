package dev.teamfit.engine;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Coverage;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.RoleStaffing;
import dev.teamfit.model.Project;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.Severity;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Gathers a fired session's conclusions into a sorted, immutable {@link Assessment}. */
final class Results {

    private Results() {
    }

    static Assessment collect(Collection<?> facts, Project project, List<String> warnings, Catalog catalog,
                              List<MemberLoad> loads) throws RuleFailure {
        List<Characteristic> characteristics = new ArrayList<>();
        List<Responsibility> responsibilities = new ArrayList<>();
        List<RoleRequirement> requirements = new ArrayList<>();
        List<SkillRequirement> skills = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        Map<String, RoleStaffing> staffing = new HashMap<>();
        List<Gap> gaps = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof Characteristic c) {
                characteristics.add(c);
            } else if (fact instanceof Responsibility r) {
                responsibilities.add(r);
            } else if (fact instanceof RoleRequirement r) {
                requirements.add(r);
            } else if (fact instanceof SkillRequirement s) {
                skills.add(s);
            } else if (fact instanceof Coverage c) {
                coverage.add(c);
            } else if (fact instanceof RoleStaffing r) {
                staffing.put(r.role(), r);
            } else if (fact instanceof Gap g) {
                gaps.add(g);
            }
        }
        check(catalog, responsibilities, requirements, skills, gaps);

        Map<String, Integer> memberOrder = new HashMap<>();
        for (Member member : project.team()) {
            memberOrder.put(member.name(), member.index());
        }

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
                            dev.teamfit.model.Levels.unassessed(needs, dev.teamfit.model.Levels.named(project.team(),
                                    shares.keySet())));
                })
                .toList();

        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        List<Gap> sortedGaps = gaps.stream()
                .sorted(Comparator.comparing(Gap::severity)
                        .thenComparing(Gap::role, Comparator.nullsLast(byRole))
                        .thenComparing(Gap::type)
                        .thenComparing(Gap::member, Comparator.nullsLast(byMember))
                        .thenComparing(Gap::skill, nullsLast)
                        .thenComparing(g -> g.reasons().toString()))
                .toList();
        Advisor.Advice advice = Advisor.advise(project, catalog, roles, sortedGaps, loads);

        // Two rules can conclude the same characteristic; their reasons order them, not the session.
        List<Characteristic> sortedCharacteristics = dev.teamfit.model.Reason.sortByText(characteristics,
                Comparator.comparing(Characteristic::isInput).reversed()
                        .thenComparing(Characteristic::key).thenComparing(Characteristic::value),
                Characteristic::reasons);
        List<Responsibility> merged = merge(responsibilities);
        merged.sort(Comparator.comparingInt((Responsibility r) -> catalog.responsibilityOrder(r.id()))
                .thenComparing(Responsibility::id));

        return new Assessment(project, sortedCharacteristics, merged, roles, advice.gaps(), advice.top(),
                summary(project, roles, advice.gaps()), warnings);
    }

    /** A responsibility several rules concluded becomes one, with all their reasons. */
    private static List<Responsibility> merge(List<Responsibility> responsibilities) {
        Map<String, List<List<dev.teamfit.model.Reason>>> byId = new java.util.TreeMap<>();
        // Session order is not stable across runs; sort so that merged reasons always come out the same.
        List<Responsibility> sorted = dev.teamfit.model.Reason.sortByText(responsibilities,
                Comparator.comparing((Responsibility r) -> r.reasons().isEmpty() ? "" : r.reasons().get(0).rule()),
                Responsibility::reasons);
        for (Responsibility r : sorted) {
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.reasons());
        }
        List<Responsibility> merged = new ArrayList<>();
        byId.forEach((id, reasons) -> merged.add(new Responsibility(id, dev.teamfit.model.Reason.merge(reasons))));
        return merged;
    }

    private static Assessment.Summary summary(Project project, List<Assessment.RoleResult> roles, List<Gap> gaps) {
        List<Assessment.RoleResult> required = roles.stream().filter(r -> r.requirement().isRequired()).toList();
        java.util.Set<String> shortRoles = new java.util.HashSet<>();
        gaps.stream().filter(g -> g.role() != null && g.type() != dev.teamfit.model.GapType.SINGLE_POINT_OF_FAILURE
                && g.type() != dev.teamfit.model.GapType.UNNEEDED_ROLE && g.type() != dev.teamfit.model.GapType.SKILL_BELOW_LEVEL)
                .forEach(g -> shortRoles.add(g.role()));
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
            if (catalog.responsibility(r.id()).isEmpty()) {
                throw unknown("responsibility", r.id(), r.reasons().get(0).rule());
            }
        }
        for (RoleRequirement r : roles) {
            if (catalog.role(r.role()).isEmpty()) {
                throw unknown("role", r.role(), r.reasons().get(0).rule());
            }
        }
        for (SkillRequirement s : skills) {
            if (catalog.skill(s.skill()).isEmpty()) {
                throw unknown("skill", s.skill(), s.reasons().get(0).rule());
            }
        }
        for (Gap g : gaps) {
            if (g.reasons().isEmpty() || g.role() != null && catalog.role(g.role()).isEmpty()) {
                throw unknown("role", Objects.toString(g.role()), g.reasons().isEmpty() ? "?" : g.reasons().get(0).rule());
            }
        }
    }

    private static RuleFailure unknown(String what, String id, String rule) {
        return new RuleFailure("rule " + rule + " concluded the " + what + " '" + id
                + "', which the catalog does not define. Add it to catalog.yaml or fix the rule.");
    }
}
