package dev.teamfit.robust;

import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Project;
import dev.teamfit.report.JsonReport;
import dev.teamfit.report.TextReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The same input gives the same bytes (SPEC §5): twice in a row, and in a portfolio of generated
 * projects at one thread and at four.
 */
class DeterminismTest {

    static final String SEED = "20261127";

    @Provide
    Arbitrary<Project> projects() {
        return ProjectArbitraries.projects();
    }

    @Provide
    Arbitrary<List<Project>> portfolios() {
        return ProjectArbitraries.portfolios(20, 50);
    }

    @Property(tries = 100, seed = SEED)
    void assessingTheSameProjectTwiceGivesTheSameBytes(@ForAll("projects") Project p) throws Exception {
        RuleBase base = ProjectArbitraries.rules();
        JsonReport json = new JsonReport(base.catalog(), false, false);
        TextReport text = new TextReport(base.catalog(), true);
        assertEquals(json.assessment(base.assess(p, List.of())), json.assessment(base.assess(p, List.of())));
        assertEquals(text.assessment(base.assess(p, List.of())), text.assessment(base.assess(p, List.of())));
    }

    @Property(tries = 10, seed = SEED)
    void assessingTheSameFileTwiceThroughTheCliGivesTheSameBytes(@ForAll("projects") Project p,
                                                                 @ForAll TreeReader.Syntax syntax) throws IOException {
        Path dir = Files.createTempDirectory("teamfit-determinism");
        try {
            Path file = dir.resolve(p.id() + (syntax == TreeReader.Syntax.JSON ? ".json" : ".yaml"));
            Files.writeString(file, new ProjectWriter(ProjectArbitraries.catalog()).write(p, syntax));
            for (String format : List.of("json", "text")) {
                CliRunner.Run one = CliRunner.run("assess", file.toString(), "--format", format);
                CliRunner.Run two = CliRunner.run("assess", file.toString(), "--format", format);
                assertEquals(0, one.exitCode(), one.err());
                assertEquals(one.out(), two.out(), format);
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * A portfolio folder of generated projects: YAML and JSON files in two sub-folders and a JSON
     * Lines file. Member names repeat across projects, so some people are overallocated.
     */
    @Property(tries = 4, seed = SEED)
    void aPortfolioGivesTheSameBytesAtOneThreadAndAtFour(@ForAll("portfolios") List<Project> projects,
                                                         @ForAll Random random) throws IOException {
        ProjectWriter writer = new ProjectWriter(ProjectArbitraries.catalog());
        Path folder = Files.createTempDirectory("teamfit-portfolio");
        try {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                if (i % 6 == 5) {
                    lines.append(writer.write(p, TreeReader.Syntax.JSON,
                            new ProjectWriter.Style(random.nextBoolean(), true, true, true, false, true), random))
                            .append('\n');
                    continue;
                }
                TreeReader.Syntax syntax = i % 2 == 0 ? TreeReader.Syntax.YAML : TreeReader.Syntax.JSON;
                Path file = folder.resolve(i % 3 == 0 ? "a" : "b")
                        .resolve(p.id() + (syntax == TreeReader.Syntax.JSON ? ".json" : ".yaml"));
                Files.createDirectories(file.getParent());
                Files.writeString(file, writer.write(p, syntax, ProjectWriter.Style.random(random), random));
            }
            Files.writeString(folder.resolve("lines.jsonl"), lines);
            for (String format : List.of("json", "jsonl", "csv", "text", "markdown")) {
                CliRunner.Run one = CliRunner.run("portfolio", folder.toString(), "--format", format, "--threads", "1");
                CliRunner.Run four = CliRunner.run("portfolio", folder.toString(), "--format", format, "--threads", "4");
                assertEquals(0, one.exitCode(), () -> one.err() + one.out().lines().filter(l -> l.contains("error"))
                        .collect(java.util.stream.Collectors.joining("\n")));
                assertFalse(one.out().isEmpty());
                assertEquals(one.exitCode(), four.exitCode());
                assertEquals(one.out(), four.out(), "--threads 1 and --threads 4 differ in " + format);
                assertEquals(one.err(), four.err());
            }
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
