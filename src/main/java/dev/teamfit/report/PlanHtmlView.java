package dev.teamfit.report;

import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Member;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.Person;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.plan.RoleNeed;
import dev.teamfit.plan.Unmet;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the plan's page ({@code plan/page.jte}) shows, worked out from the plan: its tables, charts and heat map
 * cells as text, so that the templates only lay them out.
 */
public final class PlanHtmlView {

    private final PortfolioPlan plan;
    private final PlanFacts facts;
    private final Catalog catalog;

    public PlanHtmlView(PortfolioPlan plan, Catalog catalog) {
        this.plan = plan;
        this.facts = new PlanFacts(plan);
        this.catalog = catalog;
    }

    public String estimates() {
        return PlanFacts.ESTIMATES;
    }

    public String subtitle() {
        return TextReport.count(plan.projects().size(), "project") + ", " + plan.from() + " to " + plan.until()
                + ", staffed from " + PlanFacts.pool(plan);
    }

    public List<String> left() {
        return plan.left();
    }

    public List<String> rebalanced() {
        return plan.rebalanced();
    }

    public List<HtmlView.Tile> tiles() {
        List<HtmlView.Tile> tiles = new ArrayList<>();
        boolean feasible = plan.plan().score().feasible();
        tiles.add(new HtmlView.Tile(feasible ? null : "critical", feasible ? "0" : "!", feasible
                ? "people above their availability in any month" : "hard violations: see the score", null));
        tiles.add(new HtmlView.Tile(null, String.valueOf(plan.plan().hires().size()),
                plan.plan().hires().size() == 1 ? "hire" : "hires", null));
        tiles.add(new HtmlView.Tile(null, String.valueOf(plan.plan().assignments().size()), "assignments", null));
        int training = facts.courses().size();
        tiles.add(new HtmlView.Tile(null, String.valueOf(training), "skills to train", null));
        tiles.add(new HtmlView.Tile(plan.plan().unmet().isEmpty() ? null : "major",
                String.valueOf(plan.plan().unmet().size()), "needs left unmet", null));
        return tiles;
    }

    public List<String> score() {
        return facts.scoreLines().stream().map(String::strip).toList();
    }

    public HtmlTable hires() {
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (Hire h : facts.hiresByDate()) {
            rows.add(new HtmlTable.Row(h.id(), null, List.of(String.join(", ", h.roles()), Fte.format(h.fte()),
                    h.from().toString(), h.until().toString(), String.join(", ", h.projects()),
                    PlanFacts.levels(h.skills()), rules(h.reasons()))));
        }
        return new HtmlTable("People to hire", columns("Hire", "Roles", "#FTE", "From", "Until", "Projects", "Skills",
                "Rules"), rows);
    }

    public record ProjectPart(String id, String title, String span, String team, HtmlTable proposed) {
    }

    public List<ProjectPart> projects() {
        List<ProjectPart> parts = new ArrayList<>();
        for (PortfolioPlan.ProjectView p : plan.projects()) {
            List<HtmlTable.Row> rows = new ArrayList<>();
            for (RoleNeed need : p.needs()) {
                String needText = (need.required() ? "required, " : "recommended, ") + Fte.format(need.fte()) + " FTE";
                String current = current(p.team(), need.role());
                List<Assignment> filled = facts.assignments(p.id(), need.role());
                List<Unmet> unmet = facts.unmet(p.id(), need.role());
                if (filled.isEmpty() && unmet.isEmpty()) {
                    rows.add(new HtmlTable.Row(need.role(), null, List.of(needText, current, "nobody", "", "", "")));
                }
                for (PlanFacts.Line a : facts.proposed(p.id(), need.role())) {
                    rows.add(new HtmlTable.Row(need.role(), null, List.of(needText, current, a.who(),
                            Fte.format(a.fte()), PlanFacts.span(a.from(), a.until()), rules(a.reasons()))));
                }
                for (Unmet u : unmet) {
                    rows.add(new HtmlTable.Row(need.role(), null, List.of(needText, current, "unmet: " + u.cause().text(),
                            Fte.format(u.fte()), PlanFacts.span(u.from(), u.until()), rules(u.reasons()))));
                }
            }
            for (Assignment a : facts.unneeded(p)) {
                rows.add(new HtmlTable.Row(a.role(), null, List.of("not needed", current(p.team(), a.role()),
                        PlanFacts.who(a), Fte.format(a.fte()), PlanFacts.span(a.from(), a.until()), rules(a.reasons()))));
            }
            parts.add(new ProjectPart("project-" + p.id(), p.id() + ": " + p.name(),
                    PlanFacts.period(p),
                    PlanFacts.team(p.team()), new HtmlTable("Proposed team of " + p.id(), columns("Role", "Need", "Current team",
                    "Proposed", "#FTE", "Months", "Rules"), rows)));
        }
        return parts;
    }

