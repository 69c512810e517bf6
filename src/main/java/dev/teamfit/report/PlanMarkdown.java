package dev.teamfit.report;

import dev.teamfit.model.Fte;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.plan.RoleNeed;
import dev.teamfit.plan.Unmet;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A staffing plan as GitHub-flavoured Markdown: the score, the hiring list, each project's proposed team beside
 * its current one, training, what stays unmet, and each person's load. Every cell is escaped.
 */
final class PlanMarkdown {

    private final StringBuilder md = new StringBuilder();

    String render(PortfolioPlan p) {
        PlanFacts facts = new PlanFacts(p);
        md.append("# Staffing plan, ").append(p.from()).append(" to ").append(p.until()).append("\n\n");
        md.append(MarkdownReport.escape(PlanFacts.ESTIMATES)).append("\n\n");
        for (String left : p.left()) {
            md.append("- Left out: ").append(MarkdownReport.escape(left)).append('\n');
        }
        for (String person : p.rebalanced()) {
            md.append("- Over-allocated now: ").append(MarkdownReport.escape(person)).append('\n');
        }
        if (!p.left().isEmpty() || !p.rebalanced().isEmpty()) {
            md.append('\n');
        }
        md.append("## Score\n\n");
        for (String line : facts.scoreLines()) {
            md.append(line.startsWith("  ") ? "  - " : "- ").append(MarkdownReport.escape(line.strip())).append('\n');
        }
        md.append("\n## Hiring list\n\n");
        if (p.plan().hires().isEmpty()) {
            md.append("No hires: the pool staffs every required role.\n");
        } else {
            row("Hire", "Roles", "FTE", "From", "Until", "Projects", "Skills", "Rules");
            rule("---", "---", "---:", "---", "---", "---", "---", "---");
            for (Hire h : facts.hiresByDate()) {
                row(h.id(), String.join(", ", h.roles()), Fte.format(h.fte()), h.from().toString(), h.until().toString(),
                        String.join(", ", h.projects()), PlanFacts.levels(h.skills()), rules(h.reasons()));
            }
        }
        md.append("\n## Projects\n");
        for (PortfolioPlan.ProjectView project : p.projects()) {
            md.append("\n### ").append(MarkdownReport.escape(project.id() + ": " + project.name())).append("\n\n");
            md.append(MarkdownReport.escape(PlanFacts.period(project))).append(".\n\n");
            md.append("Current team: ").append(MarkdownReport.escape(PlanFacts.team(project.team()))).append("\n\n");
            row("Role", "Need", "Proposed", "FTE", "Months", "Rules");
            rule("---", "---", "---", "---:", "---", "---");
            for (RoleNeed need : project.needs()) {
                String needText = (need.required() ? "required " : "recommended ") + Fte.format(need.fte());
                for (PlanFacts.Line a : facts.proposed(project.id(), need.role())) {
                    row(need.role(), needText, a.who(), Fte.format(a.fte()), PlanFacts.span(a.from(), a.until()),
                            rules(a.reasons()));
                }
                for (Unmet u : facts.unmet(project.id(), need.role())) {
                    row(need.role(), needText, "unmet: " + u.cause().text(), Fte.format(u.fte()),
                            PlanFacts.span(u.from(), u.until()), rules(u.reasons()));
                }
            }
            for (Assignment a : facts.unneeded(project)) {
                row(a.role(), "not needed", PlanFacts.who(a), Fte.format(a.fte()), PlanFacts.span(a.from(), a.until()),
                        rules(a.reasons()));
            }
        }
        md.append("\n## Training\n\n");
        List<PlanFacts.Course> courses = facts.courses();
        if (courses.isEmpty()) {
            md.append("None: everyone assigned meets their role's levels.\n");
        } else {
            row("Person", "Skill", "From", "To", "For", "Rules");
            rule("---", "---", "---", "---", "---", "---");
            for (PlanFacts.Course c : courses) {
                row(c.person(), c.skill(), c.from(), c.to(), c.uses(), rules(c.reasons()));
            }
        }
        if (!p.plan().unmet().isEmpty()) {
            md.append("\n## Unmet\n\n");
            row("Project", "Role", "Priority", "FTE", "Months", "Why");
            rule("---", "---", "---", "---:", "---", "---");
            for (Unmet u : p.plan().unmet()) {
                row(u.project(), u.role(), u.required() ? "required" : "recommended", Fte.format(u.fte()),
                        PlanFacts.span(u.from(), u.until()), u.cause().text());
            }
        }
        md.append("\n## Load per person\n\nFTE per month; a dot is no work.\n\n");
        List<YearMonth> months = facts.months();
        Map<String, Map<YearMonth, Double>> load = facts.loadByPerson();
        String[] header = new String[months.size() + 1];
        String[] rule = new String[months.size() + 1];
        header[0] = "Person";
        rule[0] = "---";
        for (int i = 0; i < months.size(); i++) {
            header[i + 1] = months.get(i).toString();
            rule[i + 1] = "---:";
        }
        row(header);
        rule(rule);
        load.forEach((person, byMonth) -> {
            String[] cells = new String[months.size() + 1];
            cells[0] = person;
            for (int i = 0; i < months.size(); i++) {
                Double fte = byMonth.get(months.get(i));
                cells[i + 1] = fte == null ? "." : Fte.format(fte);
            }
            row(cells);
        });
        return md.toString();
    }

    private static String rules(List<Reason> reasons) {
        return PlanFacts.rules(reasons, ", ");
    }

    private void row(String... cells) {
        MarkdownReport.row(md, cells);
    }

    /** The row under a table's header: {@code ---} or, for a right-aligned column, {@code ---:}. */
    private void rule(String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
