package dev.teamfit.input;

import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ProjectReader} against SPEC §2.
 *
 * <p>Every file in {@code src/test/resources/invalid/} announces the problems the reader must
 * report for it, one per leading comment line: {@code # expect: 4:14: criticality: 'extreme' is not
 * allowed}. A fragment starts with the {@code line:col} the reader must give wherever the parser
 * knows it, and has none for a problem of the whole file (an empty file). JSON files, which cannot
 * hold comments, and the empty file put the same fragments, one a line and without the
 * {@code # expect: } prefix, in a sibling {@code <file name>.expect}. The reader must report exactly
 * the announced problems: none missing, none extra.
 */
class ProjectReaderTest {

    static final Path INVALID = Path.of("src/test/resources/invalid");
    static final Path VALID = Path.of("src/test/resources/valid");
    static final String EXPECT_SUFFIX = ".expect";
    private static final String EXPECT = "# expect: ";
    private static final Pattern LOCATED = Pattern.compile("(\\d+):(\\d+): (.+)");
    private static final String HEAD = "id: p\nname: P\nproblem: {kind: classification}\n";

    static Catalog catalog;
    static ProjectReader reader;

    @BeforeAll
    static void loadCatalog() throws Exception {
        catalog = CatalogReader.read("rules/catalog.yaml", Files.readAllBytes(Path.of("rules/catalog.yaml")), false);
        reader = new ProjectReader(catalog, TreeReader.DEFAULT_MAX_BYTES, false);
    }

    /** One problem a fixture announces. @param at null for a problem of the whole file */
    record Expected(Location at, String text) {

        static Expected parse(String fragment) {
            Matcher m = LOCATED.matcher(fragment);
            return m.matches()
                    ? new Expected(new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), m.group(3))
                    : new Expected(null, fragment);
        }

        boolean matches(Problem problem, String file) {
            return Objects.equals(at, problem.at()) && problem.format(file).contains(text);
        }

        @Override
        public String toString() {
            return (at == null ? "" : at + ": ") + text;
        }
    }

    /** The fixtures of bad input, by file name; {@code .expect} files belong to their fixture. */
    static Stream<String> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(EXPECT_SUFFIX)).sorted().toList();
            return names.stream();
        }
    }

    static Stream<String> validFiles() throws IOException {
        try (Stream<Path> files = Files.list(VALID)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The problems a fixture announces, from its {@code .expect} sibling or its leading comments. */
    static List<Expected> expectations(Path file) throws IOException {
        Path sibling = file.resolveSibling(file.getFileName() + EXPECT_SUFFIX);
        Stream<String> fragments;
        if (Files.exists(sibling)) {
            fragments = Files.readAllLines(sibling, UTF_8).stream().filter(l -> !l.isBlank());
        } else {
            // ISO-8859-1 decodes any bytes, so a fixture that is not UTF-8 still yields its ASCII header.
            fragments = new String(Files.readAllBytes(file), ISO_8859_1).lines()
                    .takeWhile(l -> l.startsWith(EXPECT)).map(l -> l.substring(EXPECT.length()));
        }
        return fragments.map(String::strip).map(Expected::parse).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void refusesBadInputWithEveryProblemAndItsPosition(String name) throws IOException {
        Path file = INVALID.resolve(name);
        List<Expected> expected = expectations(file);
        assertFalse(expected.isEmpty(), name + " announces no problem: start it with '" + EXPECT + "...' or add "
                + name + EXPECT_SUFFIX);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file, name),
                name + " was accepted");

        assertEquals(name, e.file());
        List<Problem> unexpected = new ArrayList<>(e.problems());
        List<Expected> missing = new ArrayList<>();
        for (Expected x : expected) {
            Optional<Problem> hit = unexpected.stream().filter(p -> x.matches(p, name)).findFirst();
            hit.ifPresentOrElse(unexpected::remove, () -> missing.add(x));
        }
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), () -> "the reader said:\n" + e.getMessage()
                + "\nexpected but not reported: " + missing
                + "\nreported but not expected: " + unexpected.stream().map(p -> p.format(name)).toList());
    }

    @Test
    void expectationFilesBelongToAFixture() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            List<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXPECT_SUFFIX))
                    .filter(n -> !Files.exists(INVALID.resolve(n.substring(0, n.length() - EXPECT_SUFFIX.length()))))
                    .toList();
            assertEquals(List.of(), orphans, "expectations without a fixture");
        }
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() throws IOException {
        Path file = INVALID.resolve("several-errors.yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file, "several-errors.yaml"));

        // The parameterised test checks each problem; this guards that the fixture keeps spanning many sections.
        assertEquals(expectations(file).size(), e.problems().size(), e.getMessage());
        assertTrue(e.problems().size() >= 8, e.getMessage());
        assertEquals(6, e.problems().stream().map(p -> p.path().split("[.\\[]")[0]).distinct().count(),
                "problems in id, criticallity, stakeholders, problem, deployment and team:\n" + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void readsEveryValidFixtureWithoutWarnings(String name) throws Exception {
        ProjectReader.Loaded loaded = reader.read(VALID.resolve(name), name);

        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void validFixturesUseEveryKeyTheReaderKnows() throws Exception {
        Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
        sections.put("", ProjectFormat.PROJECT.names());
        ProjectFormat.PROJECT.keys().stream().filter(k -> k instanceof ProjectFormat.Section s && !s.list())
                .forEach(k -> sections.put(k.name(), ((ProjectFormat.Section) k).names()));
        sections.put("team[]", ProjectFormat.MEMBER.names());
        Set<String> used = new TreeSet<>();
        TreeReader trees = new TreeReader(TreeReader.DEFAULT_MAX_BYTES);
        for (String name : validFiles().toList()) {
            Node.Mapping top = (Node.Mapping) trees.read(VALID.resolve(name), name);
            for (Node.Entry entry : top.entries().values()) {
                used.add("." + entry.key());
                if (entry.value() instanceof Node.Mapping section) {
                    section.entries().keySet().forEach(k -> used.add(entry.key() + "." + k));
                } else if (entry.value() instanceof Node.Sequence team) {
                    team.items().stream().filter(Node.Mapping.class::isInstance)
                            .forEach(m -> ((Node.Mapping) m).entries().keySet().forEach(k -> used.add("team[]." + k)));
                }
            }
        }

        Set<String> unused = new TreeSet<>();
        sections.forEach((section, keys) -> keys.stream().map(k -> section + "." + k).filter(k -> !used.contains(k))
                .forEach(unused::add));
        assertEquals(Set.of(), unused, "keys no valid fixture uses");
    }

    @Test
    void jsonAndYamlOfTheSameProjectGiveEqualProjects() throws Exception {
        ProjectReader.Loaded yaml = reader.read(VALID.resolve("card-fraud.yaml"), "card-fraud.yaml");
        ProjectReader.Loaded json = reader.read(VALID.resolve("card-fraud.json"), "card-fraud.json");

        assertEquals(yaml.project(), json.project());
        assertEquals(yaml.warnings(), json.warnings());
        Project project = json.project();
        assertAll(
                () -> assertEquals("card-fraud", project.id()),
                () -> assertEquals("high", project.criticality()),
                () -> assertEquals(9, project.durationMonths()),
                () -> assertEquals("online", project.value("deployment.mode")),
                () -> assertEquals(50, project.value("deployment.latency-ms")),
                () -> assertEquals("continuous", project.value("deployment.retraining")),
                () -> assertEquals(2, project.team().size()),
                () -> assertEquals(0.5, project.team().get(0).allocation()),
                () -> assertEquals(List.of("ml-engineer", "mlops-engineer"), project.team().get(1).roles()),
                () -> assertEquals(Map.of("programming", 4, "infrastructure-as-code", 3, "ci-cd-ct", 2),
                        project.team().get(1).skills()));
    }

    @Test
    void aliasesAndSkillKeysInAnyCaseResolveToTheSkill() throws Exception {
        ProjectReader.Loaded loaded = yaml(HEAD + "team:\n  - name: Ana\n    skills: {python: proficient, spark: 2, "
                + "PyTorch: expert, SQL: 1}\n");

        assertEquals(Map.of("programming", 4, "big-data", 2, "deep-learning-frameworks", 5, "sql", 1),
                member(loaded).skills());
        assertEquals(List.of(), loaded.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml-engineer", "ML Engineer", "ml_engineer", "Ml_Engineer", "ML-ENGINEER",
            "  ml   engineer  ", "ml__engineer", "ml _ engineer"})
    void roleNamesAreCaseInsensitiveWithSpacesOrUnderscoresForHyphens(String role) throws Exception {
        ProjectReader.Loaded loaded = yaml(HEAD + "team:\n  - name: Ana\n    roles: [\"" + role + "\"]\n");

        assertEquals(List.of("ml-engineer"), member(loaded).roles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml--engineer", "mlengineer", "ml-engineer-", "_ml-engineer", "machine learning engineer",
            "ml-engineers"})
    void otherRoleNamesAreErrorsListingTheValidIds(String role) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> yaml(HEAD + "team:\n  - name: Ana\n    roles: [\"" + role + "\"]\n"));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("test.yaml:6:13: team[0].roles[0]: '" + role + "' is not a role. Allowed: "
                + String.join(", ", catalog.roleIds())), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void levelsAreReadByNameAndByNumber(Level level) throws Exception {
        ProjectReader.Loaded loaded = yaml(HEAD + "team:\n  - name: Ana\n    skills: {statistics: " + level.id()
                + ", python: " + level.value() + "}\n");

        assertEquals(Map.of("statistics", level.value(), "programming", level.value()), member(loaded).skills());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "-1", "2.5", "'3'", "expert-ish", "''", "[3]", "~"})
    void otherLevelsAreErrors(String value) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> yaml(HEAD + "team:\n  - name: Ana\n    skills: {statistics: " + value + "}\n"));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("team[0].skills.statistics: ") && e.getMessage().contains(" is not a level. "
                + "Allowed: novice, advanced-beginner, competent, proficient, expert, or 1 to 5; none (lacks it) or "
                + "unknown (not assessed)."), e.getMessage());
    }

    @Test
    void anUnknownSkillIsKeptWithAWarningNamingTheNearestKnownName() throws Exception {
        ProjectReader.Loaded loaded = yaml(HEAD + "team:\n  - name: Ana\n    skills:\n      kubernets: 3\n"
                + "      underwater-basket-weaving: 2\n");

        assertEquals(List.of("team[0].skills.kubernets: unknown skill; did you mean kubernetes? It is kept but no rule "
                        + "uses it (--strict makes this an error).", "team[0].skills.underwater-basket-weaving: unknown "
                        + "skill; it is kept but no rule uses it (--strict makes this an error)."),
                loaded.warnings());
        assertEquals(Map.of("kubernets", 3, "underwater-basket-weaving", 2), member(loaded).skills());
    }

    @Test
    void leavesOutOptionalKeysForTheirDefaults() throws Exception {
        Project project = reader.read(VALID.resolve("minimal.yaml"), "minimal.yaml").project();

        assertAll(
                () -> assertEquals("sales-insights", project.id()),
                () -> assertEquals("analytics", project.value("problem.kind")),
                () -> assertEquals("established", project.value("problem.novelty")),
                () -> assertNull(project.value("problem.approach")),
                () -> assertNull(project.description()),
                () -> assertNull(project.value("domain")),
                () -> assertEquals(false, project.value("regulated")),
                () -> assertEquals("medium", project.criticality()),
                () -> assertNull(project.durationMonths()),
                () -> assertEquals(1, project.value("stakeholders")),
                () -> assertEquals(false, project.value("customer-facing")),
                () -> assertEquals(Map.of("data.volume", "small", "data.sources", 1, "data.streaming", false,
                        "data.quality", "fair", "data.personal-data", false, "data.pipelines", false),
                        section(project, "data.")),
                () -> assertEquals(Map.of("deployment.mode", "none", "deployment.retraining", "none",
                        "deployment.monitoring", false, "deployment.models", 0), section(project, "deployment.")),
                () -> assertEquals(Map.of("reporting.dashboards", false, "reporting.insights", false),
                        section(project, "reporting.")),
                () -> assertEquals(List.of(), project.team()),
                () -> assertFalse(project.teamDeclared()));
    }

    @Test
    void monitoringDefaultsToTrueOnceTheModelIsDeployed() throws Exception {
        assertEquals(true, yaml(HEAD + "deployment: {mode: batch}\n").project().value("deployment.monitoring"));
        assertEquals(false, yaml(HEAD + "deployment: {mode: batch, monitoring: false}\n").project()
                .value("deployment.monitoring"));
        assertEquals(false, yaml(HEAD + "deployment: {}\n").project().value("deployment.monitoring"));
    }

    @Test
    void anEmptyTeamIsDeclaredButHasNoMembers() throws Exception {
        Project project = yaml(HEAD + "team: []\n").project();

        assertTrue(project.teamDeclared());
        assertEquals(List.of(), project.team());
    }

    @Test
    void refusesAFileOverTheLimitBeforeParsingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, yamlWithHugeScalar((int) TreeReader.DEFAULT_MAX_BYTES + 1));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(big, "big.yaml"));

        assertEquals(List.of("big.yaml: the file is 1048577 bytes, over the limit of 1048576 bytes. "
                + "Split it, or raise the limit with --max-input-bytes."), e.lines());
    }

    @Test
    void refusesBytesOverTheLimitSuchAsOneLineOfAPortfolio() {
        byte[] bytes = yamlWithHugeScalar((int) TreeReader.DEFAULT_MAX_BYTES + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.read("line 3", bytes, TreeReader.Syntax.YAML));

        assertTrue(e.getMessage().contains("--max-input-bytes"), e.getMessage());
    }

    @Test
    void readsAHugeScalarJustUnderTheLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.yaml");
        byte[] bytes = yamlWithHugeScalar((int) TreeReader.DEFAULT_MAX_BYTES);
        Files.write(file, bytes);

        Project project = reader.read(file, "long.yaml").project();

        assertEquals(bytes.length - HEAD.length() - "description: \n".length(), project.description().length());
    }

    /** A valid project of exactly {@code size} bytes, nearly all of it one plain scalar. */
    private static byte[] yamlWithHugeScalar(int size) {
        String start = HEAD + "description: ";
        return (start + "x".repeat(size - start.length() - 1) + "\n").getBytes(UTF_8);
    }

    private static ProjectReader.Loaded yaml(String text) throws InvalidInputException {
        return reader.read("test.yaml", text.getBytes(UTF_8), TreeReader.Syntax.YAML);
    }

    /** The values of a section, by key path. */
    private static Map<String, Object> section(Project project, String prefix) {
        Map<String, Object> values = new java.util.TreeMap<>();
        project.values().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                values.put(k, v);
            }
        });
        return values;
    }

    private static Member member(ProjectReader.Loaded loaded) {
        assertEquals(1, loaded.project().team().size());
        return loaded.project().team().get(0);
    }
}
