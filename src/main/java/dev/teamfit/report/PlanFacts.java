package dev.teamfit.report;

import dev.teamfit.model.Fte;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.Load;
import dev.teamfit.plan.PlanRule;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.plan.RoleNeed;
import dev.teamfit.plan.Training;
import dev.teamfit.plan.Unmet;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What every plan renderer reads off a plan the same way: its items by project and role, its months, its score. */
final class PlanFacts {

    /** Said wherever a plan shows FTEs and levels. */
    static final String ESTIMATES = "FTEs and skill levels are teamfit's estimates from its rules; the plan is an "
            + "optimiser's proposal for a person to review.";

    private final PortfolioPlan plan;

    PlanFacts(PortfolioPlan plan) {
        this.plan = plan;
    }

    /** {@code 2027-01..2027-06}, or one month. */
    static String span(YearMonth from, YearMonth until) {
        return from.equals(until) ? from.toString() : from + ".." + until;
    }

    /** Whom a plan staffs from: {@code a pool of 5 people}, or {@code the projects' own people (4)}. */
    static String pool(PortfolioPlan p) {
        int n = p.people().size();
        return p.ownTeams() ? "the projects' own people (" + n + ")" : "a pool of " + n + (n == 1 ? " person" : " people");
    }

    /** A project's months: {@code 2027-01..2027-06, 6 months}. */
    static String period(PortfolioPlan.ProjectView p) {
        return span(p.start(), p.end()) + ", " + TextReport.count(p.months(), "month");
    }

