package dev.teamfit.report;

import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Spool;
import dev.teamfit.model.Reason;
import dev.teamfit.model.SkillRequirement;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report for a terminal: headline, roles with who covers them, gaps with suggestions; for a
 * portfolio, the summary, a line per project and the errors.
 *
 * @param explain also print the reasons (rule, seed section, facts) behind each role and gap
 */
public record TextReport(Catalog catalog, boolean explain) implements Renderer {

    @Override
    public String assessment(Assessment a) {
        StringBuilder out = new StringBuilder();
        Assessment.Summary s = a.summary();
        out.append(a.project().name()).append(" (").append(a.project().id()).append(")\n");
        out.append(headline(a)).append("\n");
        if (!a.actions().isEmpty()) {
            out.append("\nTop actions\n");
            actions(out, a, "  ");
        }

        out.append("\nRoles needed").append(a.project().teamDeclared() ? " (FTE staffed of needed)" : " (FTE needed)")
                .append("\n");
        int width = a.roles().stream().mapToInt(r -> catalog.roleName(r.role()).length()).max().orElse(10);
        for (Assessment.RoleResult role : a.roles()) {
            String line = "  " + pad(catalog.roleName(role.role()), width) + "  "
                    + pad(role.requirement().priority().id(), 11) + "  " + pad(fte(a, role), 12) + "  " + coverage(a, role);
            out.append(line.stripTrailing()).append("\n");
            if (!role.skills().isEmpty()) {
                out.append("  ").append(" ".repeat(width)).append("  skills: ")
                        .append(role.skills().stream().map(this::skill).collect(Collectors.joining(", ")))
                        .append("\n");
            }
            role.notAssessed().forEach((member, skills) -> out.append("  ").append(" ".repeat(width))
                    .append("  not assessed for ").append(member).append(": ").append(String.join(", ", skills))
                    .append("\n"));
            if (explain) {
                appendReasons(out, role.requirement().reasons(), "  " + " ".repeat(width) + "  ");
            }
        }
        if (a.roles().isEmpty()) {
            out.append("  (none)\n");
        }

        out.append("\nGaps\n");
        if (!a.project().teamDeclared()) {
            out.append("  No team given: add a team: list to see coverage and gaps.\n");
        } else if (a.gaps().isEmpty()) {
            out.append("  None: the team covers every need.\n");
        }
        for (int i = 0; i < a.gaps().size(); i++) {
            Gap gap = a.gaps().get(i);
            out.append(String.format(Locale.ROOT, "  %2d. %-8s %s%s%n", i + 1, gap.severity().id().toUpperCase(Locale.ROOT),
                    gap.type().id(), gap.role() == null ? "" : " · " + catalog.roleName(gap.role())));
            out.append("      ").append(gap.message(catalog)).append("\n");
            out.append("      → ").append(gap.action().text(catalog)).append("\n");
            if (explain) {
                appendReasons(out, gap.reasons(), "      ");
            }
        }
        if (!a.warnings().isEmpty()) {
            out.append("\nWarnings\n");
            a.warnings().forEach(w -> out.append("  ").append(w).append("\n"));
        }
        out.append("\n").append(ESTIMATES).append("\n");
        if (!explain && (!a.roles().isEmpty() || !a.gaps().isEmpty())) {
            out.append("Run with --explain to see what the document says and what teamfit estimates behind each line.\n");
        }
        return out.toString();
    }

    /** What every report says once: which numbers are teamfit's, not the source document's. */
    static final String ESTIMATES = "FTEs, skill levels, thresholds, severities and actions are teamfit's estimates; "
            + "the roles, responsibilities and skills come from the source document, as the reasons show.";

    /** A role's FTE: staffed of needed with a team, needed without. */
    private static String fte(Assessment a, Assessment.RoleResult role) {
        return a.project().teamDeclared() ? Fte.format(role.staffed()) + " of " + Fte.format(role.needed()) + " FTE"
                : Fte.format(role.needed()) + " FTE";
    }

