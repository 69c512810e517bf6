package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.CoverageDegree;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;
import dev.teamfit.model.Severity;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the templates of one project's report (src/main/jte/report) compute rather than show: names from
 * the catalog, the words and symbols of cells, groupings and counts. Templates take the model records
 * and ask this for the rest. Public only because the generated templates live in another package.
 */
public final class HtmlView {

    private final Catalog catalog;
    private final String id;
    private final int level;

    /**
     * @param projectId the project's id, which names the section and, with '~' (no project id holds one),
     *                  its parts, so that several projects share a page without two ids meeting
     * @param level     the heading level of the project's title: 1 on a page of its own, 2 in a portfolio
     */
    public HtmlView(Catalog catalog, String projectId, int level) {
        this.catalog = catalog;
        this.id = sectionId(projectId);
        this.level = level;
    }

    /** A number with a noun, {@code 1 rule}, {@code 2 rules}. */
    public static String count(int n, String noun) {
        return TextReport.count(n, noun);
    }

    /** FTE as a word: {@code 0.5 FTE}. */
    public static String fte(double value) {
        return Fte.format(value) + " FTE";
    }

    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The id of a project's section. */
    static String sectionId(String projectId) {
        return "p-" + Html.anchor(projectId);
    }

    public String id() {
        return id;
    }

    /** The id of a part of the section. */
    public String part(String name) {
        return id + "~" + Html.anchor(name);
    }

    /** Whether the section is one of several on a page. */
    public boolean nested() {
        return level > 1;
    }

    /** The heading level {@code depth} below the project's title, at most 6. */
    public int h(int depth) {
        return Math.min(level + depth, 6);
    }

    public String roleName(String role) {
        return catalog.roleName(role);
    }

    public String skillName(String skill) {
        return catalog.skillName(skill);
    }

    /** The facts after the project id under the title: domain, criticality, flags, duration. */
    public List<String> facts(Project p) {
        return Profile.tags(p);
    }

    /** A headline number. @param css its class, or null @param meter a width drawn under it, such as 14%, or null */
    public record Tile(String css, String number, String text, String meter) {
    }

