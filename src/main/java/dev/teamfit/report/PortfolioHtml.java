package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio as one self-contained HTML page: headline numbers, a table of contents, the summary as
 * inline SVG charts (demand against covered FTE per role, gaps by severity per project, the risk
 * ranking) with their tables, then each project's section as {@link HtmlReport} renders it, then the
 * errors. The summary comes first, so the sections are held until {@link #finish}.
 */
public final class PortfolioHtml implements PortfolioWriter {

    private static final int ROLE_LABEL = 170;
    private static final int PROJECT_LABEL = 280;

    private final Catalog catalog;
    private final Writer out;
    private final HtmlReport report;
    private final StringBuilder sections = new StringBuilder();
    private final List<Entry> projects = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    /** What the contents and the charts need of a project once its section is written. */
    private record Entry(String id, String name, Assessment.Summary summary, boolean team) {
    }

    public PortfolioHtml(Catalog catalog, Writer out) {
        this.catalog = catalog;
        this.out = out;
        this.report = new HtmlReport(catalog);
    }

    @Override
    public void outcome(Outcome outcome) {
        if (outcome instanceof Outcome.Result result) {
            Assessment a = result.assessment();
            sections.append(report.section(a, 2));
            projects.add(new Entry(a.project().id(), a.project().name(), a.summary(), a.project().teamDeclared()));
        } else {
            errors.addAll(((Outcome.Failure) outcome).messages());
        }
    }

    @Override
    public void finish(PortfolioSummary s) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<header class=\"report\">\n<p class=\"eyebrow\">teamfit</p>\n<h1>Portfolio assessment</h1>\n")
                .append("<p class=\"sub\">").append(TextReport.count(s.projects(), "project")).append(" assessed, ")
                .append(TextReport.count(s.errors(), "input")).append(" with errors</p>\n")
                .append("<ul class=\"tiles\" aria-label=\"Headline numbers\">\n");
        tile(html, "", s.projects(), s.projects() == 1 ? "project assessed" : "projects assessed");
        tile(html, "", s.errors(), s.errors() == 1 ? "input with errors" : "inputs with errors");
        tile(html, "critical", s.critical(), s.critical() == 1 ? "critical gap" : "critical gaps");
        tile(html, "major", s.major(), s.major() == 1 ? "major gap" : "major gaps");
        tile(html, "minor", s.minor(), s.minor() == 1 ? "minor gap" : "minor gaps");
        html.append("</ul>\n</header>\n");

        contents(html);

        html.append("<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n");
        demand(html, s);
        gapsByProject(html);
        risks(html, s);
        shared(html, s);
        overallocated(html, s);
        html.append("</section>\n");

        html.append(sections);

        html.append("<section id=\"errors\" aria-labelledby=\"errors-title\">\n<h2 id=\"errors-title\">Errors</h2>\n");
        if (errors.isEmpty()) {
            html.append("<p>None: every input was assessed.</p>\n");
        } else {
            html.append("<ul>\n");
            errors.forEach(e -> html.append("<li><code>").append(Html.escape(e)).append("</code></li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n").append(HtmlReport.footer());
        out.write(Html.page("Portfolio assessment · teamfit", html.toString()));
        out.flush();
    }

    private static void tile(StringBuilder html, String css, int number, String text) {
        html.append("<li").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append("><span class=\"n\">")
                .append(number).append("</span><span class=\"t\">").append(text).append("</span></li>\n");
    }

    private void contents(StringBuilder html) {
        html.append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Contents</h2>\n<ol>\n")
                .append("<li><a href=\"#summary\">Summary</a>\n<ol>\n")
                .append("<li><a href=\"#demand\">Demand per role</a></li>\n")
                .append("<li><a href=\"#gaps-by-project\">Gaps by project</a></li>\n")
                .append("<li><a href=\"#risk\">Most at risk</a></li>\n")
                .append("<li><a href=\"#shared\">Candidates for a shared team</a></li>\n")
                .append("<li><a href=\"#overallocated\">People allocated over 1 FTE</a></li>\n")
                .append("</ol>\n</li>\n");
        for (Entry p : projects) {
            html.append("<li><a href=\"#p-").append(Html.anchor(p.id())).append("\">").append(Html.escape(p.name()))
                    .append("</a> <span class=\"muted\">· ").append(gapText(p)).append("</span></li>\n");
        }
        html.append("<li><a href=\"#errors\">Errors</a> <span class=\"muted\">· ").append(errors.size())
                .append("</span></li>\n</ol>\n</nav>\n");
    }

    private static String gapText(Entry p) {
        if (!p.team()) {
            return "no team given";
        }
        Assessment.Summary s = p.summary();
        return s.critical() + " critical, " + s.major() + " major, " + s.minor() + " minor";
    }

    private void demand(StringBuilder html, PortfolioSummary s) {
        html.append("<figure id=\"demand\">\n<figcaption>Demand per role: FTE the projects need against FTE their "
                + "teams cover</figcaption>\n");
        if (s.roles().isEmpty()) {
            html.append("<p>No project needs a role.</p>\n</figure>\n");
            return;
        }
        html.append("<p class=\"legend\"><span>").append(swatch("need")).append(" FTE needed by the projects that "
                        + "require the role</span><span>").append(swatch("covered"))
                .append(" FTE their teams staff</span></p>\n");
        List<Html.Bar> bars = new ArrayList<>();
        double max = 0;
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            String role = catalog.roleName(d.role());
            String text = d.required() == 0 ? "recommended only (" + TextReport.count(d.recommended(), "project") + ")"
                    : Fte.format(d.fteStaffed()) + " of " + Html.fte(d.fteNeeded()) + " staffed"
                    + (d.uncovered() == 0 ? "" : " · uncovered in " + TextReport.count(d.uncovered(), "project"));
            bars.add(new Html.Bar(role, role + ": " + text, List.of(new Html.Segment(d.fteNeeded(), "need", null),
                    new Html.Segment(d.fteStaffed(), "covered", null)), text));
            max = Math.max(max, d.fteNeeded());
        }
        html.append(Html.barChart("demand-chart", "FTE needed and covered per role",
                "For each role, a dashed bar for the FTE needed and a solid bar for the FTE covered; the numbers "
                        + "follow each bar.", bars, max, true, ROLE_LABEL));
        html.append("<details><summary>As a table</summary>\n<table>\n<thead><tr><th scope=\"col\">Role</th>"
                + "<th scope=\"col\" class=\"num\">Projects requiring</th><th scope=\"col\" class=\"num\">Projects "
                + "recommending</th><th scope=\"col\" class=\"num\">FTE needed</th><th scope=\"col\" class=\"num\">FTE "
                + "covered</th><th scope=\"col\" class=\"num\">FTE uncovered</th><th scope=\"col\" class=\"num\">"
                + "Projects uncovered</th></tr></thead>\n<tbody>\n");
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            row(html, catalog.roleName(d.role()), String.valueOf(d.required()), String.valueOf(d.recommended()),
                    Fte.format(d.fteNeeded()), Fte.format(d.fteStaffed()), Fte.format(d.fteUnstaffed()),
                    String.valueOf(d.uncovered()));
        }
        html.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    private void gapsByProject(StringBuilder html) {
        html.append("<figure id=\"gaps-by-project\">\n<figcaption>Gaps by severity per project</figcaption>\n");
        if (projects.isEmpty()) {
            html.append("<p>No project was assessed.</p>\n</figure>\n");
            return;
        }
        html.append("<p class=\"legend\"><span>").append(swatch("critical")).append(" critical</span><span>")
                .append(swatch("major")).append(" major</span><span>").append(swatch("minor"))
                .append(" minor</span></p>\n");
        List<Html.Bar> bars = new ArrayList<>();
        int max = 0;
        for (Entry p : projects) {
            Assessment.Summary s = p.summary();
            bars.add(new Html.Bar(p.name(), p.name() + " (" + p.id() + "): " + gapText(p), List.of(
                    new Html.Segment(s.critical(), "critical", String.valueOf(s.critical())),
                    new Html.Segment(s.major(), "major", String.valueOf(s.major())),
                    new Html.Segment(s.minor(), "minor", String.valueOf(s.minor()))), gapText(p)));
            max = Math.max(max, s.critical() + s.major() + s.minor());
        }
        html.append(Html.barChart("gaps-chart", "Gaps by severity per project",
                "For each project in input order, its critical, major and minor gaps stacked; the counts follow each "
                        + "bar.", bars, max, false, PROJECT_LABEL));
        html.append("</figure>\n");
    }

    private static void risks(StringBuilder html, PortfolioSummary s) {
        html.append("<figure id=\"risk\">\n<figcaption>Most at risk: criticality weight × (unstaffed required FTE + "
                + "critical gaps + major gaps / 4), teamfit's estimate</figcaption>\n");
        if (s.risks().isEmpty()) {
            html.append("<p>None.</p>\n</figure>\n");
            return;
        }
        List<Html.Bar> bars = new ArrayList<>();
        int rank = 1;
        double max = 0;
        for (PortfolioSummary.Risk r : s.risks()) {
            String text = "risk " + Fte.format(r.score()) + " · " + r.criticality() + " · " + Fte.format(r.unstaffedFte())
                    + " FTE unstaffed · " + r.critical() + " critical, " + r.major() + " major"
                    + (r.staffed() ? "" : " · not staffed yet");
            bars.add(new Html.Bar(rank + ". " + r.name(), rank + ". " + r.name() + " (" + r.project() + "): " + text,
                    List.of(new Html.Segment(r.score(), "critical", null)), text));
            max = Math.max(max, r.score());
            rank++;
        }
        html.append(Html.barChart("risk-chart", "Projects most at risk",
                "The riskiest projects in rank order, each with its risk as a bar; the numbers follow each bar.", bars,
                max, false, PROJECT_LABEL));
        html.append("<details><summary>As a table</summary>\n<table>\n<thead><tr><th scope=\"col\" class=\"num\">#</th>"
                + "<th scope=\"col\">Project</th><th scope=\"col\" class=\"num\">Risk</th><th scope=\"col\">Criticality"
                + "</th><th scope=\"col\" class=\"num\">Unstaffed FTE</th><th scope=\"col\" class=\"num\">Critical</th>"
                + "<th scope=\"col\" class=\"num\">Major</th></tr></thead>\n<tbody>\n");
        rank = 1;
        for (PortfolioSummary.Risk r : s.risks()) {
            html.append("<tr><td class=\"num\">").append(rank++).append("</td><th scope=\"row\"><a href=\"#p-")
                    .append(Html.anchor(r.project())).append("\">").append(Html.escape(r.name())).append("</a>")
                    .append(r.staffed() ? "" : " <small>not staffed yet</small>").append("</th>");
            for (String cell : List.of(Fte.format(r.score()), r.criticality(), Fte.format(r.unstaffedFte()),
                    String.valueOf(r.critical()), String.valueOf(r.major()))) {
                html.append("<td class=\"num\">").append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    private void shared(StringBuilder html, PortfolioSummary s) {
        html.append("<h3 id=\"shared\">Candidates for a shared team</h3>\n<p>Roles that ")
                .append(PortfolioSummary.SHARED_TEAM_THRESHOLD)
                .append(" or more projects require and nobody on their team covers.</p>\n");
        if (s.shared().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">Role</th><th scope=\"col\" class=\"num\">Projects uncovered"
                + "</th><th scope=\"col\" class=\"num\">FTE uncovered</th></tr></thead>\n<tbody>\n");
        for (PortfolioSummary.SharedTeam t : s.shared()) {
            row(html, catalog.roleName(t.role()), String.valueOf(t.projects()), Fte.format(t.fte()));
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void overallocated(StringBuilder html, PortfolioSummary s) {
        html.append("<h3 id=\"overallocated\">People allocated over 1 FTE</h3>\n");
        if (s.overallocated().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">Person</th><th scope=\"col\" class=\"num\">FTE in all</th>"
                + "<th scope=\"col\">Projects</th></tr></thead>\n<tbody>\n");
        for (MemberLoad load : s.overallocated()) {
            row(html, load.member(), Fte.format(load.total()), String.join(", ", load.elsewhere()));
        }
        html.append("</tbody>\n</table>\n");
    }

    /** A table row: the first cell a row header, the others data; numbers right-aligned. Every cell is escaped. */
    private static void row(StringBuilder html, String header, String... cells) {
        html.append("<tr><th scope=\"row\">").append(Html.escape(header)).append("</th>");
        for (String cell : cells) {
            boolean number = cell.matches("[0-9.]+");
            html.append("<td").append(number ? " class=\"num\"" : "").append('>').append(Html.escape(cell)).append("</td>");
        }
        html.append("</tr>\n");
    }

    /** A small key for a chart's legend, drawn with the chart's own classes. */
    private static String swatch(String css) {
        return "<svg width=\"22\" height=\"12\" aria-hidden=\"true\"><rect class=\"" + css
                + "\" x=\"1\" y=\"1\" width=\"20\" height=\"10\"/></svg>";
    }
}
