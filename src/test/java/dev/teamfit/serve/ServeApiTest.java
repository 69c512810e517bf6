package dev.teamfit.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.teamfit.serve.Serving.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1} against a server on a random loopback port: every endpoint, every error status as
 * problem+json, and outputs byte for byte what the CLI prints for the samples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = "application/yaml";

    private Serving serving;

    @BeforeAll
    void start() throws Exception {
        serving = Serving.start(RuleBase.bundled());
    }

    @AfterAll
    void stop() {
        serving.close();
    }

    static Stream<Arguments> samplesAndFormats() throws IOException {
        List<Arguments> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if ((name.endsWith(".yaml") || name.endsWith(".json")) && !name.equals("people.yaml")) {
                    for (String format : List.of("json", "text", "markdown", "csv", "html")) {
                        list.add(Arguments.of(file.toString(), format));
                    }
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndFormats")
    void assessIsByteForByteWhatTheCliPrints(String sample, String format) throws IOException {
        CliRunner.Run cli = CliRunner.run("assess", sample, "--format", format);
        assertEquals(0, cli.exitCode(), cli.err());
        String type = sample.endsWith(".json") ? "application/json" : YAML;
        HttpResponse<byte[]> response = serving.post("/api/v1/assess?format=" + format, type,
                Files.readAllBytes(Path.of(sample)));
        assertEquals(200, response.statusCode(), text(response));
        assertArrayEquals(cli.out().getBytes(StandardCharsets.UTF_8), response.body(), text(response));
        assertEquals(Api.mediaType(dev.teamfit.report.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)))
                .replace(" ", ""), response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    }

    @Test
    void assessWithoutFormatIsJsonAndTheReadmeCurlWorks() throws IOException {
        CliRunner.Run cli = CliRunner.run("assess", "samples/card-fraud.yaml", "--format", "json");
        HttpResponse<byte[]> response = serving.post("/api/v1/assess", "application/yaml; charset=utf-8",
                Files.readAllBytes(Path.of("samples/card-fraud.yaml")));
        assertEquals(200, response.statusCode());
        assertEquals(cli.out(), text(response));
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void assessTakesTheWhatIfAndExplainOfTheCli() throws IOException {
        CliRunner.Run cli = CliRunner.run("assess", "samples/demand-forecast.yaml", "--format", "json", "--explain",
                "--set", "deployment.mode=streaming", "--remove-member", "Tom Berg");
        assertEquals(0, cli.exitCode(), cli.err());
        HttpResponse<byte[]> response = serving.post("/api/v1/assess?explain=true&set=deployment.mode%3Dstreaming"
                + "&remove-member=Tom%20Berg", YAML, Files.readAllBytes(Path.of("samples/demand-forecast.yaml")));
        assertEquals(200, response.statusCode(), text(response));
        assertEquals(cli.out(), text(response));
    }

    /** Every invalid input of the CLI's own tests: the same messages, lines, columns and key paths. */
    static Stream<Path> invalidInputs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/invalid"))) {
            return files.filter(f -> !f.toString().endsWith(".expect")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void anInvalidProjectIsOneProblemWithTheCliMessages(Path file) throws IOException {
        CliRunner.Run cli = CliRunner.run("assess", file.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        byte[] bytes = Files.readAllBytes(file);
        HttpResponse<byte[]> response = serving.post("/api/v1/assess", file.toString().endsWith(".json")
                ? "application/json" : YAML, bytes);
        JsonNode problem = problem(response);
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422, text(response));
        List<String> expected = cli.err().lines().map(l -> l.replaceFirst("^teamfit: error: ", "")
                .replace(file.toString(), "request")).toList();
        assertEquals(String.join("\n", expected), problem.get("detail").asText());
        JsonNode errors = problem.get("errors");
        assertTrue(errors.size() >= 1, text(response));
        for (JsonNode error : errors) {
            String place = error.get("line").isNull() ? "request: " : "request:" + error.get("line").asInt() + ":"
                    + error.get("column").asInt() + ": ";
            String path = error.get("path").asText().isEmpty() ? "" : error.get("path").asText() + ": ";
            assertTrue(expected.stream().anyMatch(l -> l.startsWith(place) && l.contains(path
                    + error.get("message").asText())), error + " in " + expected);
        }
    }

    @Test
    void aBodyThatIsNoYamlIs400AndAnInvalidProjectIs422() throws IOException {
        HttpResponse<byte[]> broken = serving.post("/api/v1/assess", YAML, "id: x\nname: [\n");
        assertEquals(400, broken.statusCode());
        JsonNode error = problem(broken).get("errors").get(0);
        assertEquals(3, error.get("line").asInt(), text(broken));
        assertTrue(error.get("message").asText().startsWith("not valid YAML"), text(broken));

        HttpResponse<byte[]> invalid = serving.post("/api/v1/assess", YAML,
                "id: x\nname: y\nproblem:\n  kind: magic\nteam:\n  - name: Ana\n    skills: {python: 9}\n");
        assertEquals(422, invalid.statusCode());
        JsonNode problem = problem(invalid);
        assertEquals("urn:teamfit:problem:invalid-input", problem.get("type").asText());
        assertEquals("/api/v1/assess", problem.get("instance").asText());
        JsonNode first = problem.get("errors").get(0);
        assertEquals(List.of(4, 9, "problem.kind"), List.of(first.get("line").asInt(), first.get("column").asInt(),
                first.get("path").asText()));
        assertEquals("team[0].skills.python", problem.get("errors").get(1).get("path").asText());
    }

    @Test
    void aProjectOverOneMebibyteIs413BeforeItIsRead() throws IOException {
        byte[] big = new byte[(1 << 20) + 1];
        Arrays.fill(big, (byte) '#');
        HttpResponse<byte[]> response = serving.post("/api/v1/assess", YAML, big);
        assertEquals(413, response.statusCode());
        assertTrue(problem(response).get("detail").asText().contains("1048576 bytes"), text(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", ""})
    void anotherMediaTypeIs415(String type) throws IOException {
        HttpResponse<byte[]> response = serving.post("/api/v1/assess", type.isEmpty() ? null : type, "id: x");
        assertEquals(415, response.statusCode());
        assertTrue(problem(response).get("detail").asText().contains("application/yaml"), text(response));
        assertEquals(415, serving.post("/api/v1/portfolio", YAML, "id: x").statusCode());
        assertEquals(415, serving.post("/api/v1/compare", YAML, "id: x").statusCode());
    }

    @Test
    void aBadQueryIs400() throws IOException {
        HttpResponse<byte[]> format = serving.post("/api/v1/assess?format=pdf", YAML,
                Files.readAllBytes(Path.of("samples/card-fraud.yaml")));
        assertEquals(400, format.statusCode());
        assertEquals("format pdf: not a format here. Allowed: text, json, markdown, csv, html.",
                problem(format).get("detail").asText());
        HttpResponse<byte[]> set = serving.post("/api/v1/assess?set=deployment.mode", YAML,
                Files.readAllBytes(Path.of("samples/card-fraud.yaml")));
        assertEquals(400, set.statusCode());
        assertEquals("urn:teamfit:problem:invalid-parameter", problem(set).get("type").asText());
        assertEquals(400, serving.post("/api/v1/portfolio?format=pdf", "application/jsonl", "").statusCode());
    }

    @Test
    void unknownPathsAre404AndOtherMethods405() throws IOException {
        HttpResponse<byte[]> missing = serving.get("/api/v1/nothing");
        assertEquals(404, missing.statusCode());
        assertEquals("Not found", problem(missing).get("title").asText());
        HttpResponse<byte[]> method = serving.get("/api/v1/assess");
        assertEquals(405, method.statusCode());
        assertEquals("POST", method.headers().firstValue("Allow").orElseThrow());
        problem(method);
    }

    @Test
    void portfolioIsJsonLinesStreamedAsTheCliWritesThem(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String sample : List.of("card-fraud.yaml", "churn-prediction.json", "sales-dashboard.yaml")) {
            Path file = Path.of("samples", sample);
            JsonNode tree = sample.endsWith(".json") ? JSON.readTree(file.toFile()) : new YAMLMapper().readTree(file.toFile());
            lines.append(JSON.writeValueAsString(tree)).append('\n');
        }
        lines.append("{\"id\": \"broken\"}\n");
        Path jsonl = Files.writeString(dir.resolve("request.jsonl"), lines);
        CliRunner.Run cli = CliRunner.run("portfolio", jsonl.toString(), "--format", "jsonl", "--threads", "1");
        assertEquals(2, cli.exitCode(), cli.err());
        HttpResponse<byte[]> response = serving.post("/api/v1/portfolio", "application/jsonl", lines.toString());
        assertEquals(200, response.statusCode(), text(response));
        assertEquals("application/jsonl", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(cli.out().replace(dir + "/", ""), text(response));
        List<String> out = text(response).lines().toList();
        assertEquals(5, out.size());
        assertEquals("request.jsonl", JSON.readTree(out.get(3)).at("/error/file").asText(), out.get(3));
        assertEquals(4, JSON.readTree(out.get(3)).at("/error/line").asInt(), out.get(3));

        HttpResponse<byte[]> json = serving.post("/api/v1/portfolio?format=json", "application/x-ndjson",
                lines.toString());
        assertEquals(cli.out().isEmpty() ? "" : CliRunner.run("portfolio", jsonl.toString(), "--format", "json")
                .out().replace(dir + "/", ""), text(json));
    }

    @Test
    void aPortfolioOverTheCapIs413() throws Exception {
        try (Serving small = new Serving(RuleBase.bundled(), Serving.settings(1, 4, 2L << 20, java.time.Duration.ofSeconds(5)))) {
            byte[] body = new byte[(2 << 20) + 10];
            Arrays.fill(body, (byte) '\n');
            HttpResponse<byte[]> response = small.post("/api/v1/portfolio", "application/jsonl", body);
            assertEquals(413, response.statusCode());
            assertTrue(problem(response).get("detail").asText().contains("--max-portfolio-bytes"), text(response));
        }
    }

    @Test
    void compareIsWhatTheCliPrints() throws IOException {
        CliRunner.Run cli = CliRunner.run("compare", "samples/demand-forecast.yaml", "--set", "deployment.mode=streaming",
                "--add-member", "name=Mo;roles=mlops-engineer;allocation=0.5", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        ObjectNode request = JSON.createObjectNode();
        request.set("base", new YAMLMapper().readTree(Path.of("samples/demand-forecast.yaml").toFile()));
        request.putArray("set").add("deployment.mode=streaming");
        request.putArray("add-member").add("name=Mo;roles=mlops-engineer;allocation=0.5");
        HttpResponse<byte[]> response = serving.post("/api/v1/compare", "application/json",
                JSON.writeValueAsString(request));
        assertEquals(200, response.statusCode(), text(response));
        assertEquals(cli.out(), text(response));

        CliRunner.Run markdown = CliRunner.run("compare", "samples/demand-forecast.yaml", "samples/card-fraud.yaml",
                "--format", "markdown");
        ObjectNode files = JSON.createObjectNode();
        files.set("base", request.get("base"));
        files.putArray("variants").add(new YAMLMapper().readTree(Path.of("samples/card-fraud.yaml").toFile()));
        HttpResponse<byte[]> variants = serving.post("/api/v1/compare?format=markdown", "application/json",
                JSON.writeValueAsString(files));
        assertEquals(200, variants.statusCode(), text(variants));
        assertEquals(markdown.out().replace("samples/card-fraud.yaml", "variants\\[0\\]"), text(variants));
    }

    @Test
    void aBadCompareRequestNamesItsKeyPaths() throws IOException {
        HttpResponse<byte[]> response = serving.post("/api/v1/compare", "application/json",
                "{\"base\": {\"id\": \"x\", \"name\": \"X\", \"problem\": {\"kind\": \"nlp\"}},\n"
                        + " \"variants\": [{\"id\": \"y\", \"name\": \"Y\", \"problem\": {\"kind\": \"poetry\"}}],\n"
                        + " \"colour\": 1}");
        assertEquals(422, response.statusCode(), text(response));
        JsonNode errors = problem(response).get("errors");
        // Every problem at once, in the order of the request's lines.
        assertEquals(List.of("variants[0].problem.kind", 2), List.of(errors.get(0).get("path").asText(),
                errors.get(0).get("line").asInt()), errors.toString());
        assertEquals(List.of("colour", 3), List.of(errors.get(1).get("path").asText(),
                errors.get(1).get("line").asInt()), errors.toString());
        assertEquals(400, serving.post("/api/v1/compare", "application/json", "{\"base\": ").statusCode());
        assertEquals(422, serving.post("/api/v1/compare", "application/json", "{\"base\": {\"id\": \"x\"}}")
                .statusCode());
    }

    @Test
    void schemaIsWhatTheCliPrints() {
        HttpResponse<byte[]> response = serving.get("/api/v1/schema");
        assertEquals(200, response.statusCode());
        assertEquals(CliRunner.run("schema").out(), text(response));
    }

    @Test
    void catalogListsTheVocabulary() throws Exception {
        HttpResponse<byte[]> response = serving.get("/api/v1/catalog");
        assertEquals(200, response.statusCode());
        JsonNode catalog = JSON.readTree(response.body());
        List<String> roles = new ArrayList<>();
        catalog.get("roles").forEach(r -> roles.add(r.get("id").asText()));
        assertEquals(RuleBase.bundled().catalog().roleIds(), roles);
        assertEquals(5, catalog.get("levels").size());
        assertTrue(catalog.get("skills").toString().contains("\"aliases\":[\"tensorflow\""), catalog.toString());
    }

    @Test
    void healthSaysOk() throws IOException {
        HttpResponse<byte[]> response = serving.get("/api/v1/health");
        assertEquals(200, response.statusCode());
        JsonNode health = JSON.readTree(response.body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(2, health.get("threads").asInt());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<byte[]> response : List.of(serving.get("/"), serving.get("/api/v1/health"),
                serving.get("/api/v1/nothing"), serving.get("/assets/serve.css"))) {
            Map<String, List<String>> headers = response.headers().map();
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.startsWith("default-src 'self';"), csp);
            assertFalse(csp.contains("script-src"), "no script is allowed beyond 'self': " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElseThrow());
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElseThrow());
            assertFalse(headers.containsKey("server"), headers.toString());
        }
    }

    /** The body as a problem document: its media type, and the members RFC 9457 defines. */
    static JsonNode problem(HttpResponse<byte[]> response) throws IOException {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow(),
                text(response));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.statusCode(), problem.get("status").asInt());
        for (String member : List.of("type", "title", "detail", "instance")) {
            assertTrue(problem.get(member).isTextual(), member + " in " + problem);
        }
        assertFalse(text(response).contains("\tat "), "no stack trace: " + text(response));
        assertFalse(text(response).contains("Exception"), "no exception: " + text(response));
        return problem;
    }
}
