package dev.teamfit.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code portfolio --format html}: charts of the summary, a section per project, contents, errors. */
class PortfolioHtmlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLES = "samples/portfolio";

    @Test
    void theSamplePortfolioHasChartsContentsAndASectionPerProject() throws IOException {
        Document page = HtmlPages.render("portfolio", SAMPLES, "--format", "html");
        HtmlPages.assertSelfContained(page);
        HtmlPages.assertAccessible(page);
        CliRunner.Run run = CliRunner.run("portfolio", SAMPLES, "--format", "json");
        JsonNode result = JSON.readTree(run.out());

        List<String> ids = new ArrayList<>();
        result.path("projects").forEach(p -> ids.add("p-" + p.path("project").path("id").asText()));
        assertEquals(ids, page.select("section.project").eachAttr("id"), "a section per project, in input order");
        List<String> toc = page.select("nav.toc > ol > li > a").eachAttr("href");
        assertEquals("#summary", toc.get(0));
        assertEquals(ids, toc.subList(1, toc.size() - 1).stream().map(h -> h.substring(1)).toList());
        assertEquals("#errors", toc.get(toc.size() - 1));

        // Each project's section is the single report's, with its own matrix.
        for (JsonNode project : result.path("projects")) {
            Element section = page.getElementById("p-" + project.path("project").path("id").asText());
            assertEquals(project.path("project").path("name").asText(), section.selectFirst("h2").text());
            assertEquals(project.path("roles").size(), section.select("table.matrix tbody tr").size());
            assertEquals(project.path("gaps").size(), section.select("article.gap").size());
        }

        // The charts: demand per role, gaps per project, the ranking.
        JsonNode summary = result.path("summary");
        Element demand = page.selectFirst("svg#demand-chart");
        assertNotNull(demand);
        assertEquals(summary.path("roles").size(), demand.select("g").size(), "a bar per role");
        assertEquals(summary.path("roles").size(), page.select("#demand table tbody tr").size());
        Element gaps = page.selectFirst("svg#gaps-chart");
        assertEquals(result.path("projects").size(), gaps.select("g").size(), "a bar per project");
        JsonNode first = result.path("projects").get(0).path("summary");
        assertEquals(first.path("critical").asInt() + " critical, " + first.path("major").asInt() + " major, "
                + first.path("minor").asInt() + " minor", gaps.selectFirst("g text.value").text(),
                "numbers are written, not only drawn");
        Element risk = page.selectFirst("svg#risk-chart");
        List<String> ranked = risk.select("g text.label").eachText();
        assertEquals(summary.path("risks").size(), ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).startsWith((i + 1) + ". "), ranked.get(i));
        }
        assertEquals("None: every input was assessed.", page.selectFirst("#errors p").text());
    }

    @Test
    void errorsAreListedInputTextStaysTextAndIdsNeverMeet(@TempDir Path dir) throws IOException {
        String evil = "<script>alert(1)</script>";
        Files.writeString(dir.resolve("a.yaml"), "id: a\nname: \"" + evil + "\"\nproblem: {kind: analytics}\n"
                + "reporting: {dashboards: true}\nteam:\n  - name: \"<b>Hana</b>\"\n    roles: [data-analyst]\n"
                + "    skills: {sql: expert}\n");
        Files.writeString(dir.resolve("b.yaml"), "id: <b>bad</b>\n");
        // Its element ids must not meet those of the parts of project a's section (ids are checked unique).
        Files.writeString(dir.resolve("c.yaml"), "id: a-gaps\nname: C\nproblem: {kind: analytics}\nteam: []\n");
        CliRunner.Run run = CliRunner.run("portfolio", dir.toString(), "--format", "html");
        assertEquals(2, run.exitCode(), "an invalid input still exits 2: " + run.err());
        Document page = Jsoup.parse(run.out());
        HtmlPages.assertSelfContained(page);
        HtmlPages.assertAccessible(page);
        assertEquals(evil, page.selectFirst("section#p-a h2").text());
        assertEquals(evil, page.selectFirst("nav.toc a[href=#p-a]").text());
        assertEquals(evil, page.selectFirst("svg#gaps-chart g text.label").text());
        assertTrue(page.selectFirst("svg#gaps-chart g title").text().startsWith(evil));
        assertEquals("<b>Hana</b>", page.selectFirst("section#p-a th.member").attr("data-member"));
        List<String> errors = page.select("#errors li").eachText();
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith(dir.resolve("b.yaml").toString())),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("<b>bad</b>")), "messages keep the input as text: " + errors);
    }

    @Test
    void anyThreadCountGivesTheSameBytes() {
        String one = CliRunner.run("portfolio", SAMPLES, "--format", "html", "--threads", "1").out();
        assertEquals(one, CliRunner.run("portfolio", SAMPLES, "--format", "html", "--threads", "4").out());
    }
}
