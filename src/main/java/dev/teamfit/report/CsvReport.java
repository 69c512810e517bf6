package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * Gaps as CSV, one row per gap, streamed as outcomes arrive: header
 * {@code project,type,severity,role,member,skill,have,need,message,suggestion}. RFC 4180: CRLF line
 * ends, a field quoted when it holds a comma, a quote, CR or LF, quotes doubled. A cell that a
 * spreadsheet would read as a formula (it begins with {@code = + - @}, a tab or a CR, per OWASP's
 * advice on CSV injection) gets a leading {@code '}: project files are untrusted.
 *
 * <p>The project column holds the project id; role and skill hold ids, have and need level ids, as in
 * the JSON output. A project without gaps has no row, and there are no summary rows: use the JSON
 * output for those. An input that could not be assessed is one row of type {@code INVALID_INPUT}
 * with its source ({@code file} or {@code file:line}) in the project column and its problems joined
 * by {@code " | "} in the message column; an input warning (an unknown skill) is a row of type
 * {@code WARNING}.
 */
public record CsvReport(Catalog catalog) implements Renderer {

    /** The row type of an input that could not be assessed. */
    public static final String INVALID_INPUT = "INVALID_INPUT";

    static final String HEADER = "project,type,severity,role,member,skill,have,need,message,suggestion";
    static final String PLAN_HEADER = "type,project,person,role,fte,from,until,via,kind,skills,rules";

    /** One assessment's gaps as a whole CSV document. */
    @Override
    public String assessment(Assessment a) {
        StringBuilder csv = new StringBuilder(HEADER + "\r\n");
        rows(csv, a);
        return csv.toString();
    }

    /** A portfolio's gaps, written as outcomes arrive; the header comes at once, so even an empty result is CSV. */
    @Override
    public PortfolioWriter portfolio(Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        return new PortfolioWriter() {
            @Override
            public void outcome(Outcome outcome) throws IOException {
                StringBuilder csv = new StringBuilder();
                if (outcome instanceof Outcome.Result result) {
                    rows(csv, result.assessment());
                } else {
                    row(csv, outcome.source().label(), INVALID_INPUT, null, null, null, null, null, null,
                            String.join(" | ", ((Outcome.Failure) outcome).messages()), null);
                }
                out.write(csv.toString());
            }

            @Override
            public void finish(PortfolioSummary summary) throws IOException {
                out.flush();
            }
        };
    }

    /** The rows of one assessment's gaps, then one row per input warning. */
    private void rows(StringBuilder csv, Assessment a) {
        for (Gap gap : a.gaps()) {
            row(csv, a.project().id(), gap.type().id(), gap.severity().id(), gap.role(), gap.member(), gap.skill(),
                    gap.skill() == null ? null : Level.idOf(gap.have()), gap.need() == null ? null : gap.need().id(),
                    gap.message(catalog), gap.action().text(catalog));
        }
        for (String warning : a.warnings()) {
            row(csv, a.project().id(), WARNING, null, null, null, null, null, null, warning, null);
        }
    }

    /** The row type of an input warning, such as an unknown skill. */
    public static final String WARNING = "WARNING";

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** One field: empty for null, neutralised against formulas, then quoted if RFC 4180 needs it. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * A staffing plan for a spreadsheet: one row per assignment, then one per hire. A hire's row names its roles
     * and projects joined by {@code ;} and its skills as {@code skill:level}.
     */
    @Override
    public String plan(PortfolioPlan p) {
        StringBuilder csv = new StringBuilder(PLAN_HEADER).append("\r\n");
        for (Assignment a : p.plan().assignments()) {
            row(csv, "assignment", a.project(), a.person(), a.role(), Fte.format(a.fte()), a.from().toString(),
                    a.until().toString(), a.via(), PlanFacts.kind(a), null, PlanFacts.rules(a.reasons(), ";"));
        }
        for (Hire h : new PlanFacts(p).hiresByDate()) {
            String skills = h.skills().entrySet().stream().map(e -> e.getKey() + ":" + Level.idOf(e.getValue().intValue()))
                    .collect(Collectors.joining(";"));
            row(csv, "hire", String.join(";", h.projects()), h.id(), String.join(";", h.roles()), Fte.format(h.fte()),
                    h.from().toString(), h.until().toString(), null, "hire", skills, PlanFacts.rules(h.reasons(), ";"));
        }
        return csv.toString();
    }
}
