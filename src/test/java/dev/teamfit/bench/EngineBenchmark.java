package dev.teamfit.bench;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleBuildException;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.JsonReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The engine's cost per project, step by step, on the sample projects (YAML, with teams): Jackson
 * alone (the floor the batch target is set from), teamfit's validating reader, the rules, the JSON
 * report, and all of them together. Run with {@code bench/jmh}; each figure is microseconds per
 * project, averaged over the samples in turn. {@code bench/jmh -p projects=DIR} measures the first
 * 500 project files of a folder instead, such as a portfolio {@code bench/generate.py} made.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {

    private RuleBase rules;
    private ProjectReader reader;
    private JsonReport json;
    private final YAMLMapper yaml = new YAMLMapper();
    private final List<byte[]> files = new ArrayList<>();
    private final List<ProjectReader.Loaded> read = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private int next;

    /** {@code samples}, or a folder of YAML project files (relative to the checkout) to take 500 from. */
    @Param("samples")
    public String projects;

    @Setup(Level.Trial)
    public void load() throws IOException, RuleBuildException, InvalidInputException, RuleFailure {
        rules = RuleBase.bundled();
        reader = new ProjectReader(rules.catalog(), 1 << 20, false);
        json = new JsonReport(rules.catalog(), false, false);
        Path root = Path.of(System.getProperty("teamfit.root", "."));
        List<Path> chosen;
        if (projects.equals("samples")) {
            try (Stream<Path> walk = Files.walk(root.resolve("samples"))) {
                chosen = walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("custom-rules"))
                        .sorted().toList();
            }
        } else {
            try (Stream<Path> list = Files.list(root.resolve(projects))) {
                chosen = list.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(500).toList();
            }
        }
        for (Path file : chosen) {
            byte[] bytes = Files.readAllBytes(file);
            ProjectReader.Loaded loaded = reader.read(file.toString(), bytes, TreeReader.Syntax.YAML);
            files.add(bytes);
            read.add(loaded);
            assessments.add(rules.assess(loaded.project(), loaded.warnings()));
        }
    }

    private int next() {
        int i = next;
        next = (i + 1) % files.size();
        return i;
    }

    /** The floor: Jackson parses the YAML into a tree, nothing more. */
    @Benchmark
    public Object jacksonParse() throws IOException {
        return yaml.readTree(files.get(next()));
    }

    /** teamfit's reader: parse with positions, validate, build the project. */
    @Benchmark
    public Object read() throws InvalidInputException {
        return reader.read("project.yaml", files.get(next()), TreeReader.Syntax.YAML);
    }

    /** The rules on one read project: a session's facts, firing, and the sorted assessment. */
    @Benchmark
    public Object assess() throws RuleFailure {
        ProjectReader.Loaded loaded = read.get(next());
        return rules.assess(loaded.project(), loaded.warnings());
    }

    /** The JSON report of one assessment. */
    @Benchmark
    public Object renderJson() {
        return json.assessment(assessments.get(next()));
    }

    /** Everything one project costs a portfolio run: read, assess, render. */
    @Benchmark
    public Object endToEnd() throws InvalidInputException, RuleFailure {
        ProjectReader.Loaded loaded = reader.read("project.yaml", files.get(next()), TreeReader.Syntax.YAML);
        return json.assessment(rules.assess(loaded.project(), loaded.warnings()));
    }
}