    public List<Tile> tiles(Assessment.Summary s) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile(null, String.valueOf(s.requiredRoles()),
                (s.requiredRoles() == 1 ? "required role, " : "required roles, ") + fte(s.requiredFte()), null));
        if (s.staffedFte() != null) {
            int staffed = s.requiredFte() == 0 ? 100 : (int) Math.round(100 * s.staffedFte() / s.requiredFte());
            tiles.add(new Tile(null, Fte.format(s.staffedFte()), "of " + fte(s.requiredFte()) + " staffed",
                    staffed + "%"));
        }
        tiles.add(new Tile(null, String.valueOf(s.recommendedRoles()),
                s.recommendedRoles() == 1 ? "recommended role" : "recommended roles", null));
        if (s.coveredRoles() == null) {
            tiles.add(new Tile(null, "–", "scoping only: no team given", null));
            return tiles;
        }
        int percent = (int) Math.round(s.coverage() * 100);
        tiles.add(new Tile(null, percent + "%", "fully covered: " + s.coveredRoles() + " of " + s.requiredRoles()
                + " required roles" + (s.partialRoles() != null && s.partialRoles() > 0 ? ", " + s.partialRoles()
                + " partly" : ""), percent + "%"));
        tiles.addAll(severityTiles(s.critical(), s.major(), s.minor()));
        return tiles;
    }

    /** The tiles of gaps by severity, shared with the portfolio's headline. */
    static List<Tile> severityTiles(int critical, int major, int minor) {
        return List.of(new Tile("critical", String.valueOf(critical), critical == 1 ? "critical gap" : "critical gaps", null),
                new Tile("major", String.valueOf(major), major == 1 ? "major gap" : "major gaps", null),
                new Tile("minor", String.valueOf(minor), minor == 1 ? "minor gap" : "minor gaps", null));
    }

    /** A term of the project's profile and its description. */
    public record Definition(String term, String value) {
    }

    public List<Definition> profile(Project p) {
        return Profile.lines(p).entrySet().stream().map(e -> new Definition(e.getKey(), e.getValue())).toList();
    }

    /** Under a member's name in the matrix: their allocation and declared roles. */
    public String memberNote(Member m) {
        return fte(m.allocation()) + (m.roles().isEmpty() ? ""
                : " · " + m.roles().stream().map(catalog::roleName).collect(Collectors.joining(", ")));
    }

    /** Under a role's name in the matrix: its priority and FTE. */
    public String need(Assessment.RoleResult role) {
        return role.requirement().priority().id() + ", " + fte(role.needed());
    }

    /**
     * A table cell that says in a symbol and a word what its colour says.
     *
     * @param css    its classes
     * @param symbol shown, and hidden from screen readers, which read the word; or null
     * @param quiet  whether the word is for screen readers only (the symbol says it on screen)
     * @param note   small text after the word, or null
     */
    public record Mark(String css, String symbol, String word, boolean quiet, String note) {
    }

    /** A member's cell in a role's row of the matrix. */
    public Mark cell(Assessment.RoleResult role, Member member) {
        Optional<Assessment.Cover> cover = role.coverage().stream()
                .filter(c -> c.coverage().member().equals(member.name()))
                .min(Comparator.comparing(c -> c.coverage().degree()));
        if (cover.isEmpty()) {
            return new Mark("cell none", "–", "none", true, null);
        }
        Assessment.Cover c = cover.get();
        boolean full = c.coverage().degree() == CoverageDegree.FULL;
        String via = c.coverage().via().equals(role.role()) ? "" : " · via " + catalog.roleName(c.coverage().via());
        return new Mark(full ? "cell full" : "cell partial", full ? "●" : "◐", full ? "Full" : "Partial", false,
                fte(c.fte()) + via);
    }

    /** A role's status, the matrix's last column. */
    public Mark status(Project project, Assessment.RoleResult role) {
        if (!project.teamDeclared()) {
            return new Mark("status none", null, "no team given", false, null);
        }
        String of = Fte.format(role.staffed()) + " of " + fte(role.needed()) + " staffed";
        boolean staffed = role.staffed() >= role.needed() - 0.005;
        if (staffed && role.coverage().stream().anyMatch(c -> c.coverage().isFull())) {
            return new Mark("status full", "✔", "Covered", false, of);
        }
        if (role.staffed() > 0) {
            return new Mark("status partial", "◐", staffed ? "Partly covered" : "Understaffed", false, of);
        }
        return role.requirement().isRequired()
                ? new Mark("status uncovered", "✖", "Not covered", false, null)
                : new Mark("status none", "○", "Not covered (recommended)", false, null);
    }

    /** The roles that get a skills table: required ones with skill levels. */
    public List<Assessment.RoleResult> skillRoles(Assessment a) {
        return a.roles().stream().filter(r -> r.requirement().isRequired() && !r.skills().isEmpty()).toList();
    }

    /** The team's members who cover a role, in team order. */
    public List<Member> covering(Project project, Assessment.RoleResult role) {
        return project.team().stream()
                .filter(m -> role.coverage().stream().anyMatch(c -> c.coverage().member().equals(m.name())))
                .toList();
    }

    /**
     * A level against the level needed.
     *
     * @param title the level's name, shown on hover
     * @param who   who has it, for the best on the team; or null
     */
    public record LevelCell(String css, String symbol, int level, String title, String who) {
    }

    /** A covering member's level in a skill; a level the file does not give is not assessed. */
    public LevelCell level(Member member, SkillRequirement skill) {
        if (!member.assessed(skill.skill())) {
            return new LevelCell("unknown", "?", -1, member.name() + ": not assessed", null);
        }
        int have = member.level(skill.skill());
        return levelCell(have, skill.level(), member.name() + ": " + Level.idOf(have), null);
    }

    /** The best level anyone on the team has in a skill, and who (the first in the team on a tie). */
    public LevelCell best(Project project, SkillRequirement skill) {
        Optional<Member> best = project.team().stream()
                .max(Comparator.comparingInt((Member m) -> m.level(skill.skill()))
                        .thenComparing(Comparator.comparingInt(Member::index).reversed()));
        int have = best.map(m -> m.level(skill.skill())).orElse(0);
        return levelCell(have, skill.level(), "best on the team: " + Level.idOf(have),
                have == 0 ? "nobody" : best.get().name());
    }

    private static LevelCell levelCell(int have, Level need, String title, String who) {
        String css = have >= need.value() ? "meets" : have == 0 ? "absent" : "below";
        String symbol = have >= need.value() ? "✓" : have == 0 ? "✗" : "▼";
        return new LevelCell(css, symbol, have, title, who);
    }

    /** A gap with its number in the assessment, 1-based, as {@code teamfit explain --gap N} counts. */
    public record Numbered(int n, Gap gap) {
    }

    public record Group(Severity severity, List<Numbered> gaps) {
    }

    /** The gaps, numbered, in the assessment's order (which is by severity). */
    public List<Numbered> numbered(List<Gap> gaps) {
        return IntStream.range(0, gaps.size()).mapToObj(i -> new Numbered(i + 1, gaps.get(i))).toList();
    }

    /** The gaps grouped by severity, most severe first, each numbered; severities without gaps left out. */
    public List<Group> groups(List<Gap> gaps) {
        List<Group> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Numbered> numbered = numbered(gaps).stream().filter(g -> g.gap().severity() == severity).toList();
            if (!numbered.isEmpty()) {
                groups.add(new Group(severity, numbered));
            }
        }
        return groups;
    }

    /** A gap's heading after its badge and number: its type, and its role. */
    public String title(Gap gap) {
        String type = capitalise(gap.type().id().toLowerCase(Locale.ROOT).replace('_', ' '));
        return gap.role() == null ? type : type + " · " + catalog.roleName(gap.role());
    }

    public String message(Gap gap) {
        return gap.message(catalog);
    }

    public String suggestion(Gap gap) {
        return gap.action().text(catalog);
    }

    public List<String> actions(Assessment a) {
        return a.actions().stream().map(action -> action.text(catalog)).toList();
    }

    /** What every report says once: which numbers are teamfit's estimates. */
    public String estimates() {
        return TextReport.ESTIMATES;
    }

    /** What a reason rests on: the document's section and sentence, or teamfit's estimate and why. */
    public String basis(dev.teamfit.model.Reason reason) {
        return TextReport.basis(reason);
    }
}
