package dev.teamfit.engine;

import dev.teamfit.model.Action;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.GapType;
import dev.teamfit.model.Level;
import dev.teamfit.model.Levels;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Overlap;
import dev.teamfit.model.Project;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.Shortfall;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * teamfit's advice: one action per gap, and the top actions of a project. It works through the gaps
 * most severe first and hands out people's free time as it goes, so that the actions of a project fit
 * together: nobody is asked for time they do not have, here or across the portfolio, and nobody who
 * alone carries a role on a critical project is asked for more. What is left is hired, one person
 * for the fractional needs of overlapping roles where the seed's overlaps allow.
 */
final class Advisor {

    /** How many actions a report leads with. */
    static final int TOP = 5;
    /** The smallest share of a person's time worth suggesting. */
    private static final double SMALLEST = 0.1;

    private final Catalog catalog;
    private final Map<String, Assessment.RoleResult> roles = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    /** Members' allocations summed over a portfolio, by name. */
    private final Map<String, MemberLoad> loads = new LinkedHashMap<>();
    /** Each member's time still free: what their allocation here leaves unused, plus what they have outside all projects. */
    private final Map<String, Double> free = new LinkedHashMap<>();
    /** Members who alone carry a role on this critical project (by role), or who are booked over full time (null). */
    private final Map<String, String> carriers = new LinkedHashMap<>();
    private final List<Action.Hire> hires = new ArrayList<>();

    private Advisor(Project project, Catalog catalog, List<Assessment.RoleResult> roles, List<Gap> gaps,
                    List<MemberLoad> loads) {
        this.catalog = catalog;
        roles.forEach(r -> this.roles.put(r.role(), r));
        loads.forEach(l -> this.loads.put(l.member(), l));
        for (Member m : project.team()) {
            members.put(m.name(), m);
            double used = roles.stream().flatMap(r -> r.coverage().stream())
                    .filter(c -> c.coverage().member().equals(m.name())).mapToDouble(Assessment.Cover::fte).sum();
            double total = this.loads.containsKey(m.name()) ? this.loads.get(m.name()).total() : m.allocation();
            free.put(m.name(), Math.max(0, m.allocation() - used) + Math.max(0, 1 - total));
        }
        gaps.stream().filter(g -> g.type() == GapType.SINGLE_POINT_OF_FAILURE || g.type() == GapType.OVERALLOCATED)
                .forEach(g -> carriers.merge(g.member(), g.type() == GapType.OVERALLOCATED ? "" : g.role(),
                        (a, b) -> ""));
    }

    /** The advice on a project's gaps (sorted, most severe first). */
    record Advice(List<Gap> gaps, List<Action> top) {
    }

    static Advice advise(Project project, Catalog catalog, List<Assessment.RoleResult> roles, List<Gap> gaps,
                         List<MemberLoad> loads) {
        Advisor advisor = new Advisor(project, catalog, roles, gaps, loads);
        List<Gap> advised = new ArrayList<>();
        for (Gap gap : gaps) {
            advised.add(gap.advised(advisor.action(gap)));
        }
        advised = advisor.mergeHires(advised);
        List<Action> top = new ArrayList<>(top(advised, catalog));
        Map<String, List<String>> unassessed = new LinkedHashMap<>();
        roles.forEach(r -> r.notAssessed().forEach((member, skills) -> skills.forEach(skill -> {
            List<String> list = unassessed.computeIfAbsent(member, k -> new ArrayList<>());
            if (!list.contains(skill)) {
                list.add(skill);
            }
        })));
        if (!unassessed.isEmpty() && top.size() < TOP) {
            top.add(new Action.Assess(unassessed));
        }
        return new Advice(advised, top);
    }

    private Action action(Gap gap) {
        return switch (gap.type()) {
            case MISSING_ROLE, UNDERSTAFFED -> staff(gap.role(), gap.needed() - gap.staffed());
            case PARTIAL_COVERAGE -> train(gap);
            case MISSING_SKILL -> new Action.BringIn(gap.role(), gap.shortfalls(), trainee(gap));
            case SKILL_BELOW_LEVEL -> new Action.Mentor(gap.member(), gap.skill(), gap.have(), gap.need(),
                    mentor(gap.role(), gap.skill(), gap.need().value()));
            case SINGLE_POINT_OF_FAILURE -> backup(gap.role(), gap.member());
            case OVERALLOCATED -> rebalance(gap.member());
            case UNNEEDED_ROLE -> new Action.Review(gap.member(), gap.role());
        };
    }

