package dev.teamfit.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.Gap;
import dev.teamfit.model.GapType;
import dev.teamfit.model.Severity;
import dev.teamfit.report.JsonReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Metamorphic and structural properties of the bundled rule base on generated valid projects
 * ({@link ValidProjects}, a fixed seed so that a failure reproduces). A failing case is shrunk to a
 * smallest project that still fails and printed as a project file.
 */
@Timeout(300)
class RuleBasePropertiesTest {

    /** The seed and the number of projects; a longer search: -Dteamfit.properties.seed=N -Dteamfit.properties.count=N. */
    static final long SEED = Long.getLong("teamfit.properties.seed", 20261126L);
    static final int PROJECTS = Integer.getInteger("teamfit.properties.count", 300);

    static RuleBase base;
    static Catalog catalog;
    static ProjectReader reader;
    static ProjectWriter writer;
    static JsonReport json;
    static List<Draft> drafts;

    @BeforeAll
    static void generate() throws Exception {
        base = RuleBase.bundled();
        catalog = base.catalog();
        reader = new ProjectReader(catalog, TreeReader.DEFAULT_MAX_BYTES);
        writer = new ProjectWriter(catalog);
        json = new JsonReport(catalog);
        drafts = new ValidProjects(SEED).next(PROJECTS);
    }

    static Assessment assess(Draft d) {
        try {
            return base.assess(d.build(), List.of());
        } catch (Exception e) {
            throw new AssertionError("the rules failed on " + show(d), e);
        }
    }

    /** A draft as the smallest project file that says it, for failure messages. */
    static String show(Draft d) {
        return "\n---\n" + writer.write(d.build(), TreeReader.Syntax.YAML,
                new ProjectWriter.Style(true, false, false, true, true, false), new Random(0)) + "---";
    }

    /**
     * Checks a property on every draft: {@code check} returns null when it holds, else what is wrong.
     * The first failure is shrunk and reported; violations a known defect explains are counted apart.
     */
    static void forAll(String property, List<Draft> cases, Function<Draft, String> check) {
        for (Draft d : cases) {
            String wrong = check.apply(d);
            if (wrong != null) {
                Draft small = Shrinker.shrink(d, x -> check.apply(x) != null);
                fail(property + " fails: " + check.apply(small) + "\nsmallest project found:" + show(small)
                        + "\noriginal project:" + show(d));
            }
        }
    }