    /** Who fills an assignment, with how: {@code Ana Ruiz (via ml-engineer, booked)}. */
    static String who(Assignment a) {
        List<String> notes = new ArrayList<>();
        if (a.throughOverlap()) {
            notes.add("via " + a.via());
        }
        if (a.kind() == Assignment.Kind.BOOKED) {
            notes.add("booked");
        } else if (a.kind() == Assignment.Kind.HIRE) {
            notes.add("to hire");
        }
        return a.person() + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    /** A project's current team: {@code Ana Ruiz (ml-engineer, 0.5); ...}, or "none given". */
    static String team(List<Member> team) {
        return team.isEmpty() ? "none given" : team.stream().map(m -> m.name() + " (" + (m.roles().isEmpty() ? "no role"
                : String.join(", ", m.roles())) + ", " + Fte.format(m.allocation()) + ")").collect(Collectors.joining("; "));
    }

    /** Skill levels as {@code sql expert, spark competent}, in the map's order. */
    static String levels(Map<String, Integer> skills) {
        return skills.entrySet().stream().map(e -> e.getKey() + " " + Level.idOf(e.getValue().intValue()))
                .collect(Collectors.joining(", "));
    }

    /** The ids of the rules behind an item, once each. */
    static String rules(List<Reason> reasons, String separator) {
        return reasons.stream().map(Reason::rule).distinct().collect(Collectors.joining(separator));
    }

    /** The kind of an assignment as a word: planned, booked, hire. */
    static String kind(Assignment a) {
        return a.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Hires by first month, then by their number. */
    List<Hire> hiresByDate() {
        return plan.plan().hires().stream().sorted(Comparator.comparing(Hire::from)
                .thenComparingInt(h -> number(h.id()))).toList();
    }

    private static int number(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    List<Assignment> assignments(String project, String role) {
        return plan.plan().assignments().stream().filter(a -> a.project().equals(project) && a.role().equals(role))
                .toList();
    }

    /** A line of a proposed team: someone (or the hires together) at an FTE over a run of months. */
    record Line(String who, double fte, YearMonth from, YearMonth until, List<Reason> reasons) {
    }

    /**
     * A role's proposed team on a project: each pool member's assignments as they are, and the hires' work summed
     * month by month into runs of equal FTE, naming the hires ({@code to hire (hire-1, hire-3)}): which recruit
     * takes which quarter of the work is the plan's bookkeeping, what a PM plans with is how much is hired when.
     */
    List<Line> proposed(String project, String role) {
        List<Line> lines = new ArrayList<>();
        Map<YearMonth, Double> hired = new TreeMap<>();
        Map<YearMonth, TreeSet<String>> who = new TreeMap<>();
        Map<YearMonth, List<Reason>> why = new TreeMap<>();
        for (Assignment a : assignments(project, role)) {
            if (a.kind() != Assignment.Kind.HIRE) {
                lines.add(new Line(who(a), a.fte(), a.from(), a.until(), a.reasons()));
                continue;
            }
            for (YearMonth m = a.from(); !m.isAfter(a.until()); m = m.plusMonths(1)) {
                hired.merge(m, a.fte(), Double::sum);
                who.computeIfAbsent(m, k -> new TreeSet<>(Comparator.comparingInt(PlanFacts::number)))
                        .add(a.person());
                why.computeIfAbsent(m, k -> new ArrayList<>()).addAll(a.reasons());
            }
        }
        YearMonth start = null;
        YearMonth previous = null;
        List<YearMonth> months = new ArrayList<>(hired.keySet());
        for (int i = 0; i <= months.size(); i++) {
            YearMonth m = i < months.size() ? months.get(i) : null;
            boolean same = m != null && previous != null && m.equals(previous.plusMonths(1))
                    && hired.get(m).equals(hired.get(previous));
            if (!same && start != null) {
                List<Reason> reasons = new ArrayList<>();
                java.util.Set<String> names = new TreeSet<>(Comparator.comparingInt(PlanFacts::number));
                for (YearMonth k = start; !k.isAfter(previous); k = k.plusMonths(1)) {
                    reasons.addAll(why.get(k));
                    names.addAll(who.get(k));
                }
                lines.add(new Line("to hire (" + String.join(", ", names) + ")", hired.get(start), start, previous,
                        Reason.merge(List.of(reasons))));
                start = null;
            }
            if (start == null) {
                start = m;
            }
            previous = m;
        }
        lines.sort(Comparator.comparing(Line::from).thenComparing(l -> l.who().startsWith("to hire") ? 1 : 0)
                .thenComparing(Line::who));
        return lines;
    }

    List<Unmet> unmet(String project, String role) {
        return plan.plan().unmet().stream().filter(u -> u.project().equals(project) && u.role().equals(role)).toList();
    }

    /** Booked work on roles the project does not need (someone's allocation on a role the rules did not ask for). */
    List<Assignment> unneeded(PortfolioPlan.ProjectView project) {
        Set<String> needed = project.needs().stream().map(RoleNeed::role).collect(Collectors.toSet());
        return plan.plan().assignments().stream()
                .filter(a -> a.project().equals(project.id()) && !needed.contains(a.role())).toList();
    }

    /**
     * A course: one person's training in one skill, up to the highest level any of its roles needs.
     *
     * @param uses    the roles and projects it serves: {@code ml-engineer on churn, ...}
     * @param reasons the reasons of each training it stands for, in turn
     */
    record Course(String person, String skill, String from, String to, String uses, List<Reason> reasons) {
    }

    /** Training grouped by person and skill, in the plan's order: one course serves every role that needs it. */
    List<Course> courses() {
        Map<String, List<Training>> groups = new LinkedHashMap<>();
        for (Training t : plan.plan().training()) {
            groups.computeIfAbsent(t.person() + "\n" + t.skill(), k -> new ArrayList<>()).add(t);
        }
        return groups.values().stream().map(group -> new Course(group.get(0).person(), group.get(0).skill(),
                Level.idOf(group.get(0).fromLevel()), Level.idOf(group.stream().mapToInt(Training::toLevel).max().orElseThrow()),
                group.stream().map(t -> t.role() + " on " + t.project()).distinct().collect(Collectors.joining(", ")),
                group.stream().flatMap(t -> t.reasons().stream()).toList())).toList();
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = plan.from(); !m.isAfter(plan.until()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Pool members' load by person (in the plan's order) and month, only those who work at all. */
    Map<String, Map<YearMonth, Double>> loadByPerson() {
        Map<String, Map<YearMonth, Double>> rows = new LinkedHashMap<>();
        for (Load load : plan.plan().load()) {
            if (load.fte() > 0) {
                rows.computeIfAbsent(load.person(), p -> new TreeMap<>()).merge(load.month(), load.fte(), Double::sum);
            }
        }
        return rows;
    }

    /** The score in a few lines: feasibility, then each level that counts. */
    List<String> scoreLines() {
        PlanScore score = plan.plan().score();
        List<String> lines = new ArrayList<>();
        long hard = score.level(PlanScore.Level.HARD);
        lines.add(hard == 0 ? "feasible: nobody is above their availability in any month, and everyone fills roles "
                + "they declare or that overlap one they declare"
                : "NOT feasible: " + hard + " hard violation(s); see the constraints below");
        long unstaffed = score.level(PlanScore.Level.UNSTAFFED);
        lines.add("unstaffed need: " + (unstaffed == 0 ? "none" : unstaffed + " (quarter-months; required ones count 4x)"));
        lines.add("hires: " + plan.plan().hires().size());
        lines.add("skill shortfall and changes of person: " + score.level(PlanScore.Level.SKILL_SHORTFALL)
                + " (levels short x quarter-months of work; a change of person counts " + PlanRule.CHANGE_WEIGHT + ")");
        lines.add("overlaps, split people and roles per hire: " + score.level(PlanScore.Level.SPREAD));
        lines.add("cost: " + (plan.costed() ? Fte.format(score.level(PlanScore.Level.COST) / 100.0)
                + " (per the pool's costs)" : "not counted (not everyone in the pool has a cost)"));
        for (PlanScore.ConstraintScore c : score.constraints()) {
            if (c.matches() > 0) {
                lines.add("  " + c.id() + " " + c.name() + ": " + c.penalty() + " on " + PlanText.scoreLevel(c.level())
                        + ", " + c.matches() + (c.matches() == 1 ? " match" : " matches"));
            }
        }
        lines.add("search: seed " + plan.options().seed() + (plan.options().timeLimit() == null ? ""
                : ", time limit " + plan.options().timeLimit().toMillis() + " ms"));
        return lines;
    }
}
