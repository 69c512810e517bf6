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
import java.util.Locale;

/** The portfolio for a terminal: the summary first, then one line per project, then the errors. */
public final class PortfolioText implements PortfolioWriter {

    private final Catalog catalog;
    private final Writer out;
    private final List<String> projects = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    public PortfolioText(Catalog catalog, Writer out) {
        this.catalog = catalog;
        this.out = out;
    }

    @Override
    public void outcome(Outcome outcome) {
        if (outcome instanceof Outcome.Result result) {
            Assessment a = result.assessment();
            projects.add(String.format(Locale.ROOT, "  %-28s %s", a.project().id(), TextReport.headline(a)));
        } else {
            errors.addAll(((Outcome.Failure) outcome).messages());
        }
    }

    @Override
    public void finish(PortfolioSummary s) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("Portfolio: ").append(TextReport.count(s.projects(), "project")).append(" assessed, ")
                .append(TextReport.count(s.errors(), "input")).append(" with errors · gaps: ")
                .append(s.critical()).append(" critical, ").append(s.major()).append(" major, ")
                .append(s.minor()).append(" minor\n");

        text.append("\nDemand per role\n");
        text.append(String.format(Locale.ROOT, "  %-20s %9s %11s %10s %11s %12s %10s%n", "role", "required",
                "recommended", "FTE needed", "FTE covered", "FTE uncovered", "uncovered"));
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            text.append(String.format(Locale.ROOT, "  %-20s %9d %11d %10s %11s %12s %10d%n", catalog.roleName(d.role()),
                    d.required(), d.recommended(), Fte.format(d.fteNeeded()), Fte.format(d.fteCovered()),
                    Fte.format(d.fteUncovered()), d.uncovered()));
        }

        if (!s.shared().isEmpty()) {
            text.append("\nCandidates for a shared team (uncovered in ")
                    .append(PortfolioSummary.SHARED_TEAM_THRESHOLD).append(" or more projects)\n");
            for (PortfolioSummary.SharedTeam t : s.shared()) {
                text.append("  ").append(catalog.roleName(t.role())).append(": ").append(TextReport.count(t.projects(), "project"))
                        .append(", ").append(Fte.format(t.fte())).append(" FTE\n");
            }
        }

        if (!s.overallocated().isEmpty()) {
            text.append("\nPeople allocated over 1 FTE\n");
            for (MemberLoad load : s.overallocated()) {
                text.append("  ").append(load.member()).append(": ").append(Fte.format(load.total())).append(" FTE in ")
                        .append(String.join(", ", load.elsewhere())).append("\n");
            }
        }

        if (!s.risks().isEmpty()) {
            text.append("\nMost at risk\n");
            int rank = 1;
            for (PortfolioSummary.Risk r : s.risks()) {
                text.append(String.format(Locale.ROOT, "  %2d. %-28s %d critical, %d major, %d minor, coverage %s%n",
                        rank++, r.project(), r.critical(), r.major(), r.minor(),
                        r.coverage() == null ? "n/a (no team)" : Math.round(r.coverage() * 100) + "%"));
            }
        }

        text.append("\nProjects\n");
        projects.forEach(line -> text.append(line).append("\n"));
        if (projects.isEmpty()) {
            text.append("  (none)\n");
        }
        if (!errors.isEmpty()) {
            text.append("\nErrors\n");
            errors.forEach(line -> text.append("  ").append(line).append("\n"));
        }
        out.write(text.toString());
        out.flush();
    }
}
