package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Spool;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * Reports as GitHub-flavoured Markdown, for pasting into a client report. A portfolio is the summary as
 * tables, one section per project, then the errors; the summary comes first, so project sections are
 * held until the end. All input text goes through {@link #escape}: a project file must not be able
 * to break a table or inject markup into the report.
 */
public record MarkdownReport(Catalog catalog) implements Renderer {

    @Override
    public String assessment(Assessment a) {
        StringBuilder md = new StringBuilder("# Team assessment\n");
        project(md, a);
        return md.toString();
    }

    /** What changes from a project to its variants, as a section per variant. */
    @Override
    public String comparison(dev.teamfit.compare.Comparison c) {
        StringBuilder md = new StringBuilder("# What if: ").append(escape(c.base().project().name())).append(" (")
                .append(escape(c.base().project().id())).append(")\n\nBase: ").append(escape(TextReport.headline(c.base())))
                .append(".\n");
        int n = 1;
        for (dev.teamfit.compare.Comparison.Variant v : c.variants()) {
            md.append("\n## Variant ").append(n++).append(": ").append(escape(v.label())).append("\n\n");
            md.append("Changed input: ").append(escape(v.inputs().isEmpty() ? "nothing" : String.join("; ", v.inputs())))
                    .append(".<br>\n").append(escape(TextReport.headline(v.assessment()))).append(".\n\n");
            table(md, v.changes(), "No change to roles, levels, staffing or gaps.\n", "| Change | Because |\n|---|---|\n",
                    change -> List.of(Comparisons.mark(change.kind()) + " " + change.text(),
                            String.join("; ", change.causes())));
            if (!v.assessment().actions().isEmpty()) {
                md.append("\n**Top actions**\n\n");
                actions(md, v.assessment());
            }
        }
        return md.toString();
    }

    /**
     * The portfolio: the summary's tables, then a section per project, then the errors. The sections
     * arrive before the summary is known, so they wait in temporary files ({@link Spool}), not in memory.
     */
    @Override
    public PortfolioWriter portfolio(Writer out) {
        return new SummaryFirst(out) {
            private final Spool projects = spool();
            private final Spool errors = spool();

            @Override
            public void outcome(Outcome outcome) throws IOException {
                if (outcome instanceof Outcome.Result result) {
                    StringBuilder md = new StringBuilder();
                    project(md, result.assessment());
                    projects.writer().write(md.toString());
                } else {
                    for (String e : ((Outcome.Failure) outcome).messages()) {
                        errors.writer().write("- " + escape(e) + "\n");
                    }
                }
            }

            @Override
            void write(PortfolioSummary s) throws IOException {
                summary(out, s);
                projects.copyTo(out);
                out.write("\n## Errors\n\n");
                if (errors.isEmpty()) {
                    out.write("None: every input was assessed.\n");
                }
                errors.copyTo(out);
            }
        };
    }

    private void summary(Writer out, PortfolioSummary s) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Portfolio assessment\n\n");
        md.append(TextReport.count(s.projects(), "project")).append(" assessed, ")
                .append(TextReport.count(s.errors(), "input")).append(" with errors · gaps: ")
                .append(s.critical()).append(" critical, ").append(s.major()).append(" major, ")
                .append(s.minor()).append(" minor.\n");

        md.append("\n## Summary\n\n### Demand per role\n\n");
        table(md, s.roles(), "No project needs a role.\n", "| Role | Projects requiring | Projects recommending "
                + "| FTE needed | FTE staffed | FTE unstaffed | Projects uncovered |\n|---|---:|---:|---:|---:|---:|---:|\n",
                d -> List.of(catalog.roleName(d.role()), d.required(), d.recommended(), Fte.format(d.fteNeeded()),
                        Fte.format(d.fteStaffed()), Fte.format(d.fteUnstaffed()), d.uncovered()));

        md.append("\n### Candidates for a shared team\n\n");
        md.append("Roles that ").append(PortfolioSummary.SHARED_TEAM_THRESHOLD)
                .append(" or more projects require and nobody on their team staffs.\n\n");
        table(md, s.shared(), "None.\n", "| Role | Projects uncovered | FTE uncovered |\n|---|---:|---:|\n",
                t -> List.of(catalog.roleName(t.role()), t.projects(), Fte.format(t.fte())));

        md.append("\n### People on several projects\n\n");
        out.write(md.toString());
        md.setLength(0);
        if (s.people().isEmpty()) {
            out.write("None.\n");
        } else {
            out.write(s.overallocated().size() + " of " + s.people().size() + " allocated over 1 FTE in all.\n\n"
                    + "| Person | FTE in all | Over | Months over | Projects |\n|---|---:|---:|---|---|\n");
            for (PortfolioSummary.Person p : s.people()) {
                row(md, p.member(), Fte.format(p.fte()), p.over() > 0 ? Fte.format(p.over()) : "–",
                        TextReport.overMonths(p), String.join(", ", p.projects()));
                out.write(md.toString());
                md.setLength(0);
            }
        }

        md.append("\n### Most at risk\n\n");
        if (s.risks().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("Risk = criticality weight (low 1 to mission-critical 4) × (unstaffed required FTE + critical gaps "
                    + "+ major gaps / 4): teamfit's estimate.\n\n");
            md.append("| # | Project | Risk | Criticality | Unstaffed FTE | Critical | Major | Minor |\n"
                    + "|---:|---|---:|---|---:|---:|---:|---:|\n");
            int rank = 1;
            for (PortfolioSummary.Risk r : s.risks()) {
                row(md, rank++, r.name() + " (" + r.project() + ")" + (r.staffed() ? "" : " · not staffed yet"),
                        Fte.format(r.score()), r.criticality(), Fte.format(r.unstaffedFte()), r.critical(), r.major(), r.minor());
            }
        }

        if (s.whatIf() != null) {
            PortfolioSummary.WhatIf w = s.whatIf();
            md.append("\n### What if every project had ").append(escape(String.join(", ", w.changes()))).append("\n\n");
            md.append(TextReport.count(w.compared(), "project")).append(" compared with the portfolio as it is.\n\n");
            table(md, w.roles(), "No change to the demand for any role.\n",
                    "| Role | Projects requiring | FTE needed | FTE unstaffed | Change |\n|---|---:|---:|---:|---|\n",
                    c -> List.of(catalog.roleName(c.role()), c.before().required() + " → " + c.after().required(),
                            Fte.format(c.before().fteNeeded()) + " → " + Fte.format(c.after().fteNeeded()),
                            Fte.format(c.before().fteUnstaffed()) + " → " + Fte.format(c.after().fteUnstaffed()),
                            TextReport.roleChange(catalog, c).replaceFirst("^[^:]*: ", "")));
            table(md, w.risks(), "", "\n| # | Project | Risk | Risk before | Rank before |\n|---:|---|---:|---:|---:|\n",
                    r -> List.of(r.rank() == null ? "out" : r.rank(), r.name() + " (" + r.project() + ")",
                            Fte.format(r.score()), Fte.format(r.scoreBefore()), r.rankBefore() == null ? "–" : r.rankBefore()));
        }

        if (s.skipped().count() > 0) {
            md.append("\n### Left out\n\n").append(TextReport.count(s.skipped().count(), "path"))
                    .append(" found in the folders given are not read:\n\n");
            for (var skipped : s.skipped().first()) {
                md.append("- ").append(escape(skipped.path())).append(": ").append(escape(skipped.reason())).append('\n');
            }
        }
        out.write(md.toString());
    }

    private void project(StringBuilder md, Assessment a) {
        md.append("\n## ").append(escape(a.project().name())).append(" (").append(escape(a.project().id()))
                .append(")\n\n");
        md.append(escape(TextReport.headline(a))).append(".\n\n");
        if (!a.actions().isEmpty()) {
            md.append("**Top actions**\n\n");
            actions(md, a);
            md.append('\n');
        }
        table(md, a.roles(), "No role needed.\n",
                "| Role | Priority | FTE needed | FTE staffed | Covered by |\n|---|---|---:|---:|---|\n",
                role -> List.of(catalog.roleName(role.role()), role.requirement().priority().id(), Fte.format(role.needed()),
                        a.project().teamDeclared() ? Fte.format(role.staffed()) : "–", coveredBy(a, role)));
        md.append("\n### Gaps\n\n");
        if (!a.project().teamDeclared()) {
            md.append("No team given: add a team list to see coverage and gaps.\n");
        } else if (a.gaps().isEmpty()) {
            md.append("None: the team covers every need.\n");
        }
        for (int i = 0; i < a.gaps().size(); i++) {
            Gap gap = a.gaps().get(i);
            md.append(i + 1).append(". **").append(gap.severity().id()).append("** ").append(gap.type().id())
                    .append(gap.role() == null ? "" : " · " + escape(catalog.roleName(gap.role()))).append(": ")
                    .append(escape(gap.message(catalog))).append("<br>\n   Suggestion: ")
                    .append(escape(gap.action().text(catalog))).append('\n');
        }
        if (!a.warnings().isEmpty()) {
            md.append("\n### Warnings\n\n");
            a.warnings().forEach(w -> md.append("- ").append(escape(w)).append('\n'));
        }
        md.append("\n").append(escape(TextReport.ESTIMATES)).append('\n');
    }

    private void actions(StringBuilder md, Assessment a) {
        for (int i = 0; i < a.actions().size(); i++) {
            md.append(i + 1).append(". ").append(escape(a.actions().get(i).text(catalog))).append('\n');
        }
    }

    private String coveredBy(Assessment a, Assessment.RoleResult role) {
        return a.project().teamDeclared() ? TextReport.coveredBy(catalog, role) : "no team given";
    }

    /** A table under its header, or what to say when it has no rows. */
    private static <T> void table(StringBuilder md, List<T> items, String none, String header,
                                  Function<T, List<?>> cells) {
        md.append(items.isEmpty() ? none : header);
        items.forEach(item -> row(md, cells.apply(item).toArray()));
    }

    /** A table row; every cell is escaped. */
    static void row(StringBuilder md, Object... cells) {
        md.append('|');
        for (Object cell : cells) {
            md.append(' ').append(escape(String.valueOf(cell))).append(" |");
        }
        md.append('\n');
    }

    /**
     * Makes text inert in a GFM table cell, list item or heading: HTML special characters become entities,
     * line breaks become {@code <br>}, characters that start inline markup ({@code \ ` * _ [ ] | ~}) are
     * backslash-escaped everywhere, and those that start block markup only at the start of the text
     * ({@code #}, {@code -}, {@code +}, {@code =}, and a list number such as {@code 1.} or {@code 2)}).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("<br>");
                }
                case '\n' -> out.append("<br>");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                case '#', '-', '+', '=' -> out.append(i == start ? "\\" : "").append(c);
                case '.', ')' -> out.append(isListNumber(text, start, i) ? "\\" : "").append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether position {@code i} ends a list marker at the start of the text: {@code 1. } or {@code 2)}. */
    private static boolean isListNumber(String text, int start, int i) {
        if (i == start || (i + 1 < text.length() && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\t')) {
            return false;
        }
        for (int j = start; j < i; j++) {
            if (text.charAt(j) < '0' || text.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String plan(dev.teamfit.plan.PortfolioPlan plan) {
        return new PlanMarkdown().render(plan);
    }
}
