package dev.teamfit.report;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.portfolio.PortfolioSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Projects rendered on the threads that assessed them are written exactly as the writer writes them itself. */
class PortfolioJsonTest {

    @Test
    void projectsRenderedAheadComeOutAsTheWriterWouldWriteThem(@TempDir Path dir) throws Exception {
        try (var files = Files.list(Path.of("samples/portfolio"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("broken.yaml"), "id: [\n");
        RuleBase base = RuleBase.bundled();
        List<Outcome> outcomes = new ArrayList<>();
        PortfolioSummary summary = Portfolio.run(base, List.of(dir),
                new Portfolio.Options(2, 1 << 20, 5, Duration.ofSeconds(30)), outcomes::add, (pass, done, total, errors) -> { });

        for (boolean lines : new boolean[] {false, true}) {
            ByteArrayOutputStream inOrder = new ByteArrayOutputStream();
            PortfolioJson plain = new PortfolioJson(base.catalog(), inOrder, lines);
            ByteArrayOutputStream ahead = new ByteArrayOutputStream();
            PortfolioJson prepared = new PortfolioJson(base.catalog(), ahead, lines);
            for (Outcome outcome : outcomes) {
                plain.outcome(outcome);
                byte[] text = prepared.prepare(outcome);
                if (outcome instanceof Outcome.Result) {
                    assertNotNull(text);
                } else {
                    assertNull(text, "an error is written in order, as it comes");
                }
                prepared.outcome(outcome, text);
            }
            plain.finish(summary);
            prepared.finish(summary);
            assertEquals(inOrder.toString(StandardCharsets.UTF_8), ahead.toString(StandardCharsets.UTF_8),
                    lines ? "jsonl" : "json");
            // Against a writer that knows nothing of rendering ahead: the parsed document written again.
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            String text = ahead.toString(StandardCharsets.UTF_8);
            if (lines) {
                for (String line : text.lines().toList()) {
                    assertEquals(mapper.writeValueAsString(mapper.readTree(line)), line);
                }
            } else {
                assertEquals(JsonReport.write(mapper.readTree(text)), text);
            }
        }
    }
}