    /** Time for a role: people on it with time free, then people who could work on it through an overlap, then a hire. */
    private Action staff(String role, double missing) {
        List<Action.Step> steps = new ArrayList<>();
        double left = missing;
        for (Member m : candidates(role)) {
            if (left < SMALLEST) {
                break;
            }
            double give = Fte.round(Math.min(free.get(m.name()), left));
            if (give < SMALLEST) {
                continue;
            }
            free.merge(m.name(), -give, Double::sum);
            left -= give;
            boolean declared = m.declares(role);
            Overlap overlap = declared ? null : overlap(role, m);
            steps.add(new Action.Step(m.name(), declared ? role : overlap.partner(), declared ? null : overlap.source(),
                    give, declared ? List.of() : toClose(role, m)));
        }
        Action.Hire hire = left >= SMALLEST ? hire(List.of(role), left) : null;
        if (hire != null) {
            hires.add(hire);
        }
        return new Action.Staff(role, steps, hire);
    }

    /**
     * Who may give a role time: people who declare it, then people who reach half its levels through
     * an overlapping role they declare, the most levels first; never someone booked over full time, nor
     * someone who alone carries another role on this critical project.
     */
    private List<Member> candidates(String role) {
        List<SkillRequirement> needs = needs(role);
        return members.values().stream()
                .filter(m -> !carriers.containsKey(m.name()) || carriers.get(m.name()).equals(role))
                .filter(m -> free.get(m.name()) >= SMALLEST)
                .filter(m -> m.declares(role) || overlap(role, m) != null && Levels.reached(m, needs) * 2 >= needs.size())
                .sorted(Comparator.comparing((Member m) -> !m.declares(role))
                        .thenComparing(Comparator.comparingInt((Member m) -> Levels.reached(m, needs)).reversed())
                        .thenComparingInt(Member::index))
                .toList();
    }

    /** The first overlap, by partner role, through which a member could work on a role, or null. */
    private Overlap overlap(String role, Member member) {
        return catalog.overlaps().stream().flatMap(o -> List.of(o, o.reversed()).stream())
                .filter(o -> o.role().equals(role) && member.declares(o.partner()))
                .min(Comparator.comparing(Overlap::partner)).orElse(null);
    }

    /** The levels a member would have to close to work on a role. */
    private List<Shortfall> toClose(String role, Member member) {
        return needs(role).stream().filter(n -> member.level(n.skill()) < n.value())
                .map(n -> new Shortfall(n.skill(), n.level(), member.levelOrNull(n.skill()), member.name(),
                        mentor(null, n.skill(), n.value())))
                .toList();
    }

