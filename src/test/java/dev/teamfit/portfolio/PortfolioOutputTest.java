package dev.teamfit.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portfolio's output stays proportional to the portfolio: a project's result is bounded by its own
 * input, reasons come only when asked for, each person's projects are listed once (in the summary),
 * and folders are walked as a user expects.
 */
class PortfolioOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** {@code count} projects that one person staffs at 0.5 each, with a colleague of their own. */
    private Path everyoneShares(int count) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(String.format("{\"id\": \"p%04d\", \"name\": \"P%d\", \"start\": \"2027-%02d\", "
                    + "\"duration-months\": 2, \"problem\": {\"kind\": \"analytics\"}, \"reporting\": {\"dashboards\": true}, "
                    + "\"team\": [{\"name\": \"Ana Ruiz\", \"roles\": [\"data-analyst\"], \"allocation\": 0.5}, "
                    + "{\"name\": \"Own %d\", \"roles\": [\"data-analyst\"]}]}%n", i, i, i % 12 + 1, i));
        }
        return Files.writeString(dir.resolve("shared-" + count + ".jsonl"), lines);
    }

    @Test
    void aProjectsResultIsBoundedByItsOwnInputNotByThePortfolio() throws IOException {
        String small = CliRunner.run("portfolio", everyoneShares(10).toString(), "--format", "jsonl").out()
                .lines().findFirst().orElseThrow();
        CliRunner.Run big = CliRunner.run("portfolio", everyoneShares(400).toString(), "--format", "jsonl");
        String first = big.out().lines().findFirst().orElseThrow();
        // The same project; only the count of her other projects (9, then 399) differs.
        assertTrue(Math.abs(first.length() - small.length()) <= 8, small.length() + " against " + first.length());
        assertTrue(first.contains("here and in p0001, p0002, p0003 and 396 more"), first);
        assertFalse(first.contains("p0004"), "the other projects are named in the summary only");
        JsonNode summary = JSON.readTree(big.out().lines().reduce((a, b) -> b).orElseThrow()).get("summary");
        assertEquals(400, summary.at("/people/0/projects").size(), "listed in full, once");
        assertEquals("Ana Ruiz", summary.at("/people/0/member").asText());
    }

    @Test
    void batchesAreCompactUnlessExplainedAndAssessKeepsItsReasons() throws IOException {
        String compact = CliRunner.run("portfolio", "samples/portfolio", "--format", "json").out();
        String explained = CliRunner.run("portfolio", "samples/portfolio", "--format", "json", "--explain").out();
        assertFalse(compact.contains("\"reasons\""), "no reasons by default");
        assertTrue(compact.contains("\"rules\" : [ \"") || compact.contains("\"rules\": [\n"), "their rules' ids stay");
        assertTrue(explained.contains("\"reasons\"") && !explained.contains("\"rules\":"), "reasons in full");
        assertTrue(compact.length() * 3 < explained.length(), compact.length() + " against " + explained.length());
        JsonNode gap = JSON.readTree(compact).at("/projects/0/gaps/0");
        assertTrue(gap.get("rules").get(0).asText().matches("[A-Z]+-\\d+"), gap.toString());
        assertTrue(CliRunner.run("assess", "samples/card-fraud.yaml", "--format", "json").out().contains("\"reasons\""));
    }

    @Test
    void thePeopleOnSeveralProjectsAreListedWithTheirMonthsOverInEveryFormat() throws IOException {
        JsonNode people = JSON.readTree(CliRunner.run("portfolio", "samples/portfolio", "--format", "json").out())
                .at("/summary/people");
        JsonNode gus = null;
        for (JsonNode p : people) {
            gus = p.get("member").asText().equals("Gus Oliveira") ? p : gus;
        }
        assertEquals("{\"member\":\"Gus Oliveira\",\"allocation\":1.5,\"over\":0.5,\"projects\":[\"stock-replenishment\","
                + "\"supplier-risk\"],\"overMonths\":[{\"from\":\"2027-05\",\"to\":\"2027-08\",\"peak\":1.5}]}",
                String.valueOf(gus));
        assertTrue(CliRunner.run("portfolio", "samples/portfolio").out().contains("  Gus Oliveira: 1.5 FTE in 2 projects, "
                + "0.5 over · months over: 2027-05 to 2027-08 (1.5 FTE)\n      stock-replenishment, supplier-risk\n"));
        assertTrue(CliRunner.run("portfolio", "samples/portfolio", "--format", "markdown").out().contains(
                "| Gus Oliveira | 1.5 | 0.5 | 2027-05 to 2027-08 (1.5 FTE) | stock-replenishment, supplier-risk |"));
        String html = CliRunner.run("portfolio", "samples/portfolio", "--format", "html").out();
        assertTrue(html.contains("<h3 id=\"people\">People on several projects</h3>"), "HTML");
        assertTrue(html.contains("<th scope=\"row\">Gus Oliveira</th><td class=\"num\">1.5</td><td class=\"num\">0.5</td>"
                + "<td>2027-05 to 2027-08 (1.5 FTE)</td><td>stock-replenishment, supplier-risk</td>"), "HTML table");
    }

    @Test
    void monthsOverAreTheMonthsTheProjectsOverlapAndUnknownWithoutDates() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String template = "{\"id\": \"%s\", \"name\": \"%s\", %s\"problem\": {\"kind\": \"analytics\"}, "
                + "\"team\": [{\"name\": \"%s\", \"roles\": [\"data-analyst\"], \"allocation\": 0.75}]}\n";
        Files.writeString(in.resolve("all.jsonl"),
                String.format(template, "a", "A", "\"start\": \"2027-01\", \"duration-months\": 3, ", "Ada")
                + String.format(template, "b", "B", "\"start\": \"2027-03\", \"duration-months\": 3, ", "Ada")
                + String.format(template, "c", "C", "\"start\": \"2027-01\", \"duration-months\": 1, ", "Bea")
                + String.format(template, "d", "D", "\"start\": \"2027-06\", \"duration-months\": 1, ", "Bea")
                + String.format(template, "e", "E", "", "Cy")
                + String.format(template, "f", "F", "\"start\": \"2027-01\", \"duration-months\": 1, ", "Cy"));
        JsonNode people = JSON.readTree(CliRunner.run("portfolio", in.toString(), "--format", "json").out())
                .at("/summary/people");
        assertEquals("[{\"from\":\"2027-03\",\"to\":\"2027-03\",\"peak\":1.5}]", people.get(0).get("overMonths").toString());
        assertEquals("[]", people.get(1).get("overMonths").toString(), "over in all, never in one month");
        assertTrue(people.get(2).get("overMonths").isNull(), "e has no dates");
    }

    @Test
    void foldersAreWalkedAsAUserExpects() throws IOException {
        Path in = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(in.resolve("a.yaml"), PortfolioCliTest.project("a", "Ann", 1));
        Files.writeString(Files.createDirectories(in.resolve("drafts")).resolve("d.yaml"),
                PortfolioCliTest.project("d", "Dee", 1));
        Files.writeString(Files.createDirectories(in.resolve(".git")).resolve("x.json"), "{\"id\": 1}");
        Files.writeString(Files.createDirectories(in.resolve("web/node_modules/lib")).resolve("package.json"), "{}");
        Files.writeString(in.resolve("web/package.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}");
        Files.writeString(in.resolve("web/tsconfig.json"), "{\"compilerOptions\": {\"strict\": true}}");
        Files.writeString(in.resolve(".hidden.yaml"), "id: [broken");
        Files.writeString(in.resolve("data.jsonl"), "{\"text\": \"a training example\", \"label\": 1}\n"
                + "{\"text\": \"another\", \"label\": 0}\n");
        Files.writeString(in.resolve("b.draft.yaml"), PortfolioCliTest.project("b", "Bo", 1));

        CliRunner.Run run = CliRunner.run("portfolio", in.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertEquals(List.of("a", "b", "d"), ids(run));
        assertEquals(3, JSON.readTree(run.out()).at("/summary/skipped/count").asInt(), run.err());
        assertTrue(run.err().contains("web/package.json: not a project"), run.err());
        assertTrue(run.err().contains("data.jsonl: not a project"), run.err());

        CliRunner.Run excluded = CliRunner.run("portfolio", in.toString(), "--format", "json", "--exclude", "drafts",
                "--exclude", "*.draft.yaml");
        assertEquals(List.of("a"), ids(excluded));
        CliRunner.Run included = CliRunner.run("portfolio", in.toString(), "--format", "json", "--include", "drafts/**");
        assertEquals(List.of("d"), ids(included));
        CliRunner.Run named = CliRunner.run("portfolio", in.resolve("web/package.json").toString(), "--format", "json");
        assertEquals(2, named.exitCode(), "a file named on the command line is a project whatever it holds");

        CliRunner.Run samples = CliRunner.run("portfolio", "samples", "--format", "json");
        assertEquals(0, samples.exitCode(), "samples/ holds a people pool and a rules folder: " + samples.err());
        assertTrue(samples.err().contains("samples/people.yaml: not a project"), samples.err());
    }

    private static List<String> ids(CliRunner.Run run) throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(run.out()).get("projects").forEach(p -> ids.add(p.at("/project/id").asText()));
        return ids;
    }

    @Test
    void aWhatIfSaysWhatTheChangeDoesToThePortfolio() throws IOException {
        String[] args = {"portfolio", "samples/portfolio", "--set", "deployment.retraining=continuous"};
        CliRunner.Run text = CliRunner.run(args);
        assertEquals(2, text.exitCode(), "two projects have no deployment to retrain: " + text.err());
        assertTrue(text.out().contains("What if every project had deployment.retraining=continuous (6 projects compared)\n"
                + "  MLOps Engineer: 1.5 more FTE needed (3.5 → 5); 1.5 more FTE unstaffed (2.3 → 3.8)\n"), text.out());
        assertTrue(text.out().contains("samples/portfolio/exec-dashboards.yaml: --set deployment.retraining=continuous: "
                + "deployment.retraining: retraining applies to a deployed model"), text.out());

        List<String> json = new ArrayList<>(List.of(args));
        json.addAll(List.of("--format", "json"));
        JsonNode whatIf = JSON.readTree(CliRunner.run(json.toArray(String[]::new)).out()).at("/summary/whatIf");
        assertEquals("mlops-engineer", whatIf.at("/roles/0/role").asText());
        assertEquals("1.5", whatIf.at("/roles/0/fteNeededChange").asText());
        assertEquals(6, whatIf.get("projectsCompared").asInt());

        List<String> markdown = new ArrayList<>(List.of(args));
        markdown.addAll(List.of("--format", "markdown"));
        assertTrue(CliRunner.run(markdown.toArray(String[]::new)).out().contains(
                "| MLOps Engineer | 6 → 6 | 3.5 → 5 | 2.3 → 3.8 | 1.5 more FTE needed (3.5 → 5); 1.5 more FTE unstaffed"));

        assertNull(JSON.readTree(CliRunner.run("portfolio", "samples/portfolio", "--format", "json").out())
                .at("/summary/whatIf").textValue(), "no what-if without --set");
        for (String set : List.of("team[Ana Ruiz].allocation=0.5", "id=x")) {
            CliRunner.Run refused = CliRunner.run("portfolio", "samples/portfolio", "--set", set);
            assertEquals(2, refused.exitCode());
            assertTrue(refused.err().contains("a portfolio changes every project alike"), refused.err());
        }
    }
}
