package dev.teamfit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code teamfit plan} through the real CLI: every format, the pool's validation, {@code --from}, planning without
 * a pool, and the same bytes for the same inputs and seed. The portfolio sample's plan is checked for what a PM
 * needs of it: nobody over their availability, fewer hires than missing roles, every item explained.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;

    private Path projects;
    private Path pool;

    @BeforeAll
    void fixtures(@TempDir Path folder) throws IOException {
        dir = folder;
        projects = dir.resolve("projects");
        Files.createDirectories(projects);
        Files.copy(Path.of("samples/portfolio/churn-uplift.yaml"), projects.resolve("churn-uplift.yaml"));
        Files.copy(Path.of("samples/portfolio/exec-dashboards.yaml"), projects.resolve("exec-dashboards.yaml"));
        pool = dir.resolve("people.yaml");
        Files.writeString(pool, """
                people:
                  - name: ana ruiz
                    roles: [data-scientist]
                    skills: {statistics: expert, python: proficient}
                  - name: Lena Vogel
                    roles: [mlops-engineer, ml-engineer]
                    availability: 0.5
                    skills: {ci-cd: proficient, kubernetes: competent}
                  - name: Jin Park
                    roles: [data-engineer]
                    available-from: 2027-02
                    skills: {spark: competent, sql: expert, etl: proficient}
                """);
    }

    private CliRunner.Run plan(String... options) {
        List<String> args = new ArrayList<>(List.of("plan", projects.toString(), "--people", pool.toString(),
                "--from", "2027-01"));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void everyFormatWorksAndTellsTheSamePlan() throws IOException {
        CliRunner.Run json = plan("--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode doc = JSON.readTree(json.out());
        for (String key : List.of("assignments", "hires", "training", "unmet", "load", "score")) {
            assertTrue(doc.has(key), key);
        }
        JsonNode first = doc.get("assignments").get(0);
        for (String key : List.of("project", "person", "role", "fte", "from", "until", "via", "rules")) {
            assertTrue(first.has(key), key + " in " + first);
        }
        assertTrue(first.get("from").asText().matches("\\d{4}-\\d{2}"), first.toString());

        CliRunner.Run text = plan();
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("Staffing plan: 2 projects, 2027-01 to 2027-06, a pool of "), text.out());
        assertTrue(text.out().contains("teamfit's estimates"), "the text says FTEs are estimates");
        assertTrue(text.out().contains("Hiring list (" + doc.get("hires").size() + ", in date order)"), text.out());

        CliRunner.Run csv = plan("--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] rows = csv.out().split("\r\n");
        assertEquals("type,project,person,role,fte,from,until,via,kind,skills,rules", rows[0]);
        assertEquals(doc.get("assignments").size() + doc.get("hires").size(), rows.length - 1,
                "one CSV row per assignment and per hire");
        CliRunner.Run bom = plan("--format", "csv", "--csv-bom");
        assertEquals("\uFEFF" + csv.out(), bom.out());

        CliRunner.Run markdown = plan("--format", "markdown");
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().startsWith("# Staffing plan, 2027-01 to 2027-06\n"), markdown.out());
        assertTrue(markdown.out().contains("## Hiring list"));

        Path html = dir.resolve("plan.html");
        CliRunner.Run page = plan("--output", html.toString());
        assertEquals(0, page.exitCode(), page.err());
        assertEquals("", page.out());
        String written = Files.readString(html);
        assertTrue(written.startsWith("<!DOCTYPE html>"), "--output plan.html writes HTML");
        assertTrue(written.contains("<th scope=\"row\">"), "the heat map's rows have headers");
        assertTrue(written.contains("id=\"demand\""), "the demand chart is there");
    }

    @Test
    void theSameInputsAndSeedGiveTheSameBytes() {
        CliRunner.Run once = plan("--format", "json", "--seed", "7");
        CliRunner.Run again = plan("--format", "json", "--seed", "7");
        assertEquals(0, once.exitCode(), once.err());
        assertEquals(once.out(), again.out());
        CliRunner.Run text = plan("--seed", "7");
        assertEquals(text.out(), plan("--seed", "7").out());
        assertEquals("", once.err(), "nothing on stderr when it is not a terminal");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a wrong key | '  - name: Ana\n    roles: [data-scientist]\n    skils: {python: expert}\n' "
                    + "| :3:5: people[0].skils: unknown key; did you mean 'skills'?",
            "a bad level | '  - name: Ana\n    roles: [data-scientist]\n    skills: {python: guru}\n' "
                    + "| :3:22: people[0].skills.python: 'guru' is not a level.",
            "a bad month | '  - name: Ana\n    roles: [data-scientist]\n    available-from: 2027-13\n' "
                    + "| :3:21: people[0].available-from: expected a month as YYYY-MM",
            "an unknown role | '  - name: Ana\n    roles: [data-wizard]\n' "
                    + "| :2:13: people[0].roles[0]: 'data-wizard' is not a role."})
    void aBadPoolFileIsOneClearErrorAndNothingOnStdout(String what, String person, String message) throws IOException {
        Path bad = dir.resolve("bad-" + what.replace(' ', '-') + ".yaml");
        Files.writeString(bad, person.replace("\\n", "\n"));
        CliRunner.Run run = CliRunner.run("plan", projects.toString(), "--people", bad.toString(), "--from", "2027-01");
        assertEquals(2, run.exitCode(), what);
        assertEquals("", run.out(), "nothing on stdout");
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("teamfit: error: " + bad + message), run.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRunner.Run from = CliRunner.run("plan", projects.toString(), "--from", "2027-1");
        assertEquals(2, from.exitCode());
        assertEquals("teamfit: error: --from 2027-1: not a month. Give it as YYYY-MM, such as 2027-01.\n", from.err());
        CliRunner.Run limit = plan("--time-limit", "soon");
        assertEquals(2, limit.exitCode());
        assertTrue(limit.err().startsWith("teamfit: error: --time-limit soon: not a duration."), limit.err());
        CliRunner.Run missing = CliRunner.run("plan", projects.toString(), "--people", "no-such.yaml");
        assertEquals(2, missing.exitCode());
        assertEquals("teamfit: error: --people no-such.yaml: no such file.\n", missing.err());
    }

    @Test
    void fromSetsTheFirstMonthOfProjectsWithoutAStartAndCutsEarlierMonths() throws IOException {
        Path folder = dir.resolve("from");
        Files.createDirectories(folder);
        String churn = Files.readString(Path.of("samples/portfolio/churn-uplift.yaml"));
        Files.writeString(folder.resolve("no-start.yaml"), churn.replaceFirst("(?m)^start: .*\n", "")
                .replaceFirst("(?m)^id: .*$", "id: no-start"));
        Files.writeString(folder.resolve("started.yaml"), churn.replaceFirst("(?m)^id: .*$", "id: started"));
        CliRunner.Run run = CliRunner.run("plan", folder.toString(), "--from", "2027-03", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        Map<String, JsonNode> byId = new HashMap<>();
        doc.get("projects").forEach(p -> byId.put(p.get("id").asText(), p));
        assertEquals("2027-03", byId.get("no-start").get("from").asText());
        assertEquals("2027-08", byId.get("no-start").get("until").asText(), "six months from --from");
        assertEquals("2027-03", byId.get("started").get("from").asText(), "months before --from are not planned");
        assertEquals("2027-06", byId.get("started").get("until").asText());
        for (JsonNode a : doc.get("assignments")) {
            assertFalse(YearMonth.parse(a.get("from").asText()).isBefore(YearMonth.of(2027, 3)), a.toString());
        }
    }

    @Test
    void withoutAPoolTheTeamsAreThePool() throws IOException {
        CliRunner.Run run = CliRunner.run("plan", projects.toString(), "--from", "2027-01", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals("teams", doc.get("pool").asText());
        Set<String> members = new HashSet<>();
        doc.get("projects").forEach(p -> p.get("team").forEach(m -> members.add(m.get("name").asText())));
        for (JsonNode a : doc.get("assignments")) {
            String person = a.get("person").asText();
            assertTrue(members.contains(person) || person.startsWith("hire-"), person + " is a member or a hire");
            assertEquals(person.startsWith("hire-") ? "hire" : "planned", a.get("kind").asText(), "without a pool nothing is booked: the plan re-balances the teams");
        }
    }

    /** The Quick start's plan: what a PM would accept of it. */
    @Test
    void thePortfolioSamplesPlanHoldsWhatAPmNeeds() throws IOException {
        CliRunner.Run run = CliRunner.run("plan", "samples/portfolio", "--people", "samples/people.yaml", "--from",
                "2027-01", "--format", "json", "--explain");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertTrue(doc.get("score").get("feasible").asBoolean());

        Map<String, Double> availability = availability(Path.of("samples/people.yaml"));
        Map<String, Double> load = new HashMap<>();
        for (JsonNode l : doc.get("load")) {
            load.merge(l.get("person").asText() + " " + l.get("month").asText(), l.get("fte").asDouble(), Double::sum);
        }
        load.forEach((key, fte) -> {
            String person = key.substring(0, key.lastIndexOf(' '));
            double available = availability.getOrDefault(person, 1.0);
            assertTrue(fte <= available + 1e-9, key + " works " + fte + " of " + available);
        });
        // The same, counted from the assignments themselves.
        Map<String, Double> assigned = new HashMap<>();
        for (JsonNode a : doc.get("assignments")) {
            if (a.get("kind").asText().equals("hire")) {
                continue;
            }
            for (YearMonth m = YearMonth.parse(a.get("from").asText()); !m.isAfter(YearMonth.parse(a.get("until").asText()));
                 m = m.plusMonths(1)) {
                assigned.merge(a.get("person").asText() + " " + m, a.get("fte").asDouble(), Double::sum);
            }
        }
        assigned.forEach((key, fte) -> assertTrue(fte <= availability.getOrDefault(key.substring(0,
                key.lastIndexOf(' ')), 1.0) + 1e-9, key + " is assigned " + fte));

        CliRunner.Run portfolio = CliRunner.run("portfolio", "samples/portfolio", "--format", "json");
        int missing = 0;
        for (JsonNode p : JSON.readTree(portfolio.out()).get("projects")) {
            for (JsonNode gap : p.get("gaps")) {
                if (gap.get("type").asText().equals("MISSING_ROLE") && gap.get("severity").asText().equals("critical")) {
                    missing++;
                }
            }
        }
        int hires = doc.get("hires").size();
        assertTrue(hires > 0 && hires < missing, hires + " hires for " + missing + " missing required roles");

        for (String list : List.of("assignments", "hires", "training", "unmet")) {
            for (JsonNode item : doc.get(list)) {
                assertTrue(item.get("reasons").size() > 0 && item.get("rules").size() > 0, list + ": " + item);
                for (JsonNode reason : item.get("reasons")) {
                    assertTrue(reason.get("rule").asText().startsWith("PLAN-"), reason.toString());
                    assertFalse(reason.get("facts").isEmpty(), reason.toString());
                }
            }
        }
    }

    private static Map<String, Double> availability(Path file) throws IOException {
        JsonNode people = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(file.toFile()).get("people");
        Map<String, Double> availability = new HashMap<>();
        people.forEach(p -> availability.put(p.get("name").asText(),
                p.has("availability") ? p.get("availability").asDouble() : 1.0));
        return availability;
    }
}