    /**
     * A hire for roles at an FTE: the level most of their skills need (the higher on ties), with the
     * skills needed above it named, so that one demanding skill does not make the whole hire an expert.
     */
    private Action.Hire hire(List<String> forRoles, double fte) {
        List<SkillRequirement> needs = forRoles.stream().flatMap(r -> needs(r).stream()).toList();
        Map<Level, Long> counts = needs.stream().collect(Collectors.groupingBy(SkillRequirement::level,
                java.util.TreeMap::new, Collectors.counting()));
        Level level = counts.entrySet().stream()
                .max(Map.Entry.<Level, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(Level.COMPETENT);
        Map<String, Level> above = new LinkedHashMap<>();
        needs.stream().filter(n -> n.level().compareTo(level) > 0).forEach(n -> above.merge(n.skill(), n.level(),
                (a, b) -> a.compareTo(b) >= 0 ? a : b));
        double step = RoleRequirement.FTE_STEP;
        return new Action.Hire(forRoles, level, above, Math.max(step, Math.ceil(fte / step - 1e-9) * step));
    }

    /** Train the person closest to each of a role's levels, pairing them with a teammate who has it. */
    private Action train(Gap gap) {
        List<Action> actions = new ArrayList<>();
        gap.shortfalls().stream().collect(Collectors.groupingBy(s -> String.valueOf(s.member()), LinkedHashMap::new,
                Collectors.toList())).forEach((member, list) -> actions.add(new Action.Train(member, gap.role(), list)));
        return actions.size() == 1 ? actions.get(0) : new Action.All(actions);
    }

    /** Someone on the role who could grow into levels nobody has, when they are one level short. */
    private String trainee(Gap gap) {
        return gap.shortfalls().stream().allMatch(s -> s.member() != null && s.levels() == 1)
                ? gap.shortfalls().get(0).member() : null;
    }

    /** Someone on the role (or, with no role, on the team) at a level, the most skilled first. */
    private String mentor(String role, String skill, int level) {
        return Levels.mentor(members.values().stream().filter(m -> role == null || roles.containsKey(role)
                && roles.get(role).coverage().stream().anyMatch(c -> c.coverage().member().equals(m.name())))
                .toList(), skill, level);
    }

    /** A second person for a role one person carries: someone with time who could work on it, else a hire. */
    private Action backup(String role, String carrier) {
        for (Member m : candidates(role)) {
            if (!m.name().equals(carrier)) {
                double give = Fte.round(Math.min(RoleRequirement.FTE_STEP, free.get(m.name())));
                free.merge(m.name(), -give, Double::sum);
                return new Action.Backup(role, carrier, m.name(), give);
            }
        }
        return new Action.Backup(role, carrier, null, 0);
    }

    private Action rebalance(String member) {
        List<String> staffed = roles.values().stream().filter(r -> r.requirement().isRequired())
                .filter(r -> r.coverage().stream().anyMatch(c -> c.coverage().member().equals(member) && c.fte() > 0))
                .map(Assessment.RoleResult::role).toList();
        MemberLoad load = loads.get(member);
        if (load == null || load.total() <= 1) {
            return new Action.Rebalance(member, staffed, members.get(member).allocation(), 0, List.of());
        }
        return new Action.Rebalance(member, staffed, load.total(), load.elsewhere().size(), load.elsewhere().first());
    }

    /**
     * Hires of two roles that overlap, each under a full-time person, become one hire of both when they
     * fit one person's time: 0.5 ML Engineer and 0.5 MLOps Engineer is one hire, not two.
     */
    private List<Gap> mergeHires(List<Gap> gaps) {
        Map<Action.Hire, Action.Hire> merged = new LinkedHashMap<>();
        List<Action.Hire> open = new ArrayList<>(hires);
        for (int i = 0; i < open.size(); i++) {
            Action.Hire a = open.get(i);
            if (merged.containsKey(a) || a.fte() >= 1) {
                continue;
            }
            for (int j = i + 1; j < open.size(); j++) {
                Action.Hire b = open.get(j);
                if (!merged.containsKey(b) && a.fte() + b.fte() <= 1 && overlapping(a.roles(), b.roles())) {
                    List<String> both = new ArrayList<>(a.roles());
                    both.addAll(b.roles());
                    both.sort(Comparator.comparingInt(catalog::roleOrder));
                    Action.Hire one = hire(both, a.fte() + b.fte());
                    merged.put(a, one);
                    merged.put(b, one);
                    break;
                }
            }
        }
        if (merged.isEmpty()) {
            return gaps;
        }
        Function<Action, Action> replace = action -> action instanceof Action.Staff s && s.hire() != null
                && merged.containsKey(s.hire()) ? new Action.Staff(s.role(), s.steps(), merged.get(s.hire())) : action;
        return gaps.stream().map(g -> g.advised(replace.apply(g.action()))).toList();
    }

    private boolean overlapping(List<String> a, List<String> b) {
        return catalog.overlaps().stream().anyMatch(o -> a.contains(o.role()) && b.contains(o.partner())
                || a.contains(o.partner()) && b.contains(o.role()));
    }

    /** The actions of the most severe gaps, each once (by what they say), at most {@link #TOP}. */
    private static List<Action> top(List<Gap> gaps, Catalog catalog) {
        Map<String, Action> top = new LinkedHashMap<>();
        for (Gap gap : gaps) {
            if (top.size() < TOP && gap.action() != null) {
                top.putIfAbsent(gap.action().text(catalog), gap.action());
            }
        }
        return List.copyOf(top.values());
    }

    private List<SkillRequirement> needs(String role) {
        Assessment.RoleResult result = roles.get(role);
        return result == null ? List.of() : result.skills();
    }
}
