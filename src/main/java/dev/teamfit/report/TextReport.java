package dev.teamfit.report;

import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
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
 */
public final class TextReport implements Renderer {

    private final Catalog catalog;
    private final boolean explain;

    /** @param explain also print the reasons (rule, seed section, facts) behind each role and gap */
    public TextReport(Catalog catalog, boolean explain) {
        this.catalog = catalog;
        this.explain = explain;
    }

    @Override
    public String assessment(Assessment a) {
        StringBuilder out = new StringBuilder();
        Assessment.Summary s = a.summary();
        out.append(a.project().name()).append(" (").append(a.project().id()).append(")\n");
        out.append(headline(a)).append("\n");
        if (!a.actions().isEmpty()) {
            out.append("\nTop actions\n");
            for (int i = 0; i < a.actions().size(); i++) {
                out.append(String.format(Locale.ROOT, "  %d. %s%n", i + 1, a.actions().get(i).text(catalog)));
            }
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

    /** The portfolio for a terminal: the summary first, then one line per project, then the errors. */
    @Override
    public PortfolioWriter portfolio(Writer out) {
        return new PortfolioWriter() {
            private final List<String> projects = new ArrayList<>();
            private final List<String> warnings = new ArrayList<>();
            private final List<String> errors = new ArrayList<>();

        @Override
        public void outcome(Outcome outcome) {
            if (outcome instanceof Outcome.Result result) {
                Assessment a = result.assessment();
                projects.add(String.format(Locale.ROOT, "  %-28s %s", a.project().id(), headline(a)));
                a.warnings().forEach(w -> warnings.add(a.project().id() + ": " + w));
            } else {
                errors.addAll(((Outcome.Failure) outcome).messages());
            }
        }

        @Override
        public void finish(PortfolioSummary s) throws IOException {
            StringBuilder text = new StringBuilder();
            text.append("Portfolio: ").append(count(s.projects(), "project")).append(" assessed, ")
                    .append(count(s.errors(), "input")).append(" with errors · gaps: ")
                    .append(s.critical()).append(" critical, ").append(s.major()).append(" major, ")
                    .append(s.minor()).append(" minor\n");

            text.append("\nDemand per role\n");
            text.append(String.format(Locale.ROOT, "  %-20s %9s %11s %10s %11s %12s %10s%n", "role", "required",
                    "recommended", "FTE needed", "FTE staffed", "FTE unstaffed", "unstaffed"));
            for (PortfolioSummary.RoleDemand d : s.roles()) {
                text.append(String.format(Locale.ROOT, "  %-20s %9d %11d %10s %11s %12s %10d%n", catalog.roleName(d.role()),
                        d.required(), d.recommended(), Fte.format(d.fteNeeded()), Fte.format(d.fteStaffed()),
                        Fte.format(d.fteUnstaffed()), d.uncovered()));
            }

            if (!s.shared().isEmpty()) {
                text.append("\nCandidates for a shared team (unstaffed in ")
                        .append(PortfolioSummary.SHARED_TEAM_THRESHOLD).append(" or more projects)\n");
                for (PortfolioSummary.SharedTeam t : s.shared()) {
                    text.append("  ").append(catalog.roleName(t.role())).append(": ").append(count(t.projects(), "project"))
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
                text.append("\nMost at risk (criticality weight × (unstaffed required FTE + critical gaps + major gaps / 4))\n");
                int rank = 1;
                for (PortfolioSummary.Risk r : s.risks()) {
                    text.append(String.format(Locale.ROOT, "  %2d. %-28s risk %s · %s · %s FTE unstaffed · %d critical, "
                                    + "%d major%s%n", rank++, r.project(), Fte.format(r.score()), r.criticality(),
                            Fte.format(r.unstaffedFte()), r.critical(), r.major(), r.staffed() ? "" : " · not staffed yet"));
                }
            }

            text.append("\nProjects\n");
            projects.forEach(line -> text.append(line).append("\n"));
            if (projects.isEmpty()) {
                text.append("  (none)\n");
            }
            if (!warnings.isEmpty()) {
                text.append("\nWarnings\n");
                warnings.forEach(line -> text.append("  ").append(line).append("\n"));
            }
            if (!errors.isEmpty()) {
                text.append("\nErrors\n");
                errors.forEach(line -> text.append("  ").append(line).append("\n"));
            }
            out.write(text.toString());
            out.flush();
        }
        };
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
                for (int i = 0; i < v.assessment().actions().size(); i++) {
                    out.append("    ").append(i + 1).append(". ").append(v.assessment().actions().get(i).text(catalog))
                            .append("\n");
                }
            }
        }
        return out.toString();
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

    private static void appendReasons(StringBuilder out, List<Reason> reasons, String indent) {
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

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
