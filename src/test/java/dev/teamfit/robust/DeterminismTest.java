package dev.teamfit.robust;

import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Project;
import dev.teamfit.report.JsonReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The same input gives the same bytes (SPEC §5): twice in a row, and in a portfolio of generated
 * projects at one thread and at four.
 */
@Timeout(300)
class DeterminismTest {

    private static final long SEED = 20261127L;

    @TempDir
    static Path dir;
    static Path folder;
    static List<Draft> drafts;

    /**
     * A portfolio folder of generated projects: YAML and JSON files in two sub-folders and a JSON
     * Lines file. Member names repeat across projects, so some people are overallocated.
     */
    @BeforeAll
    static void writePortfolio() throws Exception {
        ProjectWriter writer = new ProjectWriter(RuleBase.bundled().catalog());
        drafts = new ValidProjects(SEED).next(60);
        Random random = new Random(SEED);
        folder = dir.resolve("portfolio");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < drafts.size(); i++) {
            Project p = drafts.get(i).build();
            if (i % 6 == 5) {
                lines.append(writer.write(p, TreeReader.Syntax.JSON,
                        new ProjectWriter.Style(random.nextBoolean(), true, true, true, false, true), random)).append('\n');
                continue;
            }
            TreeReader.Syntax syntax = i % 2 == 0 ? TreeReader.Syntax.YAML : TreeReader.Syntax.JSON;
            Path file = folder.resolve(i % 3 == 0 ? "a" : "b").resolve(p.id() + (syntax == TreeReader.Syntax.JSON ? ".json" : ".yaml"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, writer.write(p, syntax, ProjectWriter.Style.random(random), random));
        }
        Files.writeString(folder.resolve("lines.jsonl"), lines);
    }

    @Test
    void assessingTheSameProjectTwiceGivesTheSameBytes() throws Exception {
        RuleBase base = RuleBase.bundled();
        JsonReport json = new JsonReport(base.catalog());
        for (Draft d : drafts) {
            Project p = d.build();
            assertEquals(json.render(base.assess(p, List.of())), json.render(base.assess(p, List.of())), p.id());
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith("ml") || f.toString().endsWith(".json")).limit(10).toList()) {
                for (String format : List.of("json", "text")) {
                    CliRunner.Run one = CliRunner.run("assess", file.toString(), "--format", format);
                    CliRunner.Run two = CliRunner.run("assess", file.toString(), "--format", format);
                    assertEquals(0, one.exitCode(), one.err());
                    assertEquals(one.out(), two.out(), file + " " + format);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl", "csv", "text", "markdown"})
    void aPortfolioGivesTheSameBytesAtOneThreadAndAtFour(String format) throws IOException {
        CliRunner.Run one = CliRunner.run("portfolio", folder.toString(), "--format", format, "--threads", "1");
        CliRunner.Run four = CliRunner.run("portfolio", folder.toString(), "--format", format, "--threads", "4");
        assertEquals(0, one.exitCode(), () -> one.err() + one.out().lines().filter(l -> l.contains("error"))
                .collect(java.util.stream.Collectors.joining("\n")));
        assertFalse(one.out().isEmpty());
        assertEquals(one.exitCode(), four.exitCode());
        assertEquals(one.out(), four.out(), "--threads 1 and --threads 4 differ in " + format);
        assertEquals(one.err(), four.err());
    }
}
