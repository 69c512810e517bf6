package dev.teamfit.portfolio;

import dev.teamfit.engine.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio run itself, below the command line. */
class PortfolioTest {

    /**
     * Projects the first pass kept and projects read again give the same outcomes and summary:
     * valid ones, a broken file, a duplicate id, and a person over full time across projects.
     */
    @Test
    void keepingTheFirstPassProjectsChangesNothing(@TempDir Path dir) throws Exception {
        try (var files = Files.list(Path.of("samples/portfolio"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        String fraud = Files.readString(Path.of("samples/portfolio/fraud-alerts.yaml"));
        Files.writeString(dir.resolve("zz-duplicate.yaml"), fraud);
        Files.writeString(dir.resolve("broken.yaml"), "id: [\n");
        Files.writeString(dir.resolve("shared-person.yaml"), fraud.replaceFirst("(?m)^id: .*$", "id: shared-person"));

        RuleBase base = RuleBase.bundled();
        List<Outcome> kept = new ArrayList<>();
        List<Outcome> reread = new ArrayList<>();
        PortfolioSummary keptSummary = Portfolio.run(base, List.of(dir), options(Long.MAX_VALUE), kept::add,
                (pass, done, total, errors) -> { });
        PortfolioSummary rereadSummary = Portfolio.run(base, List.of(dir), options(0), reread::add,
                (pass, done, total, errors) -> { });
        assertEquals(reread.size(), kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(reread.get(i).toString(), kept.get(i).toString(), "outcome " + i);
        }
        assertEquals(reread, kept);
        assertEquals(rereadSummary, keptSummary);
        assertTrue(kept.stream().filter(o -> o instanceof Outcome.Failure).count() >= 2, kept.toString());
        assertTrue(kept.stream().anyMatch(o -> o instanceof Outcome.Result r && r.assessment().gaps().stream()
                .anyMatch(g -> g.type() == dev.teamfit.model.GapType.OVERALLOCATED)), "a shared person is overallocated");
    }

    private static Portfolio.Options options(long keep) {
        return new Portfolio.Options(2, 1 << 20, 5, Duration.ofSeconds(30), false, dev.teamfit.input.Overrides.none(),
                8, keep);
    }
}
