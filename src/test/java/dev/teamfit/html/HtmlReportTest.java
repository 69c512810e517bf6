package dev.teamfit.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.teamfit.cli.CliRunner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code assess --format html}: the structure of the page, against the JSON of the same assessment. */
class HtmlReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            // Every project file; the people pool of teamfit plan is not a project.
            return files.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
                    .filter(p -> !p.getFileName().toString().equals("people.yaml")).sorted().toList().stream();
        }
    }

    private static JsonNode json(Path file) throws IOException {
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static List<String> team(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        YAML.readTree(file.toFile()).path("team").forEach(m -> names.add(m.path("name").asText()));
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleGivesASelfContainedAccessiblePage(Path sample) throws IOException {
        Document page = HtmlPages.render("assess", sample.toString(), "--format", "html");
        HtmlPages.assertSelfContained(page);
        HtmlPages.assertAccessible(page);
        JsonNode result = json(sample);
        assertEquals(result.path("project").path("name").asText(), page.selectFirst("h1").text());
        assertTrue(page.title().startsWith(result.path("project").path("name").asText()), page.title());

        // The matrix: a row per role, in the JSON's order, and a column per member, in the team's order.
        Element matrix = page.selectFirst("table.matrix");
        assertNotNull(matrix, "a coverage matrix");
        List<String> roles = new ArrayList<>();
        result.path("roles").forEach(r -> roles.add(r.path("role").asText()));
        assertEquals(roles, matrix.select("tbody tr").eachAttr("data-role"));
        List<String> members = team(sample);
        assertEquals(members, matrix.select("thead th.member").eachAttr("data-member"));
        for (Element row : matrix.select("tbody tr")) {
            assertEquals(1 + members.size() + 1, row.children().size(), "role, members, status");
            Elements cells = row.select("td.cell");
            assertEquals(members.size(), cells.size());
            for (Element cell : cells) {
                String text = cell.text();
                assertTrue(text.startsWith("● Full") || text.startsWith("◐ Partial") || text.equals("– none"),
                        "a cell says what its colour says: " + text);
            }
        }

        // Coverage agrees with the JSON, member by member.
        for (JsonNode role : result.path("roles")) {
            Element row = matrix.selectFirst("tbody tr[data-role=" + role.path("role").asText() + "]");
            int covered = 0;
            for (Element cell : row.select("td.cell")) {
                covered += cell.hasClass("none") ? 0 : 1;
            }
            assertEquals(role.path("coverage").size(), covered, role.path("role").asText());
        }

        // A heat map per required role with skills, a row per skill.
        List<String> required = new ArrayList<>();
        result.path("roles").forEach(r -> {
            if (r.path("priority").asText().equals("required") && !r.path("skills").isEmpty()) {
                required.add(r.path("role").asText());
            }
        });
        assertEquals(required, page.select("table.heat").eachAttr("data-role"));
        for (JsonNode role : result.path("roles")) {
            Element heat = page.selectFirst("table.heat[data-role=" + role.path("role").asText() + "]");
            if (heat != null) {
                assertEquals(role.path("skills").size(), heat.select("tbody tr").size());
            }
        }

        // A card per gap, grouped by severity in the JSON's order, each with its suggestion and reasons.
        JsonNode gaps = result.path("gaps");
        Elements cards = page.select("article.gap");
        assertEquals(gaps.size(), cards.size());
        for (int i = 0; i < gaps.size(); i++) {
            JsonNode gap = gaps.get(i);
            Element card = cards.get(i);
            assertTrue(card.hasClass(gap.path("severity").asText()), card.className());
            assertEquals(gap.path("type").asText(), card.attr("data-type"));
            assertTrue(card.text().contains(gap.path("message").asText()), card.text());
            assertEquals("Suggestion: " + gap.path("suggestion").asText(), card.selectFirst(".suggestion").text());
            // The reasons are in the appendix, folded; the card links to them.
            Element why = card.selectFirst(".why a");
            assertNotNull(why, "a link to the reasons");
            Element reasons = page.getElementById(why.attr("href").substring(1));
            assertNotNull(reasons, why.attr("href"));
            assertNotNull(reasons.closest("section.appendix details:not([open])"), "reasons fold away, at the end");
            assertEquals(gap.path("reasons").size(), reasons.select("li").size());
            assertEquals(gap.path("reasons").get(0).path("rule").asText(), reasons.selectFirst("li code").text());
        }
        assertEquals(result.path("roles").size() + gaps.size(), page.select("section.appendix details").size(),
                "a fold per role and per gap");
    }

    @Test
    void inputTextIsRenderedAsTextNeverAsMarkup(@TempDir Path dir) throws IOException {
        String evil = "<script>alert(1)</script>";
        Path file = dir.resolve("evil.yaml");
        Files.writeString(file, """
                id: evil
                name: "<script>alert(1)</script>"
                description: "</style><style>body{background:url(https://example.com/x)}</style> & \\"quotes\\" 'too'"
                domain: "<img src=x onerror=alert(2)>"
                problem: {kind: classification}
                deployment: {mode: batch}
                team:
                  - name: "\\"><iframe src=https://example.com></iframe>"
                    roles: [data-scientist]
                    skills: {statistics: expert, "<b>bold</b>": 3}
                """);
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--format", "html");
        assertEquals(0, run.exitCode(), run.err());
        Document page = org.jsoup.Jsoup.parse(run.out());
        HtmlPages.assertSelfContained(page);
        HtmlPages.assertAccessible(page);
        assertEquals(evil, page.selectFirst("h1").text());
        assertEquals(evil + " · teamfit assessment", page.title());
        assertTrue(page.selectFirst(".description").text().startsWith("</style><style>body{background:url("));
        assertTrue(page.selectFirst(".sub").text().contains("<img src=x onerror=alert(2)>"));
        assertEquals("\"><iframe src=https://example.com></iframe>",
                page.selectFirst("table.matrix th.member").attr("data-member"));
        assertEquals(1, page.select("style").size(), "only the page's own style sheet");
        assertTrue(page.select(".warnings li").text().contains("<b>bold</b>"), "warnings are escaped too");
    }

    @Test
    void withoutATeamThePageScopesTheNeedsOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scope.yaml");
        Files.writeString(file, "id: scope\nname: Scoping\nproblem: {kind: classification}\ndeployment: {mode: batch}\n");
        Document page = HtmlPages.render("assess", file.toString(), "--format", "html");
        HtmlPages.assertSelfContained(page);
        HtmlPages.assertAccessible(page);
        assertTrue(page.select("table.matrix thead th.member").isEmpty());
        assertTrue(page.select("table.matrix tbody tr").size() >= 2, "the roles are still listed");
        assertTrue(page.select("table.matrix td.status").eachText().stream().allMatch("no team given"::equals));
        assertTrue(page.text().contains("No team given: add a team: list to see coverage and gaps."));
        assertTrue(page.select("article.gap").isEmpty());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        String[] args = {"assess", "samples/card-fraud.yaml", "--format", "html"};
        assertEquals(CliRunner.run(args).out(), CliRunner.run(args).out());
    }
}
