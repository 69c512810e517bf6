package dev.teamfit.report;

import dev.teamfit.model.Fte;
import dev.teamfit.model.Level;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.PortfolioPlan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A staffing plan as CSV for a spreadsheet: one row per assignment, then one per hire, RFC 4180 quoted and
 * neutralised against formulas as every teamfit CSV is. A hire's row names its roles and projects joined by
 * {@code ;} and its skills as {@code skill:level}.
 */
final class PlanCsv {

    static final String HEADER = "type,project,person,role,fte,from,until,via,kind,skills,rules";

    String render(PortfolioPlan p) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Assignment a : p.plan().assignments()) {
            row(csv, "assignment", a.project(), a.person(), a.role(), Fte.format(a.fte()), a.from().toString(),
                    a.until().toString(), a.via(), PlanFacts.kind(a), null, rules(a.reasons()));
        }
        for (Hire h : new PlanFacts(p).hiresByDate()) {
            String skills = h.skills().entrySet().stream().map(e -> e.getKey() + ":" + Level.idOf(e.getValue().intValue()))
                    .collect(Collectors.joining(";"));
            row(csv, "hire", String.join(";", h.projects()), h.id(), String.join(";", h.roles()), Fte.format(h.fte()),
                    h.from().toString(), h.until().toString(), null, "hire", skills, rules(h.reasons()));
        }
        return csv.toString();
    }

    private static String rules(List<Reason> reasons) {
        return reasons.stream().map(Reason::rule).distinct().collect(Collectors.joining(";"));
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(CsvReport.cell(cells[i]));
        }
        csv.append("\r\n");
    }
}
