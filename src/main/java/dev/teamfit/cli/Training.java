package dev.teamfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run behind the class-data-sharing archive ({@code target/teamfit.jsa}): the build
 * runs it once with {@code -XX:DumpLoadedClassList}, then dumps the listed classes into a static
 * archive ({@code -Xshare:dump}), so that the archive holds the classes the usual commands load,
 * whichever command a user happens to run first. Output is discarded.
 * Usage: {@code Training SAMPLES-DIR}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        String project = samples.resolve("card-fraud.yaml").toString();
        List<List<String>> runs = List.of(
                List.of("assess", project, "--format", "json"),
                List.of("assess", project, "--explain"),
                List.of("assess", project, "--format", "html"),
                List.of("assess", project, "--format", "markdown"),
                List.of("assess", project, "--format", "csv"),
                List.of("assess", samples.resolve("churn-prediction.json").toString(), "--format", "json"),
                List.of("explain", project),
                List.of("portfolio", samples.resolve("portfolio").toString(), "--format", "jsonl"));
        PrintWriter discard = new PrintWriter(java.io.Writer.nullWriter());
        int failed = 0;
        for (List<String> run : runs) {
            // Isolated: the builder's own settings (TEAMFIT_FORMAT, a teamfit.yaml) must not change what is trained.
            int code = Cli.run(run.toArray(String[]::new), discard, discard, Context.isolated());
            if (code != 0) {
                System.err.println("teamfit training: '" + String.join(" ", run) + "' exited with " + code);
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
