package dev.teamfit.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The generated JSON Schema: a valid draft 2020-12 schema that accepts every valid project (the
 * fixtures in {@code src/test/resources/valid/} and the samples) and rejects the invalid fixtures,
 * except those whose fault no schema can see. Where both can judge, it agrees with the reader.
 */
class SchemaWriterTest {

    /** Invalid fixtures whose fault a JSON Schema cannot see, each with the reason. */
    private static final Map<String, String> BEYOND_A_SCHEMA = Map.ofEntries(
            entry("duplicate-key.yaml", "a parsed tree keeps only one of the two keys"),
            entry("duplicate-key.json", "a parsed tree keeps only one of the two keys"),
            entry("duplicate-member-names.yaml", "uniqueItems compares whole members, not names in any case"),
            entry("yaml-anchor-alias.yaml", "anchors and aliases are YAML syntax, gone once parsed"),
            entry("yaml-tag.yaml", "a tag is YAML syntax; the parsed value is a plain string"),
            entry("yaml-anchor-on-scalar.yaml", "an anchor is YAML syntax, gone once parsed"),
            entry("yaml-tag-on-key.yaml", "a tag is YAML syntax; the parsed key is a plain string"),
            entry("yaml-tab-indent.yaml", "does not parse, so there is no document to validate"),
            entry("second-document.yaml", "a schema validates one document, and the first one is valid"),
            entry("empty.yaml", "holds no document to validate"),
            entry("comments-only.yaml", "holds no document to validate"),
            entry("not-utf8.yaml", "the encoding is checked on bytes, before there is a document"),
            entry("unpaired-surrogate.yaml", "a schema's strings are any text, half a surrogate pair included"),
            entry("unpaired-surrogate.json", "a schema's strings are any text, half a surrogate pair included"),
            entry("unpaired-surrogate-key.json", "Jackson refuses half a surrogate pair in a key as it parses"),
            entry("syntax-error.json", "does not parse, so there is no document to validate"),
            entry("yaml-syntax-error.yaml", "does not parse, so there is no document to validate"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final String HEAD = "id: p\nname: P\nproblem: {kind: classification}\n";

    private static String text;
    private static JsonSchema schema;

    @BeforeAll
    static void writeSchema() throws Exception {
        ProjectReaderTest.loadCatalog();
        text = SchemaWriter.write(ProjectReaderTest.catalog);
        schema = FACTORY.getSchema(JSON.readTree(text));
    }

    @Test
    void isAValidDraft202012Schema() throws Exception {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

        assertEquals(Set.of(), meta.validate(JSON.readTree(text)));
        assertEquals("https://json-schema.org/draft/2020-12/schema", JSON.readTree(text).get("$schema").asText());
        // The meta-schema does judge: a keyword of the wrong type and a broken pattern are caught.
        assertFalse(meta.validate(JSON.readTree("{\"minimum\": \"one\"}")).isEmpty());
        assertFalse(meta.validate(JSON.readTree("{\"pattern\": \"[a-\"}")).isEmpty());
    }

    @Test
    void isDeterministicPrettyJsonEndingInOneNewline() {
        assertEquals(text, SchemaWriter.write(ProjectReaderTest.catalog));
        assertTrue(text.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"), text);
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"));
        assertFalse(text.contains("\r"));
    }

    @Test
    void namesEveryRoleSkillAndLevelOfTheCatalog() throws Exception {
        JsonNode defs = JSON.readTree(text).get("$defs");

        assertEquals(ProjectReaderTest.catalog.roleIds(), strings(defs.at("/role/examples")));
        assertEquals(ProjectReaderTest.catalog.skills().stream().map(s -> s.id()).toList(),
                names(defs.at("/skills/properties")));
        assertEquals(List.of("novice", "advanced-beginner", "competent", "proficient", "expert", "none", "unknown"),
                strings(defs.at("/level/anyOf/0/enum")));
    }

    /** A project file or one line of a JSON Lines file. */
    record Document(String label, Path path, byte[] bytes, TreeReader.Syntax syntax) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The valid fixtures and every project file in {@code samples/} (not the golden outputs there, nor
     * the rules folder of the custom-rules example, nor the people pool).
     */
    static Stream<Document> validDocuments() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path dir : List.of(ProjectReaderTest.VALID, Path.of("samples"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> !f.startsWith(Path.of("samples", "custom-rules")))
                        .filter(f -> !f.equals(Path.of("samples", "people.yaml"))).sorted().toList();
            }
            for (Path file : files) {
                String name = file.toString().replace('\\', '/');
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".jsonl")) {
                    List<String> lines = Files.readAllLines(file, UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!lines.get(i).isBlank()) {
                            documents.add(new Document(name + ":" + (i + 1), null, lines.get(i).getBytes(UTF_8),
                                    TreeReader.Syntax.JSON));
                        }
                    }
                } else if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
                    documents.add(new Document(name, file, Files.readAllBytes(file), TreeReader.Syntax.of(name)));
                }
            }
        }
        // SPEC §5: every output document carries "teamfit" at the top, a key no project may have.
        return documents.stream().filter(d -> {
            JsonNode node = parse(d.bytes(), d.syntax());
            return node == null || !node.has("teamfit");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void acceptsEveryValidProject(Document document) throws Exception {
        if (document.path() != null) {
            ProjectReaderTest.reader.read(document.path(), document.label());
        } else {
            ProjectReaderTest.reader.read(document.label(), document.bytes(), document.syntax());
        }

        assertEquals(Set.of(), schema.validate(parse(document.bytes(), document.syntax())),
                document.label() + " is valid to the reader but not to the schema");
    }

    static Stream<String> invalidFilesTheSchemaJudges() throws IOException {
        return ProjectReaderTest.invalidFiles().filter(n -> !BEYOND_A_SCHEMA.containsKey(n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFilesTheSchemaJudges")
    void rejectsEveryInvalidFixtureInTheSectionTheReaderBlames(String name) throws IOException {
        Path file = ProjectReaderTest.INVALID.resolve(name);
        JsonNode document = parse(Files.readAllBytes(file), TreeReader.Syntax.of(name));
        if (document == null) {
            fail(name + " does not parse to a document; list it in BEYOND_A_SCHEMA with the reason");
        }

        Set<ValidationMessage> errors = schema.validate(document);

        assertFalse(errors.isEmpty(), name + " is accepted by the schema");
        Set<String> blamed = readerProblems(file, name).stream().map(p -> firstSegment(p.path()))
                .collect(Collectors.toSet());
        assertTrue(errors.stream().map(SchemaWriterTest::section).anyMatch(blamed::contains),
                () -> name + ": the reader blames " + blamed + ", the schema " + errors);
    }

    @Test
    void everyFixtureOffTheSchemaIsOneItDoesNotReject() throws IOException {
        for (Map.Entry<String, String> exception : BEYOND_A_SCHEMA.entrySet()) {
            Path file = ProjectReaderTest.INVALID.resolve(exception.getKey());
            assertTrue(Files.isRegularFile(file), "no fixture " + exception.getKey());
            JsonNode document = parse(Files.readAllBytes(file), TreeReader.Syntax.of(exception.getKey()));
            if (document != null) {
                assertEquals(Set.of(), schema.validate(document), exception.getKey() + " is rejected by the schema "
                        + "after all, so it does not belong among the exceptions (" + exception.getValue() + ")");
            }
        }
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                valid(HEAD + "team: [{name: Ana, roles: [Data Scientist, ML_PROJECT_MANAGER, \" ml  engineer \"]}]"),
                valid(HEAD + "team: [{name: Ana, roles: [\"data\\tscientist\", ml__engineer, ml _ researcher]}]"),
                invalid(HEAD + "team: [{name: Ana, roles: [ml--engineer]}]"),
                invalid(HEAD + "team: [{name: Ana, roles: [ml- engineer]}]"),
                invalid(HEAD + "team: [{name: Ana, roles: [_ml-engineer]}]"),
                invalid(HEAD + "team: [{name: Ana, roles: [ml-engineers]}]"),
                invalid(HEAD + "team: [{name: Ana, roles: [wizard]}]"),
                valid(HEAD + "team: [{name: Ana, roles: ~, allocation: ~, skills: ~}]"),
                invalid(HEAD + "team: [~]"),
                invalid(HEAD + "team: [{name: 5}]"),
                invalid(HEAD + "team: [{name: '  '}]"),
                invalid(HEAD + "team: [{roles: [ml-engineer]}]"),
                valid(HEAD + "team: [{name: Ana, allocation: 1}]"),
                valid(HEAD + "team: [{name: Ana, allocation: 0.0001}]"),
                invalid(HEAD + "team: [{name: Ana, allocation: 0}]"),
                invalid(HEAD + "team: [{name: Ana, allocation: '0.5'}]"),
                valid(HEAD + "team: [{name: Ana, skills: {statistics: 1, SQL: 5, python: expert, kubernets: 2}}]"),
                invalid(HEAD + "team: [{name: Ana, skills: {statistics: 0}}]"),
                invalid(HEAD + "team: [{name: Ana, skills: {python: 6}}]"),
                invalid(HEAD + "team: [{name: Ana, skills: {kubernets: '3'}}]"),
                invalid(HEAD + "team: [{name: Ana, skills: {statistics: ~}}]"),
                invalid(HEAD + "team: [{name: Ana, skills: [statistics]}]"),
                valid("id: a.b_c-9\nname: P\nproblem: {kind: nlp}"),
                valid("id: '0'\nname: P\nproblem: {kind: nlp}"),
                invalid("id: -a\nname: P\nproblem: {kind: nlp}"),
                invalid("id: Card\nname: P\nproblem: {kind: nlp}"),
                invalid("id: 7\nname: P\nproblem: {kind: nlp}"),
                invalid("id: p\nname: P\nproblem: ~"),
                invalid("id: p\nname: P\nproblem: {kind: ~}"),
                invalid("id: p\nname: ' '\nproblem: {kind: nlp}"),
                valid(HEAD + "description: ~\ncriticality: ~\ndata: ~\nreporting: ~\nteam: ~\ndeployment: {mode: ~}"),
                valid(HEAD + "regulated: yes\nstakeholders: 0"),
                invalid(HEAD + "regulated: 'yes'"),
                invalid(HEAD + "stakeholders: -1"),
                invalid(HEAD + "duration-months: 0"),
                invalid(HEAD + "data: {sources: 0}"),
                invalid(HEAD + "reporting: {dashboard: true}"),
                valid(HEAD + "deployment: {mode: online, latency-ms: 1}"),
                valid(HEAD + "deployment: {mode: streaming, latency-ms: 100}"),
                valid(HEAD + "deployment: {mode: edge, latency-ms: 20}"),
                invalid(HEAD + "deployment: {mode: batch, latency-ms: 20}"),
                invalid(HEAD + "deployment: {latency-ms: 20}"),
                invalid(HEAD + "deployment: {mode: online, latency-ms: 0}"),
                valid(HEAD + "deployment: {retraining: none, monitoring: false, models: 0}"),
                valid(HEAD + "deployment: {mode: none, retraining: ~, monitoring: ~, models: ~}"),
                invalid(HEAD + "deployment: {retraining: manual}"),
                invalid(HEAD + "deployment: {mode: ~, retraining: continuous}"),
                invalid(HEAD + "deployment: {mode: none, monitoring: true}"),
                invalid(HEAD + "deployment: {models: 1}"),
                valid(HEAD + "deployment: {mode: batch, retraining: continuous, monitoring: true, models: 3}"),
                invalid(HEAD + "deployment: {mode: batch, models: -1}"),
                invalid(HEAD + "deployment: {mode: realtime}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void agreesWithTheReader(boolean valid, String yaml) {
        List<String> reader = readerProblems(yaml).stream().map(p -> p.format("test.yaml")).toList();
        Set<ValidationMessage> errors = schema.validate(parse(yaml.getBytes(UTF_8), TreeReader.Syntax.YAML));

        assertEquals(valid, reader.isEmpty(), () -> "the reader: " + reader);
        assertEquals(valid, errors.isEmpty(), () -> "the schema: " + errors);
    }

    private static Arguments valid(String yaml) {
        return Arguments.of(true, yaml);
    }

    private static Arguments invalid(String yaml) {
        return Arguments.of(false, yaml);
    }

    /** The document, or null when the bytes do not parse or hold none. */
    private static JsonNode parse(byte[] bytes, TreeReader.Syntax syntax) {
        try {
            JsonNode node = (syntax == TreeReader.Syntax.JSON ? JSON : YAML).readTree(bytes);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Problem> readerProblems(Path file, String name) {
        try {
            ProjectReaderTest.reader.read(file, name);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem> readerProblems(String yaml) {
        try {
            ProjectReaderTest.reader.read("test.yaml", yaml.getBytes(UTF_8), TreeReader.Syntax.YAML);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** The top-level key a schema error is about: its location's first step, or the key it names at the top. */
    private static String section(ValidationMessage error) {
        JsonNodePath at = error.getInstanceLocation();
        if (at.getNameCount() > 0) {
            return String.valueOf(at.getElement(0));
        }
        return Optional.ofNullable(error.getProperty()).orElse("");
    }

    private static String firstSegment(String path) {
        return path.split("[.\\[]", 2)[0];
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
