package dev.teamfit.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code teamfit portfolio} through the real CLI: every input accounted for, determinism, exit codes, output. */
class PortfolioCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLES = "samples/portfolio";

    /** A valid analytics project with one data analyst of its own. */
    static String project(String id, String member, double allocation) {
        return "id: " + id + "\nname: Project " + id + "\nproblem: {kind: analytics}\nreporting: {dashboards: true}\n"
                + "team:\n  - name: \"" + member + "\"\n    roles: [data-analyst]\n    allocation: " + allocation + "\n"
                + "    skills: {sql: expert, data-analysis: proficient, tableau: proficient, communication: proficient}\n";
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /**
     * A folder mixing good YAML and JSON files, a broken file, a duplicate id, and a JSON Lines file with
     * a good line, a blank line, a bad line and another good line. Outcomes, in order: a, b, broken,
     * dup, c, mixed.jsonl:3, d.
     */
    static Path mixedFolder(Path dir) throws IOException {
        Path in = dir.resolve("in");
        write(in, "a.yaml", project("a", "Ann A", 1));
        write(in, "b.json", "{\"id\": \"b\", \"name\": \"Project b\", \"problem\": {\"kind\": \"analytics\"}}\n");
        write(in, "broken.yaml", "id: broken\nname: [unclosed\n");
        write(in, "dup.yaml", project("a", "Dee D", 1));
        write(in, "mixed.jsonl", "{\"id\": \"c\", \"name\": \"Project c\", \"problem\": {\"kind\": \"analytics\"}}\n"
                + "   \n"
                + "{\"id\": \"x\", \"name\": \n"
                + "{\"id\": \"d\", \"name\": \"Project d\", \"problem\": {\"kind\": \"regression\"}}\n");
        return in;
    }

    @Test
    void everyInputAppearsExactlyOnceInJson(@TempDir Path dir) throws IOException {
        Path in = mixedFolder(dir);
        Path missing = dir.resolve("missing.yaml");
        CliRunner.Run run = CliRunner.run("portfolio", in.toString(), missing.toString(), "--format", "json",
                "--threads", "3");
        assertEquals(2, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());

        List<String> ids = new ArrayList<>();
        root.get("projects").forEach(p -> ids.add(p.at("/project/id").asText()));
        assertEquals(List.of("a", "b", "c", "d"), ids);
        List<String> errors = new ArrayList<>();
        root.get("errors").forEach(e -> errors.add(e.get("file").asText() + "@" + e.get("line").asText()));
        assertEquals(List.of(in.resolve("broken.yaml") + "@null", in.resolve("dup.yaml") + "@null",
                in.resolve("mixed.jsonl") + "@3", missing + "@null"), errors);

        JsonNode dup = root.get("errors").get(1);
        assertEquals(in.resolve("dup.yaml") + ": duplicate project id 'a'; " + in.resolve("a.yaml")
                + " has it too. Project ids must be unique in a portfolio.", dup.get("message").asText());
        assertTrue(root.get("errors").get(2).get("message").asText().startsWith(in.resolve("mixed.jsonl") + ":3:"),
                root.get("errors").get(2).toString());
        assertEquals(missing + ": no such file or folder.", root.get("errors").get(3).get("message").asText());

        JsonNode summary = root.get("summary");
        assertEquals(8, summary.get("inputs").asInt());
        assertEquals(4, summary.get("projects").asInt());
        assertEquals(4, summary.get("errors").asInt());
    }

    @Test
    void everyInputAppearsExactlyOnceInJsonLinesInInputOrderThenTheSummary(@TempDir Path dir) throws IOException {
        Path in = mixedFolder(dir);
        Path missing = dir.resolve("missing.yaml");
        CliRunner.Run run = CliRunner.run("portfolio", in.toString(), missing.toString(), "--format", "jsonl",
                "--threads", "3");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("\n"));
        List<String> seen = new ArrayList<>();
        for (String line : run.out().split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            assertEquals("1", node.get("teamfit").asText(), line);
            if (node.has("project")) {
                seen.add(node.at("/project/id").asText());
            } else if (node.has("error")) {
                JsonNode error = node.get("error");
                Path file = Path.of(error.get("file").asText());
                seen.add("error " + in.relativize(file) + (error.get("line").isNull() ? "" : ":" + error.get("line")));
            } else {
                seen.add("summary " + node.at("/summary/inputs").asInt());
            }
        }
        assertEquals(List.of("a", "b", "error broken.yaml", "error dup.yaml", "c", "error mixed.jsonl:3", "d",
                "error ../missing.yaml", "summary 8"), seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "jsonl", "markdown", "csv"})
    void outputIsByteIdenticalAtAnyThreadCount(String format, @TempDir Path dir) throws IOException {
        CliRunner.Run one = CliRunner.run("portfolio", SAMPLES, "--format", format, "--threads", "1");
        CliRunner.Run four = CliRunner.run("portfolio", SAMPLES, "--format", format, "--threads", "4");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, four.exitCode(), four.err());
        assertTrue(one.out().contains("fraud-alerts"), one.out());
        assertEquals(one.out(), four.out());

        Path in = mixedFolder(dir);
        CliRunner.Run mixedOne = CliRunner.run("portfolio", in.toString(), "--format", format, "--threads", "1");
        CliRunner.Run mixedFour = CliRunner.run("portfolio", in.toString(), "--format", format, "--threads", "4");
        assertEquals(2, mixedOne.exitCode());
        assertEquals(mixedOne.out(), mixedFour.out());
    }

    private static JsonNode overallocationPortfolio(Path dir, double allocation) throws IOException {
        write(dir, "p1.yaml", project("p1", "Ana Ruiz", allocation));
        write(dir, "p2.yaml", project("p2", "  ANA   ruiz ", allocation));
        write(dir, "p3.yaml", project("p3", "Ana Ruize", 1));
        CliRunner.Run run = CliRunner.run("portfolio", dir.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static List<String> overallocations(JsonNode project) {
        List<String> found = new ArrayList<>();
        for (JsonNode gap : project.get("gaps")) {
            if (gap.get("type").asText().equals("OVERALLOCATED")) {
                found.add(gap.get("member").asText() + ": " + gap.get("message").asText());
            }
        }
        return found;
    }

    @Test
    void aMemberOverOneFteAcrossProjectsIsOverallocatedInEachNamingTheOther(@TempDir Path dir) throws IOException {
        JsonNode root = overallocationPortfolio(dir, 0.6);
        JsonNode projects = root.get("projects");
        assertEquals(List.of("Ana Ruiz: Ana Ruiz is allocated 1.2 FTE in all, here and in p2."),
                overallocations(projects.get(0)));
        assertEquals(List.of("ANA   ruiz: ANA   ruiz is allocated 1.2 FTE in all, here and in p1."),
                overallocations(projects.get(1)));
        assertEquals(List.of(), overallocations(projects.get(2)), "Ana Ruize is someone else");
        JsonNode over = root.at("/summary/overallocated");
        assertEquals(1, over.size(), over.toString());
        assertEquals("Ana Ruiz", over.get(0).get("member").asText());
        assertEquals("1.2", over.get(0).get("allocation").asText());
        assertEquals("0.2", over.get(0).get("over").asText());
        JsonNode people = root.at("/summary/people");
        assertEquals(1, people.size(), people.toString());
        assertEquals("[\"p1\",\"p2\"]", people.get(0).get("projects").toString());
    }

    @Test
    void aMemberAtExactlyOneFteAcrossProjectsIsNotOverallocated(@TempDir Path dir) throws IOException {
        JsonNode root = overallocationPortfolio(dir, 0.5);
        for (JsonNode project : root.get("projects")) {
            assertEquals(List.of(), overallocations(project), project.at("/project/id").asText());
        }
        assertEquals(0, root.at("/summary/overallocated").size());
    }

    @Test
    void failOnExitsThreeWhenAGapMeetsItAndTwoWhenAnyInputIsInvalid(@TempDir Path dir) throws IOException {
        Path minorOnly = dir.resolve("minor-only");
        // One data analyst covers the only required role; the recommended project manager is missing (minor).
        write(minorOnly, "m.yaml", project("m", "Hana Sato", 1));
        CliRunner.Run minor = CliRunner.run("portfolio", minorOnly.toString(), "--fail-on", "minor");
        assertEquals(3, minor.exitCode(), minor.err() + minor.out());
        assertTrue(minor.out().contains("\nProjects\n  m "), "the report is still printed: " + minor.out());
        assertEquals(0, CliRunner.run("portfolio", minorOnly.toString(), "--fail-on", "major").exitCode());
        assertEquals(0, CliRunner.run("portfolio", minorOnly.toString()).exitCode());

        Path broken = write(dir, "broken.yaml", "id: broken\n");
        CliRunner.Run both = CliRunner.run("portfolio", minorOnly.toString(), broken.toString(), "--fail-on", "minor");
        assertEquals(2, both.exitCode(), both.err());
        assertTrue(both.out().contains("\nErrors\n  " + broken + ":"), both.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "jsonl", "markdown", "csv"})
    void outputWritesTheFileAndNothingToStdout(String format, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.out");
        CliRunner.Run run = CliRunner.run("portfolio", SAMPLES, "--format", format, "--output", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String written = Files.readString(file);
        assertEquals(CliRunner.run("portfolio", SAMPLES, "--format", format).out(), written);
        assertTrue(written.contains("supplier-risk"), written);
    }

    @Test
    void aJsonLinesProblemWithoutALocationStillNamesTheLine(@TempDir Path dir) throws IOException {
        // A line holding only a byte order mark decodes to nothing: "the file is empty", a problem with no location.
        Path file = write(dir, "all.jsonl", "{\"id\": \"c\", \"name\": \"C\", \"problem\": {\"kind\": \"analytics\"}}\n"
                + "\uFEFF\n");
        CliRunner.Run run = CliRunner.run("portfolio", file.toString(), "--format", "json");
        JsonNode error = JSON.readTree(run.out()).get("errors").get(0);
        assertEquals(2, error.get("line").asInt());
        assertTrue(error.get("problems").get(0).asText().startsWith(file + ":2:"), error.toString());
    }

    /**
     * A portfolio writes its JSON as UTF-8 bytes, assess as text: a character outside the Basic
     * Multilingual Plane (a surrogate pair in Java) is the same 4-byte sequence in both, and a pair
     * spelled as JSON escapes reads as the character itself.
     */
    @Test
    void charactersBeyondTheBasicPlaneComeOutAsInAssess(@TempDir Path dir) throws IOException {
        write(dir, "e.yaml", project("e", "Zoë \uD83D\uDE00 Émile", 1).replace("name: Project e", "name: \"Rocket \uD83D\uDE80\""));
        write(dir, "f.json", "{\"id\": \"f\", \"name\": \"Escaped \\ud83d\\ude80\", \"problem\": {\"kind\": \"analytics\"}}\n");
        CliRunner.Run assessE = CliRunner.run("assess", dir.resolve("e.yaml").toString(), "--format", "json");
        CliRunner.Run portfolio = CliRunner.run("portfolio", dir.toString(), "--format", "jsonl", "--explain");
        assertEquals(0, portfolio.exitCode(), portfolio.err());
        List<String> lines = portfolio.out().lines().toList();
        JsonNode e = JSON.readTree(lines.get(0));
        assertEquals("Rocket \uD83D\uDE80", e.at("/project/name").asText());
        assertEquals("Zoë \uD83D\uDE00 Émile", e.at("/roles/0/coverage/0/member").asText(), lines.get(0));
        assertEquals(JSON.readTree(assessE.out()), e);
        assertTrue(lines.get(0).contains("Rocket \uD83D\uDE80"), "written as the character, not as escapes");
        assertEquals("Escaped \uD83D\uDE80", JSON.readTree(lines.get(1)).at("/project/name").asText());
    }

    @Test
    void anEmptyJsonLinesFileIsReportedAsAnError(@TempDir Path dir) throws IOException {
        Path file = write(dir, "empty.jsonl", "\n\n");
        CliRunner.Run run = CliRunner.run("portfolio", file.toString(), "--format", "json");
        assertEquals(2, run.exitCode());
        JsonNode errors = JSON.readTree(run.out()).get("errors");
        assertEquals(1, errors.size(), run.out());
        assertEquals(file.toString(), errors.get(0).get("file").asText());
    }

    @Test
    void namesThatDifferOnlyInSpacingAreOneMemberWithinAProject(@TempDir Path dir) throws IOException {
        String text = project("s", "Ana Ruiz", 0.6) + "  - name: \"ana  ruiz\"\n    roles: [data-analyst]\n"
                + "    allocation: 0.6\n";
        write(dir, "s.yaml", text);
        CliRunner.Run run = CliRunner.run("portfolio", dir.toString(), "--format", "json");
        assertEquals(2, run.exitCode(), run.out());
        String message = JSON.readTree(run.out()).at("/errors/0/message").asText();
        assertTrue(message.contains("team[1].name") && message.contains("Member names must be unique"), message);
        assertFalse(run.out().contains("asked to cover 0 required roles"), run.out());
    }
}
