package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.portfolio.PortfolioSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * What the portfolio's summary templates (src/main/jte/portfolio) compute rather than show: the
 * headline tiles, the charts' bars and the tables' rows. Public only because the generated templates
 * live in another package.
 */
public final class PortfolioHtmlView {

    private final Catalog catalog;
    private final List<Entry> projects;
    private final List<String> errors;

    /** What the contents and the gaps chart need of a project once its section is written. */
    public record Entry(String id, String name, Assessment.Summary summary, boolean team) {
    }

    PortfolioHtmlView(Catalog catalog, List<Entry> projects, List<String> errors) {
        this.catalog = catalog;
        this.projects = List.copyOf(projects);
        this.errors = List.copyOf(errors);
    }

    /** The projects assessed, in input order. */
    public List<Entry> projects() {
        return projects;
    }

    /** Every error message of the inputs that could not be assessed. */
    public List<String> errors() {
        return errors;
    }

    /** The link to a project's section. */
    public String href(String projectId) {
        return "#" + HtmlView.sectionId(projectId);
    }

    /** A project's gaps in words. */
    public String gapText(Entry p) {
        if (!p.team()) {
            return "no team given";
        }
        Assessment.Summary s = p.summary();
        return s.critical() + " critical, " + s.major() + " major, " + s.minor() + " minor";
    }

    public String assessed(PortfolioSummary s) {
        return HtmlView.count(s.projects(), "project") + " assessed, " + HtmlView.count(s.errors(), "input")
                + " with errors";
    }

    public List<HtmlView.Tile> tiles(PortfolioSummary s) {
        List<HtmlView.Tile> tiles = new ArrayList<>();
        tiles.add(new HtmlView.Tile(null, String.valueOf(s.projects()),
                s.projects() == 1 ? "project assessed" : "projects assessed", null));
        tiles.add(new HtmlView.Tile(null, String.valueOf(s.errors()),
                s.errors() == 1 ? "input with errors" : "inputs with errors", null));
        tiles.addAll(HtmlView.severityTiles(s.critical(), s.major(), s.minor()));
        return tiles;
    }

    /** Per role, the FTE needed as an outline with the FTE staffed inside it. */
    public HtmlChart demandChart(PortfolioSummary s) {
        List<HtmlChart.Data> bars = new ArrayList<>();
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            String text = d.required() == 0 ? "recommended only (" + HtmlView.count(d.recommended(), "project") + ")"
                    : Fte.format(d.fteStaffed()) + " of " + HtmlView.fte(d.fteNeeded()) + " staffed"
                    + (d.uncovered() == 0 ? "" : " · unstaffed in " + HtmlView.count(d.uncovered(), "project"));
            bars.add(new HtmlChart.Data(catalog.roleName(d.role()), text, List.of(
                    new HtmlChart.Segment(d.fteNeeded(), "need"), new HtmlChart.Segment(d.fteStaffed(), "covered"))));
        }
        return HtmlChart.overlaid("demand-chart", bars);
    }

    public HtmlTable demandTable(PortfolioSummary s) {
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            rows.add(new HtmlTable.Row(catalog.roleName(d.role()), null, List.of(String.valueOf(d.required()),
                    String.valueOf(d.recommended()), Fte.format(d.fteNeeded()), Fte.format(d.fteStaffed()),
                    Fte.format(d.fteUnstaffed()), String.valueOf(d.uncovered()))));
        }
        return new HtmlTable("Demand per role as a table", List.of(text("Role"), number("Projects requiring"),
                number("Projects recommending"), number("FTE needed"), number("FTE staffed"),
                number("FTE unstaffed"), number("Projects unstaffed")), rows);
    }

    /** Per project, in input order, its gaps stacked by severity. */
    public HtmlChart gapsChart() {
        List<HtmlChart.Data> bars = new ArrayList<>();
        for (Entry p : projects) {
            Assessment.Summary s = p.summary();
            bars.add(new HtmlChart.Data(p.name(), gapText(p), List.of(new HtmlChart.Segment(s.critical(), "critical"),
                    new HtmlChart.Segment(s.major(), "major"), new HtmlChart.Segment(s.minor(), "minor"))));
        }
        return HtmlChart.stacked("gaps-chart", bars);
    }

    /**
     * The risk ranking in its order, drawn with the score it ranks by: criticality weight times
     * (unstaffed required FTE + critical gaps + major gaps / 4), teamfit's estimate.
     */
    public HtmlChart riskChart(PortfolioSummary s) {
        List<HtmlChart.Data> bars = new ArrayList<>();
        int rank = 1;
        for (PortfolioSummary.Risk r : s.risks()) {
            String text = "risk " + Fte.format(r.score()) + " · " + r.criticality() + " · "
                    + Fte.format(r.unstaffedFte()) + " FTE unstaffed · " + r.critical() + " critical, " + r.major()
                    + " major" + (r.staffed() ? "" : " · not staffed yet");
            bars.add(new HtmlChart.Data(rank++ + ". " + r.name(), text, List.of(
                    new HtmlChart.Segment(r.score(), "critical"))));
        }
        return HtmlChart.stacked("risk-chart", bars);
    }

    /** The ranking as a table, its score first, then what it is made of. */
    public HtmlTable riskTable(PortfolioSummary s) {
        List<HtmlTable.Row> rows = new ArrayList<>();
        int rank = 1;
        for (PortfolioSummary.Risk r : s.risks()) {
            rows.add(new HtmlTable.Row(rank++ + ". " + r.name() + (r.staffed() ? "" : " (not staffed yet)"),
                    href(r.project()), List.of(Fte.format(r.score()), r.criticality(), Fte.format(r.unstaffedFte()),
                    String.valueOf(r.critical()), String.valueOf(r.major()))));
        }
        return new HtmlTable("Most at risk as a table", List.of(text("Project"), number("Risk"), text("Criticality"),
                number("Unstaffed FTE"), number("Critical"), number("Major")), rows);
    }

    public HtmlTable sharedTable(PortfolioSummary s) {
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (PortfolioSummary.SharedTeam t : s.shared()) {
            rows.add(new HtmlTable.Row(catalog.roleName(t.role()), null,
                    List.of(String.valueOf(t.projects()), Fte.format(t.fte()))));
        }
        return new HtmlTable("Candidates for a shared team",
                List.of(text("Role"), number("Projects uncovered"), number("FTE uncovered")), rows);
    }

    public HtmlTable overallocatedTable(PortfolioSummary s) {
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (MemberLoad load : s.overallocated()) {
            rows.add(new HtmlTable.Row(load.member(), null,
                    List.of(Fte.format(load.total()), String.join(", ", load.elsewhere()))));
        }
        return new HtmlTable("People allocated over 1 FTE",
                List.of(text("Person"), number("FTE in all"), text("Projects")), rows);
    }

    public int sharedThreshold() {
        return PortfolioSummary.SHARED_TEAM_THRESHOLD;
    }


    private static HtmlTable.Column text(String name) {
        return new HtmlTable.Column(name, false);
    }

    private static HtmlTable.Column number(String name) {
        return new HtmlTable.Column(name, true);
    }
}
