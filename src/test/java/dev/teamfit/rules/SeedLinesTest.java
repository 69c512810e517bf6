package dev.teamfit.rules;

import dev.teamfit.engine.RuleVerifier;
import dev.teamfit.engine.Seed;
import dev.teamfit.model.BaseSkill;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The base skills of the roles the seed describes come from the seed's own Knowledge and Skills lines
 * through the catalog's qualifier table. Read from the seed itself, so that a change to the document,
 * to the table or to the catalog's entries shows here.
 */
class SeedLinesTest {

    /** The roles the seed gives Responsibilities, Knowledge and Skills lists. */
    private static final List<String> DESCRIBED = List.of("ml-project-manager", "data-scientist", "data-engineer",
            "ml-engineer", "mlops-engineer", "ml-researcher");
    private static final List<String> LISTS = List.of("Knowledge", "Skills");

    private final Seed seed = Seed.bundled();
    private final Catalog catalog = RuleVerifier.bundled().catalog();

    @Test
    void everyKnowledgeAndSkillsLineOfADescribedRoleIsABaseSkillAtTheLevelTheTableReadsItAs() {
        for (String id : DESCRIBED) {
            Catalog.RoleInfo role = catalog.role(id).orElseThrow();
            for (String list : LISTS) {
                String section = role.name() + " / " + list;
                List<String> lines = seed.items(section);
                assertFalse(lines.isEmpty(), "the seed has no lines under " + section);
                for (String line : lines) {
                    Catalog.Reading reading = catalog.read(line)
                            .orElseGet(() -> fail("no qualifier of the catalog reads \"" + line + "\" (" + section + ")"));
                    List<BaseSkill> entries = role.skills().stream()
                            .filter(b -> Seed.normalise(b.line()).equals(Seed.normalise(line))).toList();
                    assertFalse(entries.isEmpty(), id + " has no base skill quoting \"" + line + "\"");
                    for (BaseSkill b : entries) {
                        assertTrue(catalog.skill(b.skill()).isPresent(), b.skill() + " is not a catalog skill");
                        assertEquals(section, b.source(), b.toString());
                        assertEquals(reading.qualifier().level(), b.level(),
                                b + ": \"" + reading.words() + "\" reads as " + reading.qualifier().level().id());
                    }
                }
            }
        }
    }

    @Test
    void everyBaseSkillOfADescribedRoleQuotesOneOfTheRolesOwnLines() {
        for (String id : DESCRIBED) {
            Catalog.RoleInfo role = catalog.role(id).orElseThrow();
            List<String> own = LISTS.stream().flatMap(list -> seed.items(role.name() + " / " + list).stream())
                    .map(Seed::normalise).toList();
            for (BaseSkill b : role.skills()) {
                assertTrue(b.quotes(), b + " sets its level by hand; a described role's levels come from its lines");
                assertTrue(own.contains(Seed.normalise(b.line())), b + " quotes a line that is not the role's own: " + b.line());
            }
        }
    }

    @Test
    void theBusinessSideRolesHaveNoListsSoTheirLevelsAreEstimates() {
        for (Catalog.RoleInfo role : catalog.roles()) {
            if (DESCRIBED.contains(role.id())) {
                continue;
            }
            assertTrue(seed.items(role.name() + " / Knowledge").isEmpty(), role.name() + " has Knowledge lines now");
            for (BaseSkill b : role.skills()) {
                assertFalse(b.quotes(), b + " quotes a line");
                assertFalse(b.rationale().isBlank(), b + " gives no rationale for its estimated level");
            }
        }
    }

    /**
     * How the table reads the qualifiers the seed uses, pinned: changing the table, or a seed line with a
     * qualifier not read before, must be a decision this test makes visible.
     */
    @Test
    void theTableReadsTheSeedsQualifiersAsDecided() {
        Map<String, Level> read = new TreeMap<>();
        for (String id : DESCRIBED) {
            String name = catalog.roleName(id);
            for (String list : LISTS) {
                for (String line : seed.items(name + " / " + list)) {
                    catalog.read(line).ifPresent(r -> read.put(r.qualifier().says().toLowerCase(Locale.ROOT),
                            r.qualifier().level()));
                }
            }
        }
        Map<String, Level> decided = new TreeMap<>(Map.ofEntries(
                Map.entry("expertise in", Level.PROFICIENT),
                Map.entry("deep understanding", Level.PROFICIENT),
                Map.entry("strong understanding", Level.PROFICIENT),
                Map.entry("strong foundation in", Level.PROFICIENT),
                Map.entry("advanced skills", Level.PROFICIENT),
                Map.entry("proficiency in", Level.PROFICIENT),
                Map.entry("knowledge of", Level.COMPETENT),
                Map.entry("understanding of", Level.COMPETENT),
                Map.entry("experience with", Level.COMPETENT),
                Map.entry("ability to", Level.COMPETENT),
                Map.entry("*ing", Level.COMPETENT),
                Map.entry("familiarity with", Level.ADVANCED_BEGINNER),
                Map.entry("basic knowledge", Level.ADVANCED_BEGINNER),
                Map.entry("awareness of", Level.ADVANCED_BEGINNER)));
        assertEquals(decided, read);
    }

    @Test
    void aLineIsReadByItsLongestQualifier() {
        // "Understanding ..." also ends in -ing; "Understanding of" is the longer match.
        Catalog.Reading reading = catalog.read("System Monitoring: Understanding of monitoring tools").orElseThrow();
        assertEquals("Understanding of", reading.words());
        assertEquals("Building", catalog.read("Prototyping: Building and testing prototypes").orElseThrow().words());
        assertTrue(catalog.read("Statistics: Strong grasp of statistics.").isEmpty());
    }

    /** What a consultant can show a client: `teamfit catalog roles` quotes each line and the level it gives. */
    @Test
    void catalogRolesQuotesEveryLineWithTheLevelItGives() {
        String out = dev.teamfit.cli.CliRunner.run("catalog", "roles").out();
        for (String id : DESCRIBED) {
            for (BaseSkill b : catalog.role(id).orElseThrow().skills()) {
                assertTrue(out.lines().anyMatch(l -> l.contains(" " + b.role() + " ") && l.contains(" " + b.skill() + " ")
                        && l.contains(" " + b.level().id() + " ") && l.contains("\"" + b.line() + "\"")),
                        b + " with its line in\n" + out);
            }
        }
    }

    /** `explain --role` shows the seed's line behind each base level. */
    @Test
    void explainQuotesTheLineBehindABaseLevel() {
        String out = dev.teamfit.cli.CliRunner.run("explain", "samples/demand-forecast.yaml", "--role", "data-scientist")
                .out();
        assertTrue(out.contains("statistics proficient: SKILL-001"), out);
        assertTrue(out.contains("the seed says \"Statistics and Probability: Strong understanding of statistical methods "
                + "and probability theory.\", and \"Strong understanding\" reads as proficient"), out);
    }
}
