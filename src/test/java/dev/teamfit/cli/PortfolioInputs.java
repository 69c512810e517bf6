package dev.teamfit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Portfolios written for tests. */
public final class PortfolioInputs {

    private PortfolioInputs() {
    }

    /** One valid project as a JSON line: an ML project with a small team, some of it shared. */
    public static String line(int i) {
        return "{\"id\": \"p" + i + "\", \"name\": \"Project " + i + "\", \"problem\": {\"kind\": \"classification\"}, "
                + "\"deployment\": {\"mode\": \"batch\", \"retraining\": \"scheduled\"}, \"team\": ["
                + "{\"name\": \"Ana " + (i % 7) + "\", \"roles\": [\"data-scientist\"], \"allocation\": 0.5, "
                + "\"skills\": {\"python\": 4, \"statistics\": 3}}, "
                + "{\"name\": \"Bo " + i + "\", \"roles\": [\"ml-engineer\"], \"skills\": {\"python\": 3}}]}";
    }

    /** A JSON Lines portfolio of {@code count} valid projects. */
    public static Path jsonl(Path dir, int count) throws IOException {
        Path file = dir.resolve("projects-" + count + ".jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(line(i)).append('\n');
        }
        return Files.writeString(file, text);
    }
}
