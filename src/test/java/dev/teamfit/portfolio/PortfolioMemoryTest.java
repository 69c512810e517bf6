package dev.teamfit.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.teamfit.cli.Child;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portfolio's memory does not grow with its output or its thread count: in a child JVM whose heap
 * is smaller than the report it writes, every format completes. Outcomes only: whether it finished,
 * and what it wrote.
 */
class PortfolioMemoryTest {

    /** The child's heap, in MiB: a third above the smallest these runs finish in (12 MiB). */
    private static final int HEAP_MIB = 16;
    /** Enough copies that the HTML and the JSON with reasons are larger than the heap. */
    private static final int PROJECTS = 140;
    private static final String LAST = "card-fraud-" + (PROJECTS - 1);

    @TempDir
    Path dir;

    /** {@code count} copies of the card-fraud sample (a full team, many gaps: a large report each) as JSON Lines. */
    private Path copies(int count) throws IOException {
        ObjectNode project = (ObjectNode) new YAMLMapper().readTree(Path.of("samples/card-fraud.yaml").toFile());
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve("copies-" + count + ".jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                project.put("id", "card-fraud-" + i);
                out.write(json.writeValueAsString(project));
                out.write('\n');
            }
        }
        return file;
    }

    private Path run(Path input, String format, String... more) throws Exception {
        Path out = dir.resolve("report-" + format + more.length);
        String[] args = new String[5 + more.length];
        args[0] = "portfolio";
        args[1] = input.toString();
        args[2] = "--format";
        args[3] = format;
        args[4] = "--output=" + out;
        System.arraycopy(more, 0, args, 5, more.length);
        Child.Ran ran = Child.sh(dir, "$TEAMFIT", List.of("-Xmx" + HEAP_MIB + "m"), args);
        assertEquals(0, ran.exitCode(), format + ": " + ran.err());
        assertEquals("", ran.err());
        return out;
    }

    @Test
    void reportsLargerThanTheHeapAreWrittenInEveryFormat() throws Exception {
        Path input = copies(PROJECTS);
        // About 19 MB of HTML and 35 MB of JSON with reasons in a 16 MB heap, on up to 256 threads.
        Path html = run(input, "html", "--threads", "256");
        assertTrue(Files.size(html) > (long) HEAP_MIB << 20, "the HTML is larger than the heap: " + Files.size(html));
        try (var lines = Files.lines(html)) {
            assertEquals(PROJECTS, lines.filter(l -> l.contains("<section class=\"project\"")).count());
        }
        Path json = run(input, "json", "--explain", "--threads", "64");
        assertTrue(Files.size(json) > (long) HEAP_MIB << 20, "the JSON is larger than the heap: " + Files.size(json));
        Path markdown = run(input, "markdown", "--threads", "64");
        assertTrue(Files.readString(markdown).contains("(" + LAST + ")"), "the last project's section");
        // The other formats too: each holds at most the results in flight, whatever --threads says.
        Path jsonl = run(input, "jsonl", "--explain", "--threads", "256");
        try (var lines = Files.lines(jsonl)) {
            assertEquals(PROJECTS + 1, lines.count(), "every project, then the summary");
        }
        Path text = run(input, "text", "--threads", "64");
        assertTrue(Files.readString(text).contains(LAST), "the last project");
        Path csv = run(input, "csv", "--threads", "64");
        assertTrue(Files.readString(csv).contains(LAST), "the last project's rows");
    }
}
