package dev.teamfit.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.PeopleReader;
import dev.teamfit.input.TreeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.teamfit.serve.Serving.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staffing plans over HTTP from the server's --people pool: what {@code teamfit plan} prints, byte for byte. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServePlanTest {

    private static final Path PEOPLE = Path.of("samples/people.yaml");

    private Serving serving;

    @BeforeAll
    void start() throws Exception {
        RuleBase rules = RuleBase.bundled();
        PeopleReader.Pool pool = new PeopleReader(rules.catalog(), TreeReader.DEFAULT_MAX_BYTES, false)
                .read(PEOPLE, PEOPLE.toString());
        serving = new Serving(rules, Serving.settings(2, 16, 4L << 20, java.time.Duration.ofSeconds(5)), pool);
    }

    @AfterAll
    void stop() {
        serving.close();
    }

    @Test
    void oneProjectIsPlannedAsPlanPlansIt() throws IOException {
        CliRunner.Run cli = CliRunner.run("plan", "samples/card-fraud.yaml", "--people", PEOPLE.toString(), "--from",
                "2027-01", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        HttpResponse<byte[]> response = serving.post("/api/v1/plan?from=2027-01", "application/yaml",
                Files.readAllBytes(Path.of("samples/card-fraud.yaml")));
        assertEquals(200, response.statusCode(), text(response));
        assertEquals(cli.out(), text(response));
    }

    @Test
    void jsonLinesArePlannedTogetherInEveryFormat(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String sample : new String[] {"card-fraud.yaml", "demand-forecast.yaml", "sales-dashboard.yaml"}) {
            lines.append(new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(
                    Path.of("samples", sample).toFile()))).append('\n');
        }
        Path file = Files.writeString(dir.resolve("request.jsonl"), lines);
        for (String format : new String[] {"text", "csv"}) {
            CliRunner.Run cli = CliRunner.run("plan", file.toString(), "--people", PEOPLE.toString(), "--from",
                    "2027-03", "--seed", "7", "--format", format);
            assertEquals(0, cli.exitCode(), cli.err());
            HttpResponse<byte[]> response = serving.post("/api/v1/plan?from=2027-03&seed=7&format=" + format,
                    "application/jsonl", lines.toString());
            assertEquals(200, response.statusCode(), text(response));
            assertEquals(cli.out(), text(response), format);
        }
    }

    @Test
    void badPlanRequestsAreProblems() throws IOException {
        HttpResponse<byte[]> invalid = serving.post("/api/v1/plan?from=2027-01", "application/jsonl",
                "{\"id\": \"x\", \"name\": \"X\", \"problem\": {\"kind\": \"poetry\"}}\n");
        assertEquals(422, invalid.statusCode(), text(invalid));
        assertTrue(ServeApiTest.problem(invalid).get("detail").asText()
                .startsWith("request.jsonl:1:46: problem.kind: 'poetry' is not allowed."), text(invalid));
        HttpResponse<byte[]> month = serving.post("/api/v1/plan?from=2027-13", "application/yaml", "id: x");
        assertEquals(400, month.statusCode());
        assertEquals("from 2027-13: not a month. Give it as YYYY-MM, such as 2027-01.",
                ServeApiTest.problem(month).get("detail").asText());
        assertEquals(400, serving.post("/api/v1/plan?seed=x", "application/yaml", "id: x").statusCode());
        assertEquals(415, serving.post("/api/v1/plan", "text/csv", "id: x").statusCode());
        assertEquals(422, serving.post("/api/v1/plan", "application/yaml", "").statusCode(), "an empty project");
    }

    @Test
    void thePlanPageShowsWhatPlanWrites() throws IOException {
        HttpResponse<byte[]> form = serving.get("/plan");
        assertEquals(200, form.statusCode());
        assertTrue(text(form).matches("(?s).*the pool of \\d+ people this server was started with.*"), text(form));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("card-fraud.yaml", Files.readAllBytes(Path.of("samples/card-fraud.yaml")));
        files.put("churn-prediction.json", Files.readAllBytes(Path.of("samples/churn-prediction.json")));
        HttpResponse<byte[]> response = serving.upload("/plan", "files", files, Map.of("from", "2027-01", "seed", "0"));
        assertEquals(200, response.statusCode(), text(response));
        CliRunner.Run cli = CliRunner.run("plan", "samples/card-fraud.yaml", "samples/churn-prediction.json",
                "--people", PEOPLE.toString(), "--from", "2027-01", "--format", "html");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(cli.out(), text(response));
    }
}
