package dev.teamfit.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.model.Catalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.teamfit.serve.Serving.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app's pages over HTTP, submitted as a browser without JavaScript submits them (jsoup's form
 * data): the form has every input key with its help and allowed values, a filled form shows the same
 * report as {@code assess --format html}, an imported sample exports back to the same keys and values,
 * and the compare and portfolio pages show what the CLI writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServePagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private Serving serving;
    private Catalog catalog;

    @BeforeAll
    void start() throws Exception {
        serving = Serving.start(RuleBase.bundled());
        catalog = RuleBase.bundled().catalog();
    }

    @AfterAll
    void stop() {
        serving.close();
    }

    private Document page(HttpResponse<byte[]> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"),
                response.headers().toString());
        return Jsoup.parse(text(response), serving.uri("/").toString());
    }

    private static List<Map.Entry<String, String>> data(Document page, String action) {
        FormElement form = (FormElement) page.selectFirst("form#project");
        assertNotNull(form, "the project form");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        // As a browser sends it: jsoup would send a multiple select's first option when none is selected.
        form.formData().stream().filter(kv -> !(form.selectFirst("select[multiple][name=\"" + kv.key() + "\"]") != null
                        && form.selectFirst("select[name=\"" + kv.key() + "\"] option[selected]") == null))
                .forEach(kv -> fields.add(new AbstractMap.SimpleEntry<>(kv.key(), kv.value())));
        fields.add(new AbstractMap.SimpleEntry<>("action", action));
        return fields;
    }

    private static void set(List<Map.Entry<String, String>> fields, String name, String value) {
        fields.removeIf(f -> f.getKey().equals(name));
        fields.add(new AbstractMap.SimpleEntry<>(name, value));
    }

    @Test
    void theFormHasEveryInputKeyWithItsHelpAndAllowedValues() {
        Document page = page(serving.get("/"));
        ProjectFormat.values().forEach((path, value) -> {
            Element field = page.selectFirst("[name=\"" + path + "\"]");
            assertNotNull(field, path);
            Element help = page.getElementById(field.id() + "-help");
            assertNotNull(help, path + " help");
            assertTrue(help.text().contains(value.description()), path + ": " + help.text());
            for (String choice : value.choices()) {
                assertNotNull(field.selectFirst("option[value=\"" + choice + "\"]"), path + " offers " + choice);
            }
        });
        Element roles = page.selectFirst("select[name=\"team[0].roles\"]");
        assertTrue(roles.hasAttr("multiple"));
        assertEquals(catalog.roleIds(), roles.select("option").eachAttr("value"));
        Element skill = page.selectFirst("select[name=\"team[0].skills[0].skill\"]");
        assertEquals(catalog.skills().size() + 1, skill.select("option").size());
        Element level = page.selectFirst("select[name=\"team[0].skills[0].level\"]");
        assertEquals(List.of("", "novice", "advanced-beginner", "competent", "proficient", "expert", "none", "unknown"),
                level.select("option").eachAttr("value"));
        assertTrue(page.select("input[type=text][name*=skill], input[type=text][name*=level], "
                + "input[type=text][name*=roles]").isEmpty(), "roles, skills and levels are picked, not typed");
    }

    /** A project with two members, filled in as a person would: rows added with the form's own buttons. */
    private List<Map.Entry<String, String>> twoMembers(String action) {
        List<Map.Entry<String, String>> fields = data(page(serving.get("/")), "add-member");
        Document two = page(serving.form("/", fields));
        fields = data(two, "add-skill:1");
        Document skills = page(serving.form("/", fields));
        fields = data(skills, action);
        set(fields, "id", "fraud-pilot");
        set(fields, "name", "Fraud <pilot> & \"friends\"");
        set(fields, "problem.kind", "anomaly-detection");
        set(fields, "deployment.mode", "online");
        set(fields, "deployment.latency-ms", "80");
        set(fields, "regulated", "true");
        set(fields, "team[0].name", "Ana Ruiz");
        set(fields, "team[0].roles", "data-scientist");
        set(fields, "team[0].skills[0].skill", "statistics");
        set(fields, "team[0].skills[0].level", "expert");
        set(fields, "team[1].name", "Bo Chen");
        set(fields, "team[1].allocation", "0.5");
        set(fields, "team[1].roles", "ml-engineer");
        fields.add(new AbstractMap.SimpleEntry<>("team[1].roles", "mlops-engineer"));
        set(fields, "team[1].skills[0].skill", "programming");
        set(fields, "team[1].skills[0].level", "proficient");
        set(fields, "team[1].skills[1].skill", "model-deployment");
        set(fields, "team[1].skills[1].level", "4");
        return fields;
    }

    @Test
    void aFilledFormShowsTheReportAssessWritesWithBothMembersInTheMatrix(@TempDir Path dir) throws IOException {
        HttpResponse<byte[]> exported = serving.form("/", twoMembers("export"));
        assertEquals(200, exported.statusCode());
        assertEquals("attachment; filename=\"fraud-pilot.yaml\"",
                exported.headers().firstValue("Content-Disposition").orElseThrow());
        Path file = Files.write(dir.resolve("fraud-pilot.yaml"), exported.body());
        JsonNode tree = YAML.readTree(file.toFile());
        assertEquals(JSON.readTree("""
                {"id": "fraud-pilot", "name": "Fraud <pilot> & \\"friends\\"", "regulated": true,
                 "problem": {"kind": "anomaly-detection"}, "deployment": {"mode": "online", "latency-ms": 80},
                 "team": [{"name": "Ana Ruiz", "roles": ["data-scientist"], "skills": {"statistics": "expert"}},
                          {"name": "Bo Chen", "roles": ["ml-engineer", "mlops-engineer"], "allocation": 0.5,
                           "skills": {"programming": "proficient", "model-deployment": 4}}]}"""), tree);

        HttpResponse<byte[]> result = serving.form("/", twoMembers("assess"));
        assertEquals(200, result.statusCode(), text(result));
        Document page = page(result);
        CliRunner.Run cli = CliRunner.run("assess", file.toString(), "--format", "html");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(Jsoup.parse(cli.out()).selectFirst("main").outerHtml(), page.selectFirst("main").outerHtml(),
                "the report is the one assess --format html writes");
        Element matrix = page.selectFirst("table.matrix");
        assertNotNull(matrix, "the coverage matrix");
        assertTrue(matrix.text().contains("Ana Ruiz") && matrix.text().contains("Bo Chen"), matrix.text());
        assertTrue(text(result).contains("Fraud &lt;pilot&gt; &amp;") && !text(result).contains("<pilot>"), "escaped");

        // Download as JSON: what assess --format json prints for the same project.
        List<Map.Entry<String, String>> download = new ArrayList<>();
        FormElement bar = (FormElement) page.selectFirst("nav.downloads form");
        bar.formData().forEach(kv -> download.add(new AbstractMap.SimpleEntry<>(kv.key(), kv.value())));
        download.add(new AbstractMap.SimpleEntry<>("format", "json"));
        HttpResponse<byte[]> json = serving.form("/download", download);
        assertEquals(CliRunner.run("assess", file.toString(), "--format", "json").out(), text(json));
        assertEquals("attachment; filename=\"fraud-pilot.json\"",
                json.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void anInvalidFormComesBackWithEachProblemBesideItsField() {
        List<Map.Entry<String, String>> fields = twoMembers("assess");
        set(fields, "id", "Not An Id");
        set(fields, "team[1].allocation", "2");
        HttpResponse<byte[]> response = serving.form("/", fields);
        assertEquals(422, response.statusCode());
        Document page = page(response);
        Element summary = page.selectFirst(".error-summary");
        assertNotNull(summary);
        assertEquals(List.of("#f-id", "#f-team-1-allocation"), summary.select("a").eachAttr("href"));
        assertTrue(page.getElementById("f-id-error").text().contains("Not An Id"), page.getElementById("f-id-error").text());
        assertEquals("Not An Id", page.getElementById("f-id").val(), "what was typed is kept");
        assertEquals("Bo Chen", page.selectFirst("[name=\"team[1].name\"]").val());
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("people.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anImportedSampleExportsBackToTheSameKeysAndValues(Path sample) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        HttpResponse<byte[]> imported = serving.upload("/import", "file",
                Map.of(sample.getFileName().toString(), bytes), Map.of());
        assertEquals(200, imported.statusCode(), text(imported));
        Document page = page(imported);
        assertTrue(page.select(".error-summary").isEmpty(), page.select(".error-summary").text());
        HttpResponse<byte[]> exported = serving.form("/", data(page, "export"));
        assertEquals(200, exported.statusCode());
        JsonNode original = sample.toString().endsWith(".json") ? JSON.readTree(bytes) : YAML.readTree(bytes);
        assertEquals(original.toString(), YAML.readTree(exported.body()).toString());
    }

    @Test
    void anImportThatIsNoProjectSaysWhereInTheFile() {
        HttpResponse<byte[]> response = serving.upload("/import", "file", Map.of("../../etc/x.yaml",
                "id: x\nname: [\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Map.of());
        assertEquals(400, response.statusCode());
        String summary = page(response).selectFirst(".error-summary").text();
        assertTrue(summary.contains("x.yaml:3:1: not valid YAML"), summary);
        assertFalse(summary.contains("etc"), "an uploaded name is never a path: " + summary);
        HttpResponse<byte[]> big = serving.upload("/import", "file", Map.of("big.yaml", new byte[(1 << 20) + 1]),
                Map.of());
        assertEquals(413, big.statusCode());
    }

    @Test
    void comparePageShowsWhatCompareWrites() throws IOException {
        HttpResponse<byte[]> form = serving.get("/compare");
        assertEquals(200, form.statusCode());
        HttpResponse<byte[]> response = serving.upload("/compare", "file", Map.of(), new LinkedHashMap<>(Map.of(
                "base", Files.readString(Path.of("samples/demand-forecast.yaml")),
                "changes", "deployment.mode=streaming\r\nadd-member name=Mo;roles=mlops-engineer;allocation=0.5",
                "action", "compare")));
        assertEquals(200, response.statusCode(), text(response));
        CliRunner.Run cli = CliRunner.run("compare", "samples/demand-forecast.yaml", "--set", "deployment.mode=streaming",
                "--add-member", "name=Mo;roles=mlops-engineer;allocation=0.5", "--format", "html");
        assertEquals(cli.out(), text(response));

        HttpResponse<byte[]> bad = serving.upload("/compare", "file", Map.of(), Map.of("base", "id: x\n",
                "changes", "deployment.mode", "action", "compare"));
        assertEquals(422, bad.statusCode());
        assertTrue(page(bad).selectFirst(".error-summary").text().contains("expected KEY=VALUE"), text(bad));
    }

    @Test
    void portfolioPageShowsWhatPortfolioWrites() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(Path.of("samples/portfolio"))) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        HttpResponse<byte[]> response = serving.upload("/portfolio", "files", files, Map.of());
        assertEquals(200, response.statusCode(), text(response));
        CliRunner.Run cli = CliRunner.run("portfolio", "samples/portfolio", "--format", "html", "--threads", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(cli.out().replace("samples/portfolio/", ""), text(response));

        HttpResponse<byte[]> none = serving.upload("/portfolio", "files", Map.of(), Map.of());
        assertEquals(400, none.statusCode());
    }
}