    private static Set<String> keys(Assessment a, GapType type, Function<Gap, String> key) {
        return a.gaps().stream().filter(g -> g.type() == type).map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> required(Assessment a) {
        return a.roles().stream().filter(r -> r.requirement().isRequired()).map(Assessment.RoleResult::role)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean hasGap(Assessment a, GapType type, String role, Severity severity) {
        return a.gaps().stream().anyMatch(g -> g.type() == type && role.equals(g.role())
                && (severity == null || g.severity() == severity));
    }

    // --- Coverage and gaps -------------------------------------------------------------------

    @Test
    void everyRequiredRoleIsCoveredOrHasAGap() {
        forAll("every required role is covered or has a gap", drafts, d -> {
            Assessment a = assess(d);
            if (d.team == null) {
                return a.gaps().isEmpty() ? null : "a project without a team has gaps: " + a.gaps();
            }
            for (Assessment.RoleResult r : a.roles()) {
                boolean covered = !r.coverage().isEmpty();
                boolean full = r.coverage().stream().anyMatch(c -> c.coverage().isFull());
                if (r.requirement().isRequired()) {
                    if (!covered && !hasGap(a, GapType.MISSING_ROLE, r.role(), Severity.CRITICAL)) {
                        return "required role " + r.role() + " is not covered and has no critical MISSING_ROLE gap";
                    }
                    if (covered && !full && !hasGap(a, GapType.PARTIAL_COVERAGE, r.role(), null)) {
                        return "required role " + r.role() + " is only partly covered and has no PARTIAL_COVERAGE gap";
                    }
                    if (full && (hasGap(a, GapType.MISSING_ROLE, r.role(), null)
                            || hasGap(a, GapType.PARTIAL_COVERAGE, r.role(), null))) {
                        return "required role " + r.role() + " is fully covered but has a coverage gap";
                    }
                } else if (!covered && !hasGap(a, GapType.MISSING_ROLE, r.role(), Severity.MINOR)) {
                    return "recommended role " + r.role() + " is not covered and has no minor MISSING_ROLE gap";
                }
            }
            return null;
        });
    }

    @Test
    void everyGapHasReasonsAndASuggestion() {
        ObjectMapper mapper = new ObjectMapper();
        forAll("every gap has reasons and a suggestion", drafts, d -> {
            Assessment a = assess(d);
            for (Gap g : a.gaps()) {
                if (g.reasons().isEmpty()) {
                    return g.type() + " " + g.role() + " has no reasons";
                }
                if (g.reasons().stream().anyMatch(r -> r.rule().isBlank() || r.source().isBlank() || r.name().isBlank())) {
                    return g.type() + " " + g.role() + " has a reason without rule, name or source: " + g.reasons();
                }
                String text = g.suggestion().text(catalog);
                if (text.isBlank() || text.contains("  ") || !text.endsWith(".")) {
                    return g.type() + " " + g.role() + " has a malformed suggestion: '" + text + "'";
                }
                String message = g.message(catalog);
                if (message.isBlank() || message.contains("  ")) {
                    return g.type() + " " + g.role() + " has a malformed message: '" + message + "'";
                }
                boolean needsMember = g.type() == GapType.SKILL_BELOW_LEVEL || g.type() == GapType.SINGLE_POINT_OF_FAILURE
                        || g.type() == GapType.UNNEEDED_ROLE || g.type() == GapType.OVERALLOCATED;
                boolean needsSkill = g.type() == GapType.SKILL_BELOW_LEVEL || g.type() == GapType.MISSING_SKILL;
                if (needsMember && g.member() == null || needsSkill && (g.skill() == null || g.need() == null)) {
                    return g.type() + " lacks its member, skill or level: " + g;
                }
            }
            try {
                JsonNode out = mapper.readTree(json.render(a));
                for (JsonNode g : out.get("gaps")) {
                    if (g.path("suggestion").asText("").isBlank() || g.path("message").asText("").isBlank()
                            || !g.path("reasons").isArray() || g.path("reasons").isEmpty()) {
                        return "a gap in the JSON output lacks its message, suggestion or reasons: " + g;
                    }
                }
            } catch (Exception e) {
                return "the JSON output does not parse: " + e;
            }
            return null;
        });
    }

    // --- Monotonicity ------------------------------------------------------------------------

    /** The roles a member covers in an assessment, fully or partially. */
    private static Set<String> covered(Assessment a, String member) {
        return a.roles().stream().filter(r -> r.coverage().stream().anyMatch(c -> c.coverage().member().equals(member)))
                .map(Assessment.RoleResult::role).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Adding a member never adds a MISSING_ROLE, and never a MISSING_SKILL for a role that was
     * required and covered before. (A MISSING_SKILL may appear for a role the newcomer is the first
     * to cover: the README reports missing skills only for covered roles, and the role's MISSING_ROLE
     * gap goes. It may also appear for a role the larger team newly requires: SPEC §3 requires a
     * project manager from 5 people on.)
     */
    @Test
    void addingAMemberNeverAddsAMissingRoleOrAMissingSkill() {
        ValidProjects extra = new ValidProjects(SEED + 1);
        List<Draft> withTeams = drafts.stream().filter(d -> d.team != null).toList();
        for (Draft d : withTeams) {
            Set<String> taken = d.team.stream().map(p -> p.name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            Draft.Person newcomer = extra.member(new HashSet<>(taken));
            forAll("adding " + newcomer.name + " " + newcomer.roles + " " + newcomer.skills
                    + " never adds a MISSING_ROLE or MISSING_SKILL", List.of(d), x -> {
                if (x.team == null || x.team.stream().anyMatch(p -> p.name.equalsIgnoreCase(newcomer.name))) {
                    return null;
                }
                Assessment before = assess(x);
                Assessment after = assess(x.with(y -> y.team.add(newcomer.copy())));
                Set<String> missingBefore = keys(before, GapType.MISSING_ROLE, Gap::role);
                Set<String> roles = keys(after, GapType.MISSING_ROLE, Gap::role);
                roles.removeAll(missingBefore);
                Set<String> requiredBefore = required(before);
                Set<String> skills = after.gaps().stream().filter(g -> g.type() == GapType.MISSING_SKILL)
                        .filter(g -> requiredBefore.contains(g.role()) && !missingBefore.contains(g.role()))
                        .map(g -> g.role() + "/" + g.skill()).collect(Collectors.toCollection(TreeSet::new));
                skills.removeAll(keys(before, GapType.MISSING_SKILL, g -> g.role() + "/" + g.skill()));
                if (roles.isEmpty() && skills.isEmpty()) {
                    return null;
                }
                return "new MISSING_ROLE " + roles + ", new MISSING_SKILL " + skills;
            });
        }
    }

    /**
     * Raising a member's skill never adds a SKILL_BELOW_LEVEL for a role the member covered before,
     * and never adds a critical gap. (It may add one for a role the raised skill lets the member
     * cover for the first time, through an overlap: SPEC §3 then reports their other shortfalls
     * in that role, and the role's MISSING_ROLE gap becomes a PARTIAL_COVERAGE one.)
     */
    @Test
    void raisingASkillNeverAddsASkillBelowLevel() {
        Random random = new Random(SEED + 2);
        for (Draft d : drafts) {
            if (d.team == null || d.team.isEmpty()) {
                continue;
            }
            Draft.Person who = d.team.get(random.nextInt(d.team.size()));
            String skill = ValidProjects.SKILLS.get(random.nextInt(ValidProjects.SKILLS.size()));
            int from = who.skills.getOrDefault(skill, 0);
            if (from == 5) {
                continue;
            }
            int to = from + 1 + random.nextInt(5 - from);
            String name = who.name;
            forAll("raising " + name + "'s " + skill + " from " + from + " to " + to
                    + " never adds a SKILL_BELOW_LEVEL", List.of(d), x -> {
                Draft.Person p = x.team == null ? null
                        : x.team.stream().filter(m -> m.name.equals(name)).findFirst().orElse(null);
                if (p == null || p.skills.getOrDefault(skill, 0) >= to) {
                    return null;
                }
                Assessment before = assess(x);
                Assessment after = assess(x.with(y -> y.team.stream().filter(m -> m.name.equals(name)).findFirst()
                        .orElseThrow().skills.put(skill, to)));
                Set<String> coveredBefore = covered(before, name);
                Function<Gap, String> key = g -> g.role() + "/" + g.member() + "/" + g.skill();
                Set<String> added = after.gaps().stream().filter(g -> g.type() == GapType.SKILL_BELOW_LEVEL)
                        .filter(g -> !name.equals(g.member()) || coveredBefore.contains(g.role()))
                        .map(key).collect(Collectors.toCollection(TreeSet::new));
                added.removeAll(keys(before, GapType.SKILL_BELOW_LEVEL, key));
                if (!added.isEmpty()) {
                    return "new SKILL_BELOW_LEVEL " + added;
                }
                long criticalBefore = before.gaps().stream().filter(g -> g.severity() == Severity.CRITICAL).count();
                long criticalAfter = after.gaps().stream().filter(g -> g.severity() == Severity.CRITICAL).count();
                return criticalAfter <= criticalBefore ? null
                        : "critical gaps went from " + criticalBefore + " to " + criticalAfter + ": " + after.gaps();
            });
        }
    }

    /** A change that makes a project larger, more critical or more regulated. */
    record Growth(String name, java.util.function.Predicate<Draft> applies, java.util.function.Consumer<Draft> change) {
    }

    static final List<Growth> GROWTH = List.of(
            new Growth("data volume one step larger", d -> d.volume != DataVolume.MASSIVE,
                    d -> d.volume = DataVolume.values()[d.volume.ordinal() + 1]),
            new Growth("two more data sources", d -> true, d -> d.sources += 2),
            new Growth("two more stakeholder groups", d -> true, d -> d.stakeholders += 2),
            new Growth("six months longer", d -> true, d -> d.months = (d.months == null ? 0 : d.months) + 6),
            new Growth("two more models in production", d -> d.deployed(), d -> d.models += 2),
            new Growth("one step more critical", d -> d.criticality != Criticality.MISSION_CRITICAL,
                    d -> d.criticality = Criticality.values()[d.criticality.ordinal() + 1]),
            new Growth("regulated", d -> !d.regulated, d -> d.regulated = true),
            new Growth("personal data", d -> !d.personalData, d -> d.personalData = true));

    @Test
    void aLargerMoreCriticalOrMoreRegulatedProjectKeepsEveryRequiredRole() {
        for (Growth growth : GROWTH) {
            List<Draft> cases = drafts.stream().filter(growth.applies()).toList();
            assertTrue(cases.size() >= 20, growth.name() + ": only " + cases.size() + " cases");
            forAll(growth.name() + " never removes a required role", cases, x -> {
                if (!growth.applies().test(x)) {
                    return null;
                }
                Assessment before = assess(x);
                Assessment after = assess(x.with(growth.change()));
                Set<String> lost = required(before);
                lost.removeAll(required(after));
                if (!lost.isEmpty()) {
                    return "required roles lost: " + lost;
                }
                // README: more data, sources, models, stakeholders, months or criticality mean more FTE, not less.
                for (Assessment.RoleResult r : before.roles()) {
                    if (!r.requirement().isRequired()) {
                        continue;
                    }
                    Assessment.RoleResult grown = after.role(r.role()).orElseThrow();
                    if (grown.requirement().fte() < r.requirement().fte()) {
                        return r.role() + " FTE fell from " + r.requirement().fte() + " to " + grown.requirement().fte();
                    }
                    for (dev.teamfit.model.SkillRequirement skill : r.skills()) {
                        int level = grown.skills().stream().filter(k -> k.skill().equals(skill.skill()))
                                .mapToInt(dev.teamfit.model.SkillRequirement::value).max().orElse(0);
                        if (level < skill.value()) {
                            return r.role() + " needs " + skill.skill() + " at " + level + " instead of " + skill.value();
                        }
                    }
                }
                return null;
            });
        }
    }

    // --- Round trip --------------------------------------------------------------------------

    private static dev.teamfit.model.Project read(String text, TreeReader.Syntax syntax) {
        try {
            return reader.read("round-trip", text.getBytes(StandardCharsets.UTF_8), syntax).project();
        } catch (InvalidInputException e) {
            throw new AssertionError("a written project does not read back: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** The JSON assessment without the input warnings, which quote the input's own spelling of a key. */
    private static String assessmentJson(dev.teamfit.model.Project p) throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json.render(base.assess(p, List.of())));
        node.remove("warnings");
        return node.toString();
    }

    @Test
    void writingAProjectBackOutAndReadingItAgainGivesTheSameAssessment() throws Exception {
        Random random = new Random(SEED + 3);
        for (Draft d : drafts) {
            dev.teamfit.model.Project original = d.build();
            TreeReader.Syntax syntax = random.nextBoolean() ? TreeReader.Syntax.YAML : TreeReader.Syntax.JSON;
            String first = writer.write(original, syntax, ProjectWriter.Style.random(random), random);
            dev.teamfit.model.Project parsed = read(first, syntax);
            if (!parsed.equals(original)) {
                fail("a written project reads back as another project\nwritten:\n" + first + "\nread: " + parsed
                        + "\nexpected: " + original);
            }
            String expected = assessmentJson(parsed);
            for (TreeReader.Syntax again : TreeReader.Syntax.values()) {
                String second = writer.write(parsed, again);
                dev.teamfit.model.Project reread = read(second, again);
                if (!reread.equals(parsed) || !assessmentJson(reread).equals(expected)) {
                    fail("writing the parsed project back out as " + again + " changes it\nfirst file:\n" + first
                            + "\nwritten back:\n" + second);
                }
            }
        }
    }
}
