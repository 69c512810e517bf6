package dev.teamfit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.portfolio.PortfolioSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A streamed portfolio in JSON and JSON Lines comes out exactly as Jackson writes the same document. */
class PortfolioJsonTest {

    @Test
    void aStreamedPortfolioIsWrittenAsJacksonWouldWriteIt(@TempDir Path dir) throws Exception {
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

        ObjectMapper mapper = new ObjectMapper();
        for (Format format : List.of(Format.JSON, Format.JSONL)) {
            StringWriter out = new StringWriter();
            PortfolioWriter writer = Reports.of(format, base.catalog(), false).portfolio(out);
            for (Outcome outcome : outcomes) {
                writer.outcome(outcome);
            }
            writer.finish(summary);
            String text = out.toString();
            if (format == Format.JSONL) {
                assertEquals(outcomes.size() + 1, text.lines().count(), text);
                for (String line : text.lines().toList()) {
                    assertEquals(mapper.writeValueAsString(mapper.readTree(line)), line);
                }
            } else {
                assertEquals(JsonReport.write(mapper.readTree(text)), text);
            }
        }
    }
}
