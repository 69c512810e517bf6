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

    private static final String HEAP = "-Xmx24m";

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
        Child.Ran ran = Child.sh(dir, "$TEAMFIT", List.of(HEAP), args);
        assertEquals(0, ran.exitCode(), format + ": " + ran.err());
        assertEquals("", ran.err());
        return out;
    }

    @Test
    void reportsLargerThanTheHeapAreWrittenInEveryFormat() throws Exception {
        Path input = copies(200);
        // About 28 MB of HTML and 45 MB of JSON with reasons in a 24 MB heap, on up to 256 threads.
        Path html = run(input, "html", "--threads", "256");
        assertTrue(Files.size(html) > 24L << 20, "the HTML is larger than the heap: " + Files.size(html));
        try (var lines = Files.lines(html)) {
            assertEquals(200, lines.filter(l -> l.contains("<section class=\"project\"")).count());
        }
        Path json = run(input, "json", "--explain", "--threads", "64");
        assertTrue(Files.size(json) > 24L << 20, "the JSON is larger than the heap: " + Files.size(json));
        Path markdown = run(input, "markdown", "--threads", "64");
        assertTrue(Files.readString(markdown).contains("(card-fraud-199)"), "the last project's section");
    }
}
