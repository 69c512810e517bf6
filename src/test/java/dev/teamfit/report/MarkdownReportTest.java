package dev.teamfit.report;

import dev.teamfit.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code portfolio --format markdown}: a report to paste, whose tables input text cannot break. */
class MarkdownReportTest {

    @Test
    void escapeMakesTableBreakingAndMarkupCharactersInert() {
        assertEquals("a \\| b", MarkdownReport.escape("a | b"));
        assertEquals("one<br>two<br>three", MarkdownReport.escape("one\ntwo\r\nthree"));
        assertEquals("\\`rm -rf\\`", MarkdownReport.escape("`rm -rf`"));
        assertEquals("\\# title", MarkdownReport.escape("# title"));
        assertEquals("&gt; quote", MarkdownReport.escape("> quote"));
        assertEquals("\\- item", MarkdownReport.escape("- item"));
        assertEquals("\\* item", MarkdownReport.escape("* item"));
        assertEquals("\\+ item", MarkdownReport.escape("+ item"));
        assertEquals("  \\# indented", MarkdownReport.escape("  # indented"));
        assertEquals("1\\. first", MarkdownReport.escape("1. first"));
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;", MarkdownReport.escape("<script>alert(1)</script> &amp;"));
        assertEquals("\\[link\\](http://x) \\_a\\_ \\~\\~s\\~\\~ \\\\", MarkdownReport.escape("[link](http://x) _a_ ~~s~~ \\"));
        assertEquals("a - b # c 1.25 2) x", MarkdownReport.escape("a - b # c 1.25 2) x"), "only at the start");
        assertEquals("Ana Ruiz (full, 0.6 FTE)", MarkdownReport.escape("Ana Ruiz (full, 0.6 FTE)"));
    }

    private static Path portfolio(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "id: a\nname: \"# Pipes | and `ticks` - and <b>more</b>\"\n"
                + "duration-months: 6\nproblem: {kind: analytics}\nreporting: {dashboards: true}\nteam:\n"
                + "  - name: \"Hana | Sato\"\n    roles: [data-analyst]\n"
                + "    skills: {sql: expert, data-analysis: proficient, tableau: proficient, communication: proficient}\n");
        Files.writeString(dir.resolve("b.yaml"), "id: b\nname: Plain\nduration-months: 6\n"
                + "problem: {kind: classification}\nteam:\n  - name: Bo Lind\n    roles: [data-scientist]\n"
                + "    allocation: 0.6\n    skills: {statistics: expert, python: proficient}\n");
        Files.writeString(dir.resolve("c.yaml"), "id: Bad Id\n");
        return dir;
    }

    @Test
    void theReportHasTheSummaryTablesThenOneSectionPerProjectThenErrors(@TempDir Path dir) throws IOException {
        CliRunner.Run run = CliRunner.run("portfolio", portfolio(dir).toString(), "--format", "markdown");
        assertEquals(2, run.exitCode(), run.err());
        String md = run.out();
        List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();
        assertEquals(List.of("# Portfolio assessment", "## Summary", "### Demand per role",
                "### Candidates for a shared team", "### People on several projects", "### Most at risk",
                "## \\# Pipes \\| and \\`ticks\\` - and &lt;b&gt;more&lt;/b&gt; (a)", "### Gaps",
                "## Plain (b)", "### Gaps", "## Errors"), headings);
        assertTrue(md.startsWith("# Portfolio assessment\n\n2 projects assessed, 1 input with errors · gaps: "), md);
        assertTrue(md.contains("""
                | Role | Projects requiring | Projects recommending | FTE needed | FTE staffed | FTE unstaffed | Projects uncovered |
                |---|---:|---:|---:|---:|---:|---:|
                | Data Analyst | 1 | 0 | 1 | 1 | 0 | 0 |
                | Data Scientist | 1 | 0 | 1 | 0.6 | 0.4 | 0 |
                | ML Project Manager | 2 | 0 | 1 | 0 | 1 | 2 |
                """), md);
        assertTrue(md.contains("\n### Candidates for a shared team\n\nRoles that 3 or more projects require and nobody "
                + "on their team staffs.\n\nNone.\n"), md);
        assertTrue(md.contains("""
                | Role | Priority | FTE needed | FTE staffed | Covered by |
                |---|---|---:|---:|---|
                | Data Analyst | required | 1 | 1 | Hana \\| Sato (full, 1 FTE) |
                | ML Project Manager | required | 0.5 | 0 | not covered |
                """), md);
        assertTrue(md.contains("\n1. **critical** MISSING_ROLE · ML Project Manager: No one on the team staffs the ML "
                + "Project Manager role (0.5 FTE needed).<br>\n   Suggestion: Hire a competent ML Project Manager "
                + "(proficient in Domain knowledge) at 0.5 FTE.\n"), md);
        List<String> errors = md.substring(md.indexOf("\n## Errors\n\n") + 12).lines().toList();
        assertEquals(3, errors.size(), "one bullet per problem of c.yaml: " + errors);
        assertTrue(errors.stream().allMatch(e -> e.startsWith("- " + dir.resolve("c.yaml") + ":1:")), errors.toString());
        assertTrue(errors.get(2).contains("id: 'Bad Id' is not a valid id. Use lower-case letters, digits, '.', '\\_'"),
                "problems are escaped too: " + errors.get(2));
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader(@TempDir Path dir) throws IOException {
        String md = CliRunner.run("portfolio", portfolio(dir).toString(), "samples/portfolio", "--format", "markdown")
                .out();
        int columns = -1;
        for (String line : md.lines().toList()) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = line.replace("\\\\", "").replace("\\|", "").split("\\|", -1).length - 2;
            if (columns < 0) {
                columns = cells;
            }
            assertEquals(columns, cells, line);
        }
        assertTrue(md.contains("| Ana Ruiz | 1.2 | 0.2 | 2027-01 to 2027-06 (1.2 FTE) | churn-uplift, fraud-alerts |"), md);
        assertTrue(md.contains("| 3 | Supplier risk scoring (supplier-risk) | 13 | medium | 3 | 3 | 2 | 2 |"), md);
        assertTrue(md.contains("| Data Engineer | 6 | 6 |"), "shared-team candidates: " + md);
    }
}
