package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.CoverageDegree;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Severity;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One assessment as a self-contained HTML page: a header with the headline numbers, a coverage matrix
 * (roles by members), a skills heat map per required role, the gaps as cards by severity with their
 * reasons, and the reasons behind each role. {@link #section} renders the same for a portfolio page.
 * Every text from the input goes through {@link Html#escape}.
 */
public final class HtmlReport {

    private final Catalog catalog;

    public HtmlReport(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The assessment as a page of its own. */
    public String render(Assessment a) {
        return Html.page(a.project().name() + " · teamfit assessment", section(a, 1) + footer());
    }

    /** The page footer: what the report rests on. */
    static String footer() {
        return "<footer>Produced by teamfit. Every role, skill level and gap rests on a rule of the rule base; "
                + "its reasons name the rule, the section of the seed it follows and the input facts that made it "
                + "fire.</footer>\n";
    }

    /**
     * One project's part of a page: the whole report, with its title at heading {@code level} (1 on a page
     * of its own, 2 within a portfolio) and element ids prefixed by the project id, so that several
     * projects can share a page.
     */
    public String section(Assessment a, int level) {
        Project project = a.project();
        // Parts are named after the section with '~', which no project id holds, so that no two ids meet.
        String id = "p-" + Html.anchor(project.id());
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"").append(level > 1 ? "project" : "single").append("\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("~title\">\n");
        header(html, a, id, level);
        html.append("<nav class=\"jump\" aria-label=\"").append(Html.escape(project.name())).append(": parts\">")
                .append("<a href=\"#").append(id).append("~coverage\">Coverage matrix</a>")
                .append("<a href=\"#").append(id).append("~skills\">Skills per role</a>")
                .append("<a href=\"#").append(id).append("~gaps\">Gaps</a>")
                .append("<a href=\"#").append(id).append("~why\">Why these roles</a></nav>\n");
        matrix(html, a, id, level + 1);
        heatMaps(html, a, id, level + 1);
        gaps(html, a, id, level + 1);
        why(html, a, id, level + 1);
        if (!a.warnings().isEmpty()) {
            heading(html, level + 1, id + "~warnings", "Warnings");
            html.append("<ul class=\"warnings\">\n");
            a.warnings().forEach(w -> html.append("<li>").append(Html.escape(w)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
        return html.toString();
    }

    private void header(StringBuilder html, Assessment a, String id, int level) {
        Project p = a.project();
        Assessment.Summary s = a.summary();
        html.append("<header class=\"report\">\n<p class=\"eyebrow\">Team assessment</p>\n");
        html.append("<h").append(level).append(" id=\"").append(id).append("~title\">").append(Html.escape(p.name()))
                .append("</h").append(level).append(">\n");
        List<String> facts = new ArrayList<>();
        facts.add("<code>" + Html.escape(p.id()) + "</code>");
        Profile.tags(p).forEach(tag -> facts.add(Html.escape(tag)));
        html.append("<p class=\"sub\">").append(String.join(" · ", facts)).append("</p>\n");
        if (p.description() != null) {
            html.append("<p class=\"description\">").append(Html.escape(p.description())).append("</p>\n");
        }

        html.append("<ul class=\"tiles\" aria-label=\"Headline numbers\">\n");
        tile(html, "", String.valueOf(s.requiredRoles()), "required " + (s.requiredRoles() == 1 ? "role" : "roles")
                + ", " + Html.fte(s.requiredFte()));
        tile(html, "", String.valueOf(s.recommendedRoles()), "recommended " + (s.recommendedRoles() == 1 ? "role" : "roles"));
        if (s.coveredRoles() != null) {
            long percent = Math.round(s.coverage() * 100);
            html.append("<li><span class=\"n\">").append(percent).append("%</span><span class=\"t\">fully covered: ")
                    .append(s.coveredRoles()).append(" of ").append(s.requiredRoles()).append(" required roles")
                    .append(s.partialRoles() != null && s.partialRoles() > 0 ? ", " + s.partialRoles() + " partly" : "")
                    .append("</span><span class=\"meter\" aria-hidden=\"true\"><span style=\"width:").append(percent)
                    .append("%\"></span></span></li>\n");
            tile(html, "critical", String.valueOf(s.critical()), "critical " + (s.critical() == 1 ? "gap" : "gaps"));
            tile(html, "major", String.valueOf(s.major()), "major " + (s.major() == 1 ? "gap" : "gaps"));
            tile(html, "minor", String.valueOf(s.minor()), "minor " + (s.minor() == 1 ? "gap" : "gaps"));
        } else {
            tile(html, "", "–", "scoping only: no team given");
        }
        html.append("</ul>\n");

        html.append("<dl class=\"profile\">\n");
        Profile.lines(p).forEach((term, value) -> definition(html, term, value));
        html.append("</dl>\n</header>\n");
    }

    private static void tile(StringBuilder html, String css, String number, String text) {
        html.append("<li").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append("><span class=\"n\">")
                .append(number).append("</span><span class=\"t\">").append(text).append("</span></li>\n");
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt>").append(term).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    private static void heading(StringBuilder html, int level, String id, String text) {
        int h = Math.min(level, 6);
        html.append("<h").append(h).append(id == null ? "" : " id=\"" + id + "\"").append('>').append(text)
                .append("</h").append(h).append(">\n");
    }

    /** Roles by members: who covers what, fully or partly, with the share of their allocation it takes. */
    private void matrix(StringBuilder html, Assessment a, String id, int level) {
        heading(html, level, id + "~coverage", "Coverage matrix");
        if (a.roles().isEmpty()) {
            html.append("<p>No role needed.</p>\n");
            return;
        }
        List<Member> team = a.project().team();
        if (!a.project().teamDeclared()) {
            html.append("<p>No team given: add a <code>team:</code> list to see who covers each role.</p>\n");
        } else {
            html.append("<p class=\"legend\"><span><span class=\"key full\"><span class=\"sym\">●</span> Full</span> "
                    + "declares the role and meets every level</span><span><span class=\"key partial\">"
                    + "<span class=\"sym\">◐</span> Partial</span> falls short, or covers it through an overlapping "
                    + "role</span><span><span class=\"key none\"><span class=\"sym\">–</span></span> does not "
                    + "cover it</span><span>FTE: the share of the member's allocation it takes</span></p>\n");
        }
        html.append("<div class=\"scroll\">\n<table class=\"matrix\" id=\"").append(id).append("~matrix\">\n")
                .append("<caption>Required and recommended roles (rows) by team members (columns)</caption>\n")
                .append("<thead><tr><th scope=\"col\">Role <small>priority, FTE needed</small></th>");
        for (Member m : team) {
            html.append("<th scope=\"col\" class=\"member\" data-member=\"").append(Html.escape(m.name())).append("\">")
                    .append(Html.escape(m.name())).append("<small>").append(Html.fte(m.allocation()));
            if (!m.roles().isEmpty()) {
                html.append(" · ").append(Html.escape(m.roles().stream().map(catalog::roleName)
                        .collect(Collectors.joining(", "))));
            }
            html.append("</small></th>");
        }
        html.append("<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        for (Assessment.RoleResult role : a.roles()) {
            html.append("<tr data-role=\"").append(Html.escape(role.role())).append("\" class=\"")
                    .append(role.requirement().priority().id()).append("\"><th scope=\"row\">")
                    .append(Html.escape(catalog.roleName(role.role()))).append(" <small>")
                    .append(role.requirement().priority().id()).append(", ").append(Html.fte(role.requirement().fte()))
                    .append("</small></th>");
            for (Member m : team) {
                cell(html, role, m);
            }
            status(html, a, role);
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private void cell(StringBuilder html, Assessment.RoleResult role, Member member) {
        Optional<Assessment.Cover> cover = role.coverage().stream()
                .filter(c -> c.coverage().member().equals(member.name()))
                .min(Comparator.comparing(c -> c.coverage().degree()));
        if (cover.isEmpty()) {
            html.append("<td class=\"cell none\"><span class=\"sym\" aria-hidden=\"true\">–</span> "
                    + "<span class=\"sr\">none</span></td>");
            return;
        }
        Assessment.Cover c = cover.get();
        boolean full = c.coverage().degree() == CoverageDegree.FULL;
        html.append("<td class=\"cell ").append(full ? "full" : "partial").append("\"><span class=\"sym\">")
                .append(full ? "●" : "◐").append("</span> ").append(full ? "Full" : "Partial").append(" <small>")
                .append(Html.fte(c.fte()));
        if (!c.coverage().via().equals(role.role())) {
            html.append(" · via ").append(Html.escape(catalog.roleName(c.coverage().via())));
        }
        html.append("</small></td>");
    }

    private static void status(StringBuilder html, Assessment a, Assessment.RoleResult role) {
        if (!a.project().teamDeclared()) {
            html.append("<td class=\"status none\">no team given</td>");
            return;
        }
        double fte = role.coverage().stream().mapToDouble(Assessment.Cover::fte).sum();
        String of = " <small>" + Fte.format(fte) + " of " + Html.fte(role.requirement().fte()) + "</small>";
        if (role.coverage().stream().anyMatch(c -> c.coverage().isFull())) {
            html.append("<td class=\"status full\"><span class=\"sym\">✔</span> Covered").append(of).append("</td>");
        } else if (!role.coverage().isEmpty()) {
            html.append("<td class=\"status partial\"><span class=\"sym\">◐</span> Partly covered").append(of)
                    .append("</td>");
        } else if (role.requirement().isRequired()) {
            html.append("<td class=\"status uncovered\"><span class=\"sym\">✖</span> Not covered</td>");
        } else {
            html.append("<td class=\"status none\"><span class=\"sym\">○</span> Not covered (recommended)</td>");
        }
    }

    /**
     * A table per required role: each skill's needed level against the levels of the members who cover
     * the role and the best level anyone on the team has.
     */
    private void heatMaps(StringBuilder html, Assessment a, String id, int level) {
        heading(html, level, id + "~skills", "Skills per required role");
        List<Assessment.RoleResult> roles = a.roles().stream()
                .filter(r -> r.requirement().isRequired() && !r.skills().isEmpty()).toList();
        if (roles.isEmpty()) {
            html.append("<p>No required role with skill levels.</p>\n");
            return;
        }
        boolean team = a.project().teamDeclared();
        html.append("<p class=\"legend\">Levels: 0 none, 1 novice, 2 advanced beginner, 3 competent, 4 proficient, "
                + "5 expert.");
        if (team) {
            html.append(" <span><span class=\"key meets\"><span class=\"sym\">✓</span></span> meets the need</span>"
                    + "<span><span class=\"key below\"><span class=\"sym\">▼</span></span> below it</span>"
                    + "<span><span class=\"key absent\"><span class=\"sym\">✗</span></span> does not have it</span>");
        }
        html.append("</p>\n<div class=\"heatmaps\">\n");
        for (Assessment.RoleResult role : roles) {
            List<Member> covering = a.project().team().stream()
                    .filter(m -> role.coverage().stream().anyMatch(c -> c.coverage().member().equals(m.name())))
                    .toList();
            html.append("<div class=\"heatbox\">\n<table class=\"heat\" data-role=\"").append(Html.escape(role.role()))
                    .append("\">\n<caption>").append(Html.escape(catalog.roleName(role.role())));
            if (team && covering.isEmpty()) {
                html.append(" <span class=\"muted\">· nobody covers it</span>");
            }
            html.append("</caption>\n<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\">Need</th>");
            for (Member m : covering) {
                html.append("<th scope=\"col\">").append(Html.escape(m.name())).append("</th>");
            }
            if (team) {
                html.append("<th scope=\"col\">Best on team</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (SkillRequirement skill : role.skills()) {
                int need = skill.level().value();
                html.append("<tr><th scope=\"row\">").append(Html.escape(catalog.skillName(skill.skill())))
                        .append("</th><td class=\"lvl need\">").append(need).append(" <small>").append(skill.level().id())
                        .append("</small></td>");
                for (Member m : covering) {
                    int have = m.level(skill.skill());
                    levelCell(html, have, need, Html.escape(m.name()) + ": " + Level.idOf(have), "");
                }
                if (team) {
                    Optional<Member> best = a.project().team().stream()
                            .max(Comparator.comparingInt((Member m) -> m.level(skill.skill()))
                                    .thenComparing(Comparator.comparingInt(Member::index).reversed()));
                    int have = best.map(m -> m.level(skill.skill())).orElse(0);
                    String who = have == 0 ? "nobody" : Html.escape(best.get().name());
                    levelCell(html, have, need, "best on the team: " + Level.idOf(have), " <small class=\"who\">" + who + "</small>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n</div>\n");
        }
        html.append("</div>\n");
    }

    private static void levelCell(StringBuilder html, int have, int need, String title, String after) {
        String css = have >= need ? "meets" : have == 0 ? "absent" : "below";
        String symbol = have >= need ? "✓" : have == 0 ? "✗" : "▼";
        html.append("<td class=\"lvl ").append(css).append("\" title=\"").append(title).append("\"><span class=\"sym\">")
                .append(symbol).append("</span> ").append(have).append(after).append("</td>");
    }

    /** The gaps as cards, most severe first, each with its suggestion and, folded, its reasons. */
    private void gaps(StringBuilder html, Assessment a, String id, int level) {
        heading(html, level, id + "~gaps", "Gaps");
        if (!a.project().teamDeclared()) {
            html.append("<p>No team given: add a <code>team:</code> list to see coverage and gaps.</p>\n");
            return;
        }
        if (a.gaps().isEmpty()) {
            html.append("<p>None: the team covers every need.</p>\n");
            return;
        }
        html.append("<p class=\"legend\">Numbers are those of <code>teamfit explain FILE --gap N</code>. "
                + "Open “Why” for the rules, seed sections and facts behind a gap.</p>\n");
        for (Severity severity : Severity.values()) {
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < a.gaps().size(); i++) {
                if (a.gaps().get(i).severity() == severity) {
                    numbers.add(i + 1);
                }
            }
            if (numbers.isEmpty()) {
                continue;
            }
            heading(html, level + 1, id + "~" + severity.id(), capitalise(severity.id()) + " gaps <span class=\"muted\">("
                    + numbers.size() + ")</span>");
            html.append("<div class=\"gaps\">\n");
            for (int n : numbers) {
                card(html, a.gaps().get(n - 1), n, id, level + 2);
            }
            html.append("</div>\n");
        }
    }

    private void card(StringBuilder html, Gap gap, int n, String id, int level) {
        String severity = gap.severity().id();
        int h = Math.min(level, 6);
        html.append("<article class=\"gap ").append(severity).append("\" id=\"").append(id).append("~gap-").append(n)
                .append("\" data-type=\"").append(gap.type().id()).append("\">\n<h").append(h).append("><span class=\"badge ")
                .append(severity).append("\">").append(severity).append("</span> <span class=\"n\">#").append(n)
                .append("</span> ").append(typeName(gap)).append(gap.role() == null ? ""
                        : " · " + Html.escape(catalog.roleName(gap.role()))).append("</h").append(h).append(">\n");
        html.append("<p>").append(Html.escape(gap.message(catalog))).append("</p>\n");
        html.append("<p class=\"suggestion\"><strong>Suggestion:</strong> ")
                .append(Html.escape(gap.action().text(catalog))).append("</p>\n");
        reasons(html, "Why: " + (gap.reasons().size() == 1 ? "1 rule" : gap.reasons().size() + " rules"), gap.reasons());
        html.append("</article>\n");
    }

    private static String typeName(Gap gap) {
        return capitalise(gap.type().id().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** The reasons behind each role, folded. */
    private void why(StringBuilder html, Assessment a, String id, int level) {
        heading(html, level, id + "~why", "Why these roles");
        if (a.roles().isEmpty()) {
            html.append("<p>No rule concluded that the project needs a role.</p>\n");
            return;
        }
        html.append("<div class=\"roles-why\">\n");
        for (Assessment.RoleResult role : a.roles()) {
            List<Reason> reasons = role.requirement().reasons();
            reasons(html, "<strong>" + Html.escape(catalog.roleName(role.role())) + "</strong> · "
                    + role.requirement().priority().id() + ", " + Html.fte(role.requirement().fte()) + " · "
                    + (reasons.size() == 1 ? "1 rule" : reasons.size() + " rules"), reasons);
        }
        html.append("</div>\n");
    }

    /** A folded list of reasons: rule id and name, the seed section, the input facts. */
    private static void reasons(StringBuilder html, String summary, List<Reason> reasons) {
        html.append("<details><summary>").append(summary).append("</summary>\n<ul class=\"reasons\">\n");
        for (Reason r : reasons) {
            html.append("<li><code>").append(Html.escape(r.rule())).append("</code> ").append(Html.escape(r.name()))
                    .append(" <span class=\"source\">(seed: ").append(Html.escape(r.source())).append(")</span>");
            if (!r.facts().isEmpty()) {
                html.append("<br><span class=\"facts\">facts: ");
                html.append(r.facts().stream().map(f -> "<code>" + Html.escape(f) + "</code>").collect(Collectors.joining(" ")));
                html.append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</details>\n");
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
