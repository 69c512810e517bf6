package dev.teamfit.report;

import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Level;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.plan.RoleNeed;
import dev.teamfit.plan.Unmet;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A staffing plan for a terminal, as a PM reads it: the plan's headline and score, the hiring list in date order,
 * each project's proposed team beside its current one, training, what stays unmet and why, and each person's load.
 * Every item names the rules behind it; with {@code explain}, their reasons in full.
 */
final class PlanText {

    private final Catalog catalog;
    private final boolean explain;
    private final StringBuilder out = new StringBuilder();

    PlanText(Catalog catalog, boolean explain) {
        this.catalog = catalog;
        this.explain = explain;
    }

    String render(PortfolioPlan p) {
        PlanFacts facts = new PlanFacts(p);
        out.append("Staffing plan: ").append(TextReport.count(p.projects().size(), "project")).append(", ").append(p.from())
                .append(" to ").append(p.until()).append(", ").append(PlanFacts.pool(p)).append("\n");
        out.append(PlanFacts.ESTIMATES).append("\n");
        for (String left : p.left()) {
            out.append("Left out: ").append(left).append(".\n");
        }
        for (String person : p.rebalanced()) {
            out.append("Over-allocated now: ").append(person).append(".\n");
        }
        out.append("\nScore\n");
        for (String line : facts.scoreLines()) {
            out.append("  ").append(line).append("\n");
        }

        out.append("\nHiring list (").append(p.plan().hires().size()).append(", in date order)\n");
        if (p.plan().hires().isEmpty()) {
            out.append("  No hires: the pool staffs every required role.\n");
        }
        for (Hire hire : facts.hiresByDate()) {
            out.append("  ").append(hire.id()).append(": ").append(String.join(" + ", hire.roles())).append(", ")
                    .append(Fte.format(hire.fte())).append(" FTE, ").append(PlanFacts.span(hire.from(), hire.until()))
                    .append(", for ").append(String.join(", ", hire.projects())).append(rules(hire.reasons())).append("\n");
            if (!hire.skills().isEmpty()) {
                Map<String, Integer> key = new TreeMap<>();
                hire.skills().forEach((skill, level) -> {
                    if (level >= Level.PROFICIENT.value()) {
                        key.put(skill, level);
                    }
                });
                int rest = hire.skills().size() - key.size();
                out.append("    skills: ").append(key.isEmpty() ? skills(hire.skills()) : skills(key)
                        + (rest == 0 ? "" : "; and " + rest + " more at competent or below (all in --format json)"))
                        .append("\n");
            }
            reasons(hire.reasons(), "    ");
        }

        for (PortfolioPlan.ProjectView project : p.projects()) {
            out.append("\n").append(project.id()).append(": ").append(project.name()).append(" (")
                    .append(PlanFacts.period(project)).append(")\n");
            out.append("  Current team: ").append(PlanFacts.team(project.team())).append("\n");
            out.append("  Proposed team:\n");
            for (RoleNeed need : project.needs()) {
                out.append("    ").append(need.role()).append(" (").append(need.required() ? "required" : "recommended")
                        .append(", ").append(Fte.format(need.fte())).append(" FTE)\n");
                List<Assignment> filled = facts.assignments(project.id(), need.role());
                if (filled.isEmpty() && facts.unmet(project.id(), need.role()).isEmpty()) {
                    out.append("      nobody\n");
                }
                for (PlanFacts.Line a : facts.proposed(project.id(), need.role())) {
                    out.append("      ").append(a.who()).append(", ").append(Fte.format(a.fte())).append(" FTE, ")
                            .append(PlanFacts.span(a.from(), a.until())).append(rules(a.reasons())).append("\n");
                    reasons(a.reasons(), "        ");
                }
                for (Unmet u : facts.unmet(project.id(), need.role())) {
                    out.append("      unmet: ").append(Fte.format(u.fte())).append(" FTE, ").append(PlanFacts.span(u.from(), u.until()))
                            .append(": ").append(u.cause().text()).append(rules(u.reasons())).append("\n");
                    reasons(u.reasons(), "        ");
                }
            }
            for (Assignment a : facts.unneeded(project)) {
                out.append("    ").append(a.role()).append(" (not needed, kept as booked)\n      ").append(PlanFacts.who(a))
                        .append(", ").append(Fte.format(a.fte())).append(" FTE, ").append(PlanFacts.span(a.from(), a.until()))
                        .append(rules(a.reasons())).append("\n");
                reasons(a.reasons(), "        ");
            }
        }

        List<PlanFacts.Course> courses = facts.courses();
        out.append("\nTraining (").append(courses.size()).append(", where the pool gives a level below what a role needs)\n");
        if (courses.isEmpty()) {
            out.append("  None: everyone assigned meets their role's levels.\n");
        }
        for (PlanFacts.Course c : courses) {
            out.append("  ").append(c.person()).append(": ").append(c.skill()).append(" ").append(c.from()).append(" -> ")
                    .append(c.to()).append(", for ").append(c.uses()).append(rules(c.reasons())).append("\n");
            reasons(c.reasons(), "    ");
        }

        if (!p.plan().unmet().isEmpty()) {
            out.append("\nUnmet (").append(p.plan().unmet().size()).append(")\n");
            for (Unmet u : p.plan().unmet()) {
                out.append("  ").append(u.project()).append(" ").append(u.role()).append(" (")
                        .append(u.required() ? "required" : "recommended").append("), ").append(Fte.format(u.fte()))
                        .append(" FTE, ").append(PlanFacts.span(u.from(), u.until())).append(": ").append(u.cause().text())
                        .append("\n");
            }
        }

        load(p, facts);
        return out.toString();
    }

