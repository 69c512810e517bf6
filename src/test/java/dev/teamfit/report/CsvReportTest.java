package dev.teamfit.report;

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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code portfolio --format csv}: RFC 4180, one row per gap, and no formulas from project files. */
class CsvReportTest {

    private static final String HEADER = "project,type,severity,role,member,skill,have,need,message,suggestion";

    /** A strict RFC 4180 reader: records end with CRLF; a bare CR or LF outside quotes is an error. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    fail("a quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
                continue;
            } else if (c == '\r' || c == '\n') {
                fail("a bare line break outside quotes at " + i + ": " + csv.substring(Math.max(0, i - 40), i));
            } else {
                field.append(c);
            }
            i++;
        }
        assertFalse(quoted, "unterminated quote");
        assertTrue(record.isEmpty() && field.length() == 0, "the last record must end with CRLF");
        return records;
    }

    private static String member(String name, String role) {
        return "  - name: \"" + name + "\"\n    roles: [" + role + "]\n";
    }

    /** An analytics project whose members all declare a role it does not need: one UNNEEDED_ROLE row each. */
    private static Path hostile(Path dir) throws IOException {
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, "id: hostile\nname: \"Fraud, \\\"big\\\" project\"\nproblem: {kind: analytics}\n"
                + "team:\n" + member("=1+2", "ml-researcher") + member("+SUM(A1)", "ml-researcher")
                + member("-2+3", "ml-researcher") + member("@cmd", "ml-researcher")
                + member("Ruiz, \\\"Ana\\\"", "ml-researcher"));
        return file;
    }

    @Test
    void headerComesFirstAndEveryLineEndsWithCrLf() {
        String csv = CliRunner.run("portfolio", "samples/portfolio", "--format", "csv").out();
        assertTrue(csv.startsWith(HEADER + "\r\n"), csv);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(csv.split("\n", -1).length, csv.split("\r\n", -1).length, "every LF is part of a CRLF");
        List<List<String>> records = parse(csv);
        assertTrue(records.stream().allMatch(r -> r.size() == 10), "ten fields in every record");
    }

    @Test
    void oneRowPerGapAndNoRowForAProjectWithoutGaps() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("portfolio", "samples/portfolio", "--format", "json")
                .out());
        List<String> expected = new ArrayList<>();
        for (JsonNode project : json.get("projects")) {
            for (JsonNode gap : project.get("gaps")) {
                expected.add(project.at("/project/id").asText() + " " + gap.get("type").asText() + " "
                        + gap.get("severity").asText() + " " + gap.get("role").asText() + " "
                        + gap.get("member").asText() + " " + gap.get("message").asText());
            }
        }
        List<List<String>> records = parse(CliRunner.run("portfolio", "samples/portfolio", "--format", "csv").out());
        List<String> rows = records.subList(1, records.size()).stream()
                .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + (r.get(3).isEmpty() ? "null" : r.get(3))
                        + " " + (r.get(4).isEmpty() ? "null" : r.get(4)) + " " + r.get(8))
                .toList();
        assertEquals(expected, rows);
        // supplier-esg has no team, so no gaps: it is in the JSON but has no CSV row.
        assertTrue(json.toString().contains("\"id\":\"supplier-esg\""));
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("supplier-esg ")));
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised(@TempDir Path dir) throws IOException {
        String csv = CliRunner.run("portfolio", hostile(dir).toString(), "--format", "csv").out();
        List<String> lines = List.of(csv.split("\r\n"));
        assertTrue(lines.contains("hostile,UNNEEDED_ROLE,minor,ml-researcher,'=1+2,,,,\"'=1+2 declares the ML Researcher "
                + "role, which this project does not need.\",Check whether =1+2 is needed as ML Researcher here; their "
                + "time may be better spent on a needed role."), csv);
        List<List<String>> records = parse(csv);
        List<String> members = records.stream().map(r -> r.get(4)).filter(m -> !m.isEmpty()).toList();
        assertEquals(List.of("member", "'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "Ruiz, \"Ana\""), members);
        for (List<String> record : records) {
            for (String cell : record) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula: " + cell);
            }
        }
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted(@TempDir Path dir) throws IOException {
        String csv = CliRunner.run("portfolio", hostile(dir).toString(), "--format", "csv").out();
        assertTrue(csv.contains("\r\nhostile,UNNEEDED_ROLE,minor,ml-researcher,\"Ruiz, \"\"Ana\"\"\",,,,"
                + "\"Ruiz, \"\"Ana\"\" declares the ML Researcher role, which this project does not need.\","
                + "\"Check whether Ruiz, \"\"Ana\"\" is needed as ML Researcher here; their time may be "
                + "better spent on a needed role.\"\r\n"), csv);
        // Project files cannot hold line breaks in names (they are refused), but a cell that has one is quoted.
        assertEquals("\"two\nlines\"", CsvReport.cell("two\nlines"));
        assertEquals("\"two\r\nlines\"", CsvReport.cell("two\r\nlines"));
        assertEquals(8, parse(csv).size(), "header, 2 missing roles, 5 unneeded roles");
    }

    @Test
    void anInvalidInputIsOneRowWithItsSourceAndItsProblems(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad, \"q\".yaml");
        Files.writeString(bad, "id: Bad Id\nname: x\nproblem: {kind: magic}\n");
        Path lines = dir.resolve("all.jsonl");
        Files.writeString(lines, "{\"id\": \"ok\", \"name\": \"OK\", \"problem\": {\"kind\": \"analytics\"}}\n{oops\n");
        String missing = "=HYPERLINK(\"x\"),1.yaml";
        CliRunner.Run run = CliRunner.run("portfolio", bad.toString(), lines.toString(), missing, "--format", "csv");
        assertEquals(2, run.exitCode(), run.err());
        List<List<String>> invalid = parse(run.out()).stream().filter(r -> r.get(1).equals("INVALID_INPUT")).toList();
        assertEquals(3, invalid.size(), run.out());

        JsonNode json = new ObjectMapper().readTree(CliRunner.run("portfolio", bad.toString(), "--format", "json").out());
        List<String> problems = new ArrayList<>();
        json.at("/errors/0/problems").forEach(p -> problems.add(p.asText()));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(List.of(bad.toString(), "INVALID_INPUT", "", "", "", "", "", "", String.join(" | ", problems), ""),
                invalid.get(0));
        assertEquals(lines + ":2", invalid.get(1).get(0));
        assertTrue(invalid.get(1).get(8).startsWith(lines + ":2:"), invalid.get(1).get(8));
        assertEquals(List.of("'" + missing, "INVALID_INPUT", "", "", "", "", "", "", "'" + missing
                + ": no such file or folder.", ""), invalid.get(2));
        assertTrue(run.out().contains("\"'=HYPERLINK(\"\"x\"\"),1.yaml\",INVALID_INPUT,"), run.out());
    }

    @Test
    void cellNeutralisesEveryOwaspPrefixAndQuotesOnlyWhenNeeded() {
        assertEquals("'=1", CsvReport.cell("=1"));
        assertEquals("'+1", CsvReport.cell("+1"));
        assertEquals("'-1", CsvReport.cell("-1"));
        assertEquals("'@x", CsvReport.cell("@x"));
        assertEquals("'\tx", CsvReport.cell("\tx"));
        assertEquals("\"'\rx\"", CsvReport.cell("\rx"));
        assertEquals("a-b=c", CsvReport.cell("a-b=c"), "only the first character matters");
        assertEquals("\"a,b\"", CsvReport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.cell("say \"hi\""));
        assertEquals("\"a\nb\"", CsvReport.cell("a\nb"));
        assertEquals("plain text", CsvReport.cell("plain text"));
        assertEquals("", CsvReport.cell(null));
    }
}
