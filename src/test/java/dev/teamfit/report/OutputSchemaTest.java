package dev.teamfit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code teamfit schema --output assess|portfolio} describe what teamfit writes: the samples' outputs, in
 * every shape (full and compact, with errors, with a what-if, as a document and as lines), validate
 * against them, and the schemas are strict enough to catch a key that drifts.
 */
class OutputSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonSchema assess;
    private static JsonSchema portfolio;

    @BeforeAll
    static void schemas() throws IOException {
        assess = FACTORY.getSchema(JSON.readTree(schema("assess")));
        portfolio = FACTORY.getSchema(JSON.readTree(schema("portfolio")));
    }

    private static String schema(String which) {
        CliRunner.Run run = CliRunner.run("schema", "--output", which);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    private static void valid(JsonSchema schema, JsonNode document, String what) {
        assertEquals(Set.of(), schema.validate(document), what);
    }

    @Test
    void theSchemasAreValidDraft202012AndTheInputSchemaIsStillTheDefault() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        for (String which : List.of("assess", "portfolio", "plan", "input")) {
            assertEquals(Set.of(), meta.validate(JSON.readTree(schema(which))), which);
        }
        assertEquals(schema("input"), CliRunner.run("schema").out());
        assertTrue(JSON.readTree(schema("assess")).at("/$defs/gapType/enum").toString().contains("OVERALLOCATED"));
        CliRunner.Run bad = CliRunner.run("schema", "--output", "plans");
        assertEquals(2, bad.exitCode());
        assertEquals("teamfit: error: --output plans: not a schema teamfit has. Allowed: input, assess, portfolio, plan.\n",
                bad.err());
    }

    @Test
    void thePlanValidatesWithAndWithoutReasons() throws IOException {
        JsonSchema plan = FACTORY.getSchema(JSON.readTree(schema("plan")));
        for (List<String> extra : List.of(List.<String>of(), List.of("--explain"))) {
            List<String> args = new ArrayList<>(List.of("plan", "samples/portfolio/churn-uplift.yaml",
                    "samples/portfolio/exec-dashboards.yaml", "--people", "samples/people.yaml", "--from", "2027-01",
                    "--format", "json"));
            args.addAll(extra);
            CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            valid(plan, JSON.readTree(run.out()), String.join(" ", args));
            JsonNode broken = JSON.readTree(run.out());
            ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("assignments").get(0)).put("from", "2027-1");
            assertFalse(plan.validate(broken).isEmpty(), "a month not as YYYY-MM is caught");
        }
    }

    @Test
    void everySamplesAssessmentValidates() throws IOException {
        List<Path> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            files.filter(f -> f.toString().matches(".*\\.(yaml|json)") && !f.endsWith("people.yaml")).sorted()
                    .forEach(samples::add);
        }
        assertTrue(samples.size() >= 10, samples.toString());
        for (Path sample : samples) {
            CliRunner.Run run = CliRunner.run("assess", sample.toString(), "--format", "json");
            assertTrue(run.exitCode() == 0, sample + ": " + run.err());
            valid(assess, JSON.readTree(run.out()), sample.toString());
        }
    }

    @Test
    void portfolioOutputsValidateInEveryShape(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("samples/card-fraud.yaml"), dir.resolve("card-fraud.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "id: broken\nname: [unclosed\n");
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}\n");
        List<List<String>> runs = List.of(
                List.of("samples/portfolio"),
                List.of("samples/portfolio", "--explain"),
                List.of("samples/portfolio", "--set", "deployment.retraining=continuous"),
                List.of(dir.toString(), "samples/portfolio/supplier-risk.jsonl", "no-such.yaml"));
        for (List<String> args : runs) {
            List<String> json = new ArrayList<>(List.of("portfolio", "--format", "json"));
            json.addAll(args);
            CliRunner.Run document = CliRunner.run(json.toArray(String[]::new));
            valid(portfolio, JSON.readTree(document.out()), String.join(" ", json));

            List<String> jsonl = new ArrayList<>(json);
            jsonl.set(2, "jsonl");
            CliRunner.Run lines = CliRunner.run(jsonl.toArray(String[]::new));
            for (String line : lines.out().lines().toList()) {
                valid(portfolio, JSON.readTree(line), String.join(" ", jsonl) + ": " + line);
            }
        }
    }

    @Test
    void aKeyThatDriftsIsCaught() throws IOException {
        ObjectNode one = (ObjectNode) JSON.readTree(CliRunner.run("assess", "samples/card-fraud.yaml", "--format",
                "json").out());
        ((ObjectNode) one.get("roles").get(0)).put("fteStafed", 1);
        assertFalse(assess.validate(one).isEmpty(), "a misspelt key");
        ObjectNode compact = (ObjectNode) JSON.readTree(CliRunner.run("portfolio", "samples/portfolio", "--format",
                "json").out());
        ((ObjectNode) compact.get("projects").get(0).get("gaps").get(0)).remove("rules");
        assertFalse(portfolio.validate(compact).isEmpty(), "a conclusion with neither reasons nor rules");
    }
}