    /**
     * The portfolio for a terminal: the summary first, then one line per project, then the warnings
     * and errors. Those come after the summary but arrive before it, so they wait in temporary files
     * ({@link Spool}), not in memory.
     */
    @Override
    public PortfolioWriter portfolio(Writer out) {
        return new SummaryFirst(out) {
            private final Spool projects = spool();
            private final Spool warnings = spool();
            private final Spool errors = spool();

            @Override
            public void outcome(Outcome outcome) throws IOException {
                if (outcome instanceof Outcome.Result result) {
                    Assessment a = result.assessment();
                    projects.writer().write(String.format(Locale.ROOT, "  %-28s %s%n", a.project().id(), headline(a)));
                    for (String w : a.warnings()) {
                        warnings.writer().write("  " + a.project().id() + ": " + w + "\n");
                    }
                } else {
                    for (String line : ((Outcome.Failure) outcome).messages()) {
                        errors.writer().write("  " + line + "\n");
                    }
                }
            }

            @Override
            void write(PortfolioSummary s) throws IOException {
                summary(out, s);
                out.write("\nProjects\n");
                if (projects.isEmpty()) {
                    out.write("  (none)\n");
                }
                projects.copyTo(out);
                if (!warnings.isEmpty()) {
                    out.write("\nWarnings\n");
                    warnings.copyTo(out);
                }
                if (!errors.isEmpty()) {
                    out.write("\nErrors\n");
                    errors.copyTo(out);
                }
            }
        };
    }

    /** The portfolio's summary: headline, demand, shared teams, people, risks, what-if, skipped paths. */
    private void summary(Writer out, PortfolioSummary s) throws IOException {
        out.write("Portfolio: " + count(s.projects(), "project") + " assessed, " + count(s.errors(), "input")
                + " with errors · gaps: " + s.critical() + " critical, " + s.major() + " major, " + s.minor()
                + " minor\n");

        out.write("\nDemand per role\n");
        out.write(String.format(Locale.ROOT, "  %-20s %9s %11s %10s %11s %12s %10s%n", "role", "required",
                "recommended", "FTE needed", "FTE staffed", "FTE unstaffed", "unstaffed"));
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            out.write(String.format(Locale.ROOT, "  %-20s %9d %11d %10s %11s %12s %10d%n", catalog.roleName(d.role()),
                    d.required(), d.recommended(), Fte.format(d.fteNeeded()), Fte.format(d.fteStaffed()),
                    Fte.format(d.fteUnstaffed()), d.uncovered()));
        }

        if (!s.shared().isEmpty()) {
            out.write("\nCandidates for a shared team (unstaffed in " + PortfolioSummary.SHARED_TEAM_THRESHOLD
                    + " or more projects)\n");
            for (PortfolioSummary.SharedTeam t : s.shared()) {
                out.write("  " + catalog.roleName(t.role()) + ": " + count(t.projects(), "project") + ", "
                        + Fte.format(t.fte()) + " FTE\n");
            }
        }

        if (!s.people().isEmpty()) {
            out.write("\nPeople on several projects (" + s.overallocated().size() + " of " + s.people().size()
                    + " allocated over 1 FTE in all)\n");
            for (PortfolioSummary.Person p : s.people()) {
                out.write("  " + p.member() + ": " + Fte.format(p.fte()) + " FTE in " + count(p.projects().size(),
                        "project") + (p.over() > 0 ? ", " + Fte.format(p.over()) + " over" : "") + months(p) + "\n");
                out.write("      ");
                out.write(String.join(", ", p.projects()));
                out.write("\n");
            }
        }

        if (!s.risks().isEmpty()) {
            out.write("\nMost at risk (criticality weight × (unstaffed required FTE + critical gaps + major gaps / 4))\n");
            int rank = 1;
            for (PortfolioSummary.Risk r : s.risks()) {
                out.write(String.format(Locale.ROOT, "  %2d. %-28s risk %s · %s · %s FTE unstaffed · %d critical, "
                                + "%d major%s%n", rank++, r.project(), Fte.format(r.score()), r.criticality(),
                        Fte.format(r.unstaffedFte()), r.critical(), r.major(), r.staffed() ? "" : " · not staffed yet"));
            }
        }

        if (s.whatIf() != null) {
            whatIf(out, s.whatIf());
        }