    private static String current(List<Member> team, String role) {
        String names = team.stream().filter(m -> m.declares(role)).map(m -> m.name() + " " + Fte.format(m.allocation()))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "nobody" : names;
    }

    public HtmlTable training() {
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (PlanFacts.Course c : facts.courses()) {
            rows.add(new HtmlTable.Row(c.person(), null, List.of(c.skill(), c.from(), c.to(), c.uses(), rules(c.reasons()))));
        }
        return new HtmlTable("Skills to train", columns("Person", "Skill", "From", "To", "For", "Rules"), rows);
    }

    public HtmlTable unmet() {
        List<HtmlTable.Row> rows = new ArrayList<>();
        for (Unmet u : plan.plan().unmet()) {
            rows.add(new HtmlTable.Row(u.project(), null, List.of(u.role(), u.required() ? "required" : "recommended",
                    Fte.format(u.fte()), PlanFacts.span(u.from(), u.until()), u.cause().text())));
        }
        return new HtmlTable("Unmet needs", columns("Project", "Role", "Priority", "#FTE", "Months", "Why"), rows);
    }

    public List<String> months() {
        return facts.months().stream().map(YearMonth::toString).toList();
    }

    /** A cell of the heat map: its class (how full the person is), its text, and its meaning for the title. */
    public record HeatCell(String css, String text, String title) {
    }

    /** A person's row of the heat map. */
    public record HeatRow(String person, String availability, List<HeatCell> cells) {
    }

    public List<HeatRow> heat() {
        Map<String, Double> availability = new LinkedHashMap<>();
        for (Person p : plan.people()) {
            availability.put(p.name(), p.availability());
        }
        List<HeatRow> rows = new ArrayList<>();
        facts.loadByPerson().forEach((person, byMonth) -> {
            double available = availability.getOrDefault(person, 1.0);
            List<HeatCell> cells = new ArrayList<>();
            for (YearMonth m : facts.months()) {
                Double fte = byMonth.get(m);
                if (fte == null) {
                    cells.add(new HeatCell("load0", "·", "no work"));
                } else {
                    double share = available <= 0 ? 1 : fte / available;
                    String css = share >= 0.999 ? "load3" : share >= 0.5 ? "load2" : "load1";
                    cells.add(new HeatCell(css, Fte.format(fte), Math.round(share * 100) + "% of their availability"));
                }
            }
            rows.add(new HeatRow(person, Fte.format(available), cells));
        });
        return rows;
    }

    /** A role's demand against supply, month by month. */
    public record RoleChart(String role, String id, HtmlChart chart, HtmlTable table) {
    }

    public List<RoleChart> demand() {
        Map<String, List<PortfolioPlan.Demand>> byRole = new LinkedHashMap<>();
        for (PortfolioPlan.Demand d : plan.demand()) {
            byRole.computeIfAbsent(d.role(), r -> new ArrayList<>()).add(d);
        }
        double max = plan.demand().stream().mapToDouble(d -> Math.max(d.needed(), d.staffed() + d.hired() + d.unmet()))
                .max().orElse(0);
        List<RoleChart> charts = new ArrayList<>();
        byRole.forEach((role, months) -> {
            if (months.stream().allMatch(d -> d.needed() == 0)) {
                return;
            }
            List<HtmlChart.Data> bars = new ArrayList<>();
            List<HtmlTable.Row> rows = new ArrayList<>();
            for (PortfolioPlan.Demand d : months) {
                bars.add(new HtmlChart.Data(d.month().toString(), "need " + Fte.format(d.needed()) + " · pool "
                        + Fte.format(d.staffed()) + " · hired " + Fte.format(d.hired()) + " · unmet "
                        + Fte.format(d.unmet()) + " · supply " + Fte.format(d.supply()),
                        List.of(new HtmlChart.Segment(d.staffed(), "covered"), new HtmlChart.Segment(d.hired(), "hired"),
                                new HtmlChart.Segment(d.unmet(), "critical"))));
                rows.add(new HtmlTable.Row(d.month().toString(), null, List.of(Fte.format(d.needed()),
                        Fte.format(d.staffed()), Fte.format(d.hired()), Fte.format(d.unmet()), Fte.format(d.supply()))));
            }
            charts.add(new RoleChart(catalog.roleName(role) + " (" + role + ")", "demand-" + role,
                    HtmlChart.stacked("bars-" + role, bars, max),
                    new HtmlTable("Demand and supply of " + role, columns("Month", "#Needed", "#Pool", "#Hired",
                            "#Unmet", "#Supply"), rows)));
        });
        return charts;
    }

    private static List<HtmlTable.Column> columns(String... names) {
        List<HtmlTable.Column> columns = new ArrayList<>();
        for (String name : names) {
            boolean number = name.startsWith("#");
            columns.add(new HtmlTable.Column(number ? name.substring(1) : name, number));
        }
        return columns;
    }

    private static String rules(List<Reason> reasons) {
        return PlanFacts.rules(reasons, ", ");
    }
}
