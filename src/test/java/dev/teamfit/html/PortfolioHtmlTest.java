package dev.teamfit.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.report.PortfolioHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // The contents in the page's order: the projects, written as they came, then the summary and the errors.
        List<String> toc = page.select("nav.toc > ol > li > a").eachAttr("href");
        assertEquals(ids, toc.subList(0, toc.size() - 2).stream().map(h -> h.substring(1)).toList());
        assertEquals(List.of("#summary", "#errors"), toc.subList(toc.size() - 2, toc.size()));
        List<String> order = page.select("main > section").eachAttr("id");
        assertEquals(ids, order.subList(0, ids.size()));
        assertEquals(List.of("summary", "errors"), order.subList(ids.size(), order.size()));
        assertEquals(List.of("#summary", "#contents", "#errors"), page.select("body > header nav a").eachAttr("href"),
                "the page's header leads to what follows the projects");

        // Each project's section is the single report's, with its own matrix.
        for (JsonNode project : result.path("projects")) {
            Element section = page.getElementById("p-" + project.path("project").path("id").asText());
            assertEquals(project.path("project").path("name").asText(), section.selectFirst("h2").text());
            assertEquals(project.path("roles").size(), section.select("table.matrix tbody tr").size());
            assertEquals(project.path("gaps").size(), section.select("article.gap").size());
        }

        // The charts: demand per role, gaps per project, the ranking; every number written out.
        JsonNode summary = result.path("summary");
        Element demand = page.selectFirst("ol#demand-chart");
        assertNotNull(demand);
        assertEquals(summary.path("roles").size(), demand.select("li").size(), "a bar per role");
        assertEquals(summary.path("roles").size(), page.select("#demand table tbody tr").size());
        Element gaps = page.selectFirst("ol#gaps-chart");
        assertEquals(result.path("projects").size(), gaps.select("li").size(), "a bar per project");
        JsonNode first = result.path("projects").get(0).path("summary");
        assertEquals(first.path("critical").asInt() + " critical, " + first.path("major").asInt() + " major, "
                + first.path("minor").asInt() + " minor", gaps.selectFirst("li .value").text(),
                "numbers are written, not only drawn");
        // The ranking shows what it ranks by: the risk score, as a bar, with what it is made of after it.
        Element risk = page.selectFirst("ol#risk-chart");
        assertEquals(summary.path("risks").size(), risk.select("li").size());
        for (int i = 0; i < summary.path("risks").size(); i++) {
            JsonNode r = summary.path("risks").get(i);
            Element bar = risk.child(i);
            assertEquals((i + 1) + ". " + r.path("name").asText(), bar.selectFirst(".label").text());
            assertTrue(bar.selectFirst(".value").text().startsWith("risk " + r.path("risk").asText() + " · "
                    + r.path("criticality").asText() + " · "), bar.text());
            assertEquals(r.path("risk").asDouble() > 0 ? List.of("critical") : List.of(),
                    bar.select("rect").eachAttr("class"), "one bar, the score: " + bar);
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
        assertEquals(evil, page.selectFirst("ol#gaps-chart li .label").text());
        assertEquals("<b>Hana</b>", page.selectFirst("section#p-a th.member").attr("data-member"));
        List<String> errors = page.select("#errors li").eachText();
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith(dir.resolve("b.yaml").toString())),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("<b>bad</b>")), "messages keep the input as text: " + errors);
    }

    @Test
    void eachProjectIsWrittenWhenItsOutcomeArrivesAndTheSummaryLast() throws Exception {
        RuleBase base = RuleBase.bundled();
        List<Outcome> outcomes = new ArrayList<>();
        PortfolioSummary summary = Portfolio.run(base, List.of(Path.of(SAMPLES)),
                new Portfolio.Options(1, 1 << 20, 5, Duration.ofSeconds(30)), outcomes::add, (pass, done, total, errors) -> { });
        StringWriter out = new StringWriter();
        PortfolioHtml writer = new PortfolioHtml(base.catalog(), out);
        for (Outcome outcome : outcomes) {
            int before = out.getBuffer().length();
            writer.outcome(outcome);
            String written = out.getBuffer().substring(before);
            String id = "p-" + ((Outcome.Result) outcome).assessment().project().id();
            assertTrue(written.contains("<section class=\"project\" id=\"" + id + "\""), "its section, at once: " + id);
            assertTrue(written.stripTrailing().endsWith("</section>"), "all of its section");
        }
        assertFalse(out.toString().contains("id=\"summary\""), "the summary waits for the end");
        writer.finish(summary);
        Document page = Jsoup.parse(out.toString());
        HtmlPages.assertSelfContained(page);
        HtmlPages.assertAccessible(page);
        assertEquals(outcomes.size(), page.select("section.project").size());
        assertNotNull(page.getElementById("summary"));
    }

    @Test
    void anyThreadCountGivesTheSameBytes() {
        String one = CliRunner.run("portfolio", SAMPLES, "--format", "html", "--threads", "1").out();
        assertEquals(one, CliRunner.run("portfolio", SAMPLES, "--format", "html", "--threads", "4").out());
    }
}
