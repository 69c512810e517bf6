package dev.teamfit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Spool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the portfolio's summary templates (src/main/jte/portfolio) compute rather than show: the
 * headline tiles, the charts' bars and the tables' rows. Public only because the generated templates
 * live in another package.
 */
public final class PortfolioHtmlView {

    private final Catalog catalog;
    private final Entries entries;

    /** What the contents and the gaps chart need of a project once its section is written. */
    public record Entry(String id, String name, int critical, int major, int minor, boolean team) {
    }

    /**
     * The projects' entries and the errors of a portfolio, as they come, kept in temporary files (a JSON
     * value a line) rather than in memory and read back, in order, as often as the templates iterate them.
     */
    static final class Entries implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Spool projects = Spool.create();
        private final Spool errors = Spool.create();
        private int projectCount;
        private int errorCount;
        private int mostGaps;

        void project(Assessment a) throws IOException {
            Assessment.Summary s = a.summary();
            write(projects, new Entry(a.project().id(), a.project().name(), s.critical(), s.major(), s.minor(),
                    a.project().teamDeclared()));
            projectCount++;
            mostGaps = Math.max(mostGaps, s.critical() + s.major() + s.minor());
        }

        void errors(List<String> messages) throws IOException {
            for (String message : messages) {
                write(errors, message);
                errorCount++;
            }
        }

        Stream<Entry> projects() {
            return read(projects, Entry.class);
        }

        Iterable<String> errors() {
            return () -> read(errors, String.class).iterator();
        }

        private static void write(Spool spool, Object value) throws IOException {
            spool.writer().write(JSON.writeValueAsString(value) + "\n");
        }

        private static <T> Stream<T> read(Spool spool, Class<T> type) {
            return new BufferedReader(new InputStreamReader(spool.input(), StandardCharsets.UTF_8)).lines().map(line -> {
                try {
                    return JSON.readValue(line, type);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public void close() {
            projects.close();
            errors.close();
        }
    }

    PortfolioHtmlView(Catalog catalog, Entries entries) {
        this.catalog = catalog;
        this.entries = entries;
    }

    /** The projects assessed, in input order. */
    public Iterable<Entry> projects() {
        return () -> entries.projects().iterator();
    }

    public int projectCount() {
        return entries.projectCount;
    }

    /** Every error message of the inputs that could not be assessed. */
    public Iterable<String> errors() {
        return entries.errors();
    }

    public int errorCount() {
        return entries.errorCount;
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
        return p.critical() + " critical, " + p.major() + " major, " + p.minor() + " minor";
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

    /** Per project, in input order, its gaps stacked by severity: drawn as the projects are read back. */
    public HtmlChart gapsChart() {
        Iterable<HtmlChart.Data> bars = () -> entries.projects().map(p -> new HtmlChart.Data(p.name(), gapText(p),
                List.of(new HtmlChart.Segment(p.critical(), "critical"), new HtmlChart.Segment(p.major(), "major"),
                        new HtmlChart.Segment(p.minor(), "minor")))).iterator();
        return HtmlChart.stacked("gaps-chart", bars, entries.mostGaps);
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

    /** The orders the people table comes in: the id of each copy, and how it sorts. */
    public enum PeopleSort {
        BY_FTE("people-by-fte", Comparator.comparingDouble(PortfolioSummary.Person::fte).reversed()),
        BY_OVER("people-by-over", Comparator.comparingDouble(PortfolioSummary.Person::over).reversed()),
        BY_PROJECTS("people-by-projects", Comparator.comparingInt(
                (PortfolioSummary.Person p) -> p.projects().size()).reversed()),
        BY_PERSON("people-by-person", null);

        private final String id;
        private final Comparator<PortfolioSummary.Person> order;

        PeopleSort(String id, Comparator<PortfolioSummary.Person> order) {
            this.id = id;
            this.order = order;
        }

        public String id() {
            return id;
        }
    }

    /**
     * The copies of the people table, one per order, the summary's own order (by person) last: the
     * style sheet shows the last, or the one a heading's link targets. No script: without the style
     * sheet, they read one after the other.
     */
    public List<PeopleSort> peopleSorts() {
        return List.of(PeopleSort.values());
    }

    /** Everyone on several projects, in one order: their total, how far over, the months over, and every project. */
    public HtmlTable peopleTable(PortfolioSummary s, PeopleSort sort) {
        List<PortfolioSummary.Person> people = s.people();
        if (sort.order != null) {
            people = new ArrayList<>(people);
            people.sort(sort.order);   // stable: ties stay in the summary's order
        }
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (PortfolioSummary.Person p : people) {
            rows.add(new HtmlTable.Row(p.member(), null, List.of(Fte.format(p.fte()),
                    p.over() > 0 ? Fte.format(p.over()) : "–", TextReport.overMonths(p),
                    String.join(", ", p.projects()))));
        }
        return new HtmlTable("People on several projects, by " + switch (sort) {
            case BY_FTE -> "FTE in all";
            case BY_OVER -> "how far over";
            case BY_PROJECTS -> "number of projects";
            case BY_PERSON -> "person";
        }, List.of(sortable("Person", false, PeopleSort.BY_PERSON, sort),
                sortable("FTE in all", true, PeopleSort.BY_FTE, sort),
                sortable("Over", true, PeopleSort.BY_OVER, sort), text("Months over"),
                sortable("Projects", false, PeopleSort.BY_PROJECTS, sort)), rows);
    }

    private static HtmlTable.Column sortable(String name, boolean number, PeopleSort by, PeopleSort current) {
        return new HtmlTable.Column(name, number, by.id(), by == current);
    }

    public String peopleText(PortfolioSummary s) {
        return s.overallocated().size() + " of " + s.people().size() + " allocated over 1 FTE in all.";
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