        if (s.skipped().count() > 0) {
            out.write("\nLeft out (" + count(s.skipped().count(), "path") + (s.skipped().count() > s.skipped().first().size()
                    ? ", the first " + s.skipped().first().size() + " here" : "") + ")\n");
            for (var skipped : s.skipped().first()) {
                out.write("  " + skipped.path() + ": " + skipped.reason() + "\n");
            }
        }
    }

    /** A person's months over one FTE in a line of text: nothing when they are not over. */
    static String months(PortfolioSummary.Person p) {
        return p.over() <= 0 ? "" : " · months over: " + overMonths(p);
    }

    /** The runs of months in which a person is over one FTE, or why there are none to show. */
    static String overMonths(PortfolioSummary.Person p) {
        if (p.over() <= 0) {
            return "";
        }
        if (p.overMonths() == null) {
            return "not known (some of the projects have no start or duration)";
        }
        if (p.overMonths().isEmpty()) {
            return "none (the projects do not overlap that much)";
        }
        return p.overMonths().stream().map(m -> (m.from().equals(m.to()) ? m.from() : m.from() + " to " + m.to())
                + " (" + Fte.format(m.peak()) + " FTE)").collect(Collectors.joining(", "));
    }

    /** The change a what-if makes to the portfolio, role by role, then to the ranking. */
    private void whatIf(Writer out, PortfolioSummary.WhatIf w) throws IOException {
        out.write("\nWhat if every project had " + String.join(", ", w.changes()) + " (" + count(w.compared(),
                "project") + " compared)\n");
        if (w.roles().isEmpty()) {
            out.write("  No change to the demand for any role.\n");
        }
        for (PortfolioSummary.RoleChange c : w.roles()) {
            out.write("  " + roleChange(catalog, c) + "\n");
        }
        if (!w.risks().isEmpty()) {
            out.write("  Most at risk with the change:\n");
            for (PortfolioSummary.RiskChange r : w.risks()) {
                out.write("    " + riskChange(r) + "\n");
            }
        }
    }

    /** {@code MLOps Engineer: 4.5 more FTE needed (1.5 -> 6); 3 more unstaffed (1 -> 4); required by 5 more projects (3 -> 8)}. */
    static String roleChange(Catalog catalog, PortfolioSummary.RoleChange c) {
        PortfolioSummary.RoleDemand b = c.before();
        PortfolioSummary.RoleDemand a = c.after();
        List<String> parts = new ArrayList<>();
        parts.add(delta(a.fteNeeded() - b.fteNeeded(), "FTE needed") + " (" + Fte.format(b.fteNeeded()) + " → "
                + Fte.format(a.fteNeeded()) + ")");
        if (a.fteUnstaffed() != b.fteUnstaffed()) {
            parts.add(delta(a.fteUnstaffed() - b.fteUnstaffed(), "FTE unstaffed") + " (" + Fte.format(b.fteUnstaffed())
                    + " → " + Fte.format(a.fteUnstaffed()) + ")");
        }
        if (a.required() != b.required()) {
            parts.add("required by " + Math.abs(a.required() - b.required()) + (a.required() > b.required() ? " more"
                    : " fewer") + " projects (" + b.required() + " → " + a.required() + ")");
        }
        if (a.recommended() != b.recommended()) {
            parts.add("recommended by " + b.recommended() + " → " + a.recommended() + " projects");
        }
        return catalog.roleName(c.role()) + ": " + String.join("; ", parts);
    }

    private static String delta(double change, String what) {
        double rounded = Fte.round(change);
        return rounded == 0 ? "no change in " + what : Fte.format(Math.abs(rounded)) + (rounded > 0 ? " more " : " less ")
                + what;
    }

    /** {@code 1. fraud-alerts: risk 12 (was 8, ranked 3)} or {@code left the ranking: x (was ranked 2, risk 9 -> 4)}. */
    static String riskChange(PortfolioSummary.RiskChange r) {
        String before = r.rankBefore() == null ? "not ranked before" : "ranked " + r.rankBefore() + " before";
        if (r.rank() == null) {
            return "out of the ranking: " + r.project() + " (risk " + Fte.format(r.scoreBefore()) + " → "
                    + Fte.format(r.score()) + ", " + before + ")";
        }
        return String.format(Locale.ROOT, "%2d. %-28s risk %s (was %s, %s)", r.rank(), r.project(), Fte.format(r.score()),
                Fte.format(r.scoreBefore()), before);
    }

    /** What changes from a project to its variants, in a few lines each. */
    @Override
    public String comparison(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(c.base().project().name()).append(" (").append(c.base().project().id()).append(")\n");
        out.append("Base: ").append(headline(c.base())).append("\n");
        int n = 1;
        for (Comparison.Variant v : c.variants()) {
            out.append("\nVariant ").append(n++).append(": ").append(v.label()).append("\n");
            out.append("  changed input: ").append(v.inputs().isEmpty() ? "nothing" : String.join("; ", v.inputs()))
                    .append("\n");
            out.append("  ").append(headline(v.assessment())).append("\n");
            if (v.changes().isEmpty()) {
                out.append("  No change to roles, levels, staffing or gaps.\n");
            }
            for (Comparison.Change change : v.changes()) {
                out.append("  ").append(Comparisons.mark(change.kind())).append(' ').append(change.text());
                if (!v.because(change).isEmpty()) {
                    out.append("  (because ").append(String.join("; ", v.because(change))).append(")");
                }
                out.append("\n");
            }
            if (!v.assessment().actions().isEmpty()) {
                out.append("  top actions:\n");
                actions(out, v.assessment(), "    ");
            }
        }
        return out.toString();
    }

    private void actions(StringBuilder out, Assessment a, String indent) {
        for (int i = 0; i < a.actions().size(); i++) {
            out.append(indent).append(i + 1).append(". ").append(a.actions().get(i).text(catalog)).append("\n");
        }
    }

    /** One line of headline numbers. */
    static String headline(Assessment a) {
        Assessment.Summary s = a.summary();
        StringBuilder line = new StringBuilder();
        line.append(count(s.requiredRoles(), "required role")).append(" (").append(Fte.format(s.requiredFte()))
                .append(" FTE), ").append(s.recommendedRoles()).append(" recommended");
        if (s.coveredRoles() != null) {
            line.append(" · ").append(Fte.format(s.staffedFte())).append(" of ").append(Fte.format(s.requiredFte()))
                    .append(" FTE staffed · fully covered ").append(s.coveredRoles()).append(" of ")
                    .append(s.requiredRoles()).append(" · gaps: ").append(s.critical()).append(" critical, ")
                    .append(s.major()).append(" major, ").append(s.minor()).append(" minor");
        } else {
            line.append(" · scoping only (no team given)");
        }
        return line.toString();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String coverage(Assessment a, Assessment.RoleResult role) {
        return a.project().teamDeclared() ? coveredBy(catalog, role) : "";
    }

    /** Who covers a role, how and with what share, or "not covered": {@code Ana Ruiz (full, 0.5 FTE)}. */
    static String coveredBy(Catalog catalog, Assessment.RoleResult role) {
        if (role.coverage().isEmpty()) {
            return "not covered";
        }
        return role.coverage().stream().map(c -> c.coverage().member() + " (" + c.coverage().degree().id()
                + (c.coverage().via().equals(role.role()) ? "" : " via " + catalog.roleName(c.coverage().via()))
                + ", " + Fte.format(c.fte()) + " FTE)").collect(Collectors.joining(", "));
    }

    private String skill(SkillRequirement s) {
        return s.skill() + " " + s.level().id();
    }

    @Override
    public String plan(dev.teamfit.plan.PortfolioPlan plan) {
        return new PlanText(catalog, explain).render(plan);
    }

    static void appendReasons(StringBuilder out, List<Reason> reasons, String indent) {
        for (Reason reason : reasons) {
            out.append(indent).append("because ").append(reason.rule()).append(" \"").append(reason.name())
                    .append("\" [").append(basis(reason)).append("]");
            if (!reason.facts().isEmpty()) {
                out.append(": ").append(String.join(", ", reason.facts()));
            }
            out.append("\n");
        }
    }

    /** What a reason rests on, in a few words: the document's section and sentence, or teamfit's estimate. */
    static String basis(Reason reason) {
        if (reason.basis() == Reason.Basis.DOCUMENT) {
            return "the document, " + reason.source() + ": \"" + reason.says() + "\"";
        }
        return "teamfit estimate" + (reason.says().isEmpty() ? "" : ": " + reason.says());
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