    /** Each person's load per month: one row per person who works at all, one column per month. */
    private void load(PortfolioPlan p, PlanFacts facts) {
        List<YearMonth> months = facts.months();
        Map<String, Map<YearMonth, Double>> rows = facts.loadByPerson();
        out.append("\nLoad per person (FTE per month, of their availability)\n");
        if (rows.isEmpty()) {
            out.append("  Nobody from the pool works on these projects.\n");
            return;
        }
        int width = Math.max(6, rows.keySet().stream().mapToInt(String::length).max().orElse(6));
        StringBuilder header = new StringBuilder("  ").append(TextReport.pad("", width));
        for (YearMonth m : months) {
            header.append(" ").append(m.toString().substring(2));
        }
        out.append(header.toString().stripTrailing()).append("  avail.\n");
        Map<String, Double> availability = p.people().stream()
                .collect(Collectors.toMap(dev.teamfit.plan.Person::name, dev.teamfit.plan.Person::availability,
                        (a, b) -> a, TreeMap::new));
        rows.forEach((person, byMonth) -> {
            StringBuilder row = new StringBuilder("  ").append(TextReport.pad(person, width));
            for (YearMonth m : months) {
                Double fte = byMonth.get(m);
                row.append(" ").append(TextReport.pad(fte == null ? "." : Fte.format(fte), 5));
            }
            out.append(row.toString().stripTrailing()).append("  ")
                    .append(Fte.format(availability.getOrDefault(person, 0.0))).append("\n");
        });
    }

    private String skills(Map<String, Integer> skills) {
        List<String> items = new ArrayList<>();
        skills.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> catalog.skillOrder(a) != catalog.skillOrder(b)
                        ? Integer.compare(catalog.skillOrder(a), catalog.skillOrder(b)) : a.compareTo(b)))
                .forEach(e -> items.add(e.getKey() + " " + Level.idOf(e.getValue().intValue())));
        return String.join(", ", items);
    }

    private static String rules(List<Reason> reasons) {
        return "  [" + PlanFacts.rules(reasons, ", ") + "]";
    }

    private void reasons(List<Reason> reasons, String indent) {
        if (explain) {
            TextReport.appendReasons(out, reasons, indent);
        }
    }

    static String scoreLevel(PlanScore.Level level) {
        return switch (level) {
            case HARD -> "hard (over-booked or ineligible)";
            case UNSTAFFED -> "unstaffed need (quarter-months, required x4)";
            case HIRES -> "hires";
            case SKILL_SHORTFALL -> "skill shortfall and changes of person (levels x quarter-months)";
            case SPREAD -> "overlaps, split people and roles per hire";
            case COST -> "cost (hundredths)";
            case PACKING -> "hire packing (tie-breaker)";
        };
    }
}
