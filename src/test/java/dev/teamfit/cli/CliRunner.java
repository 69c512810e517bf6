package dev.teamfit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the real CLI in-process, through the same factory {@code main} uses, and captures what it printed.
 * Runs are isolated from the developer's shell: no environment variables, no home folder (so no user
 * settings), nothing on stdin; a test that needs them gives its own {@link Context}.
 */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Run run(String... args) {
        return run(Context.isolated(), args);
    }

    public static Run run(Context context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), context);
        return new Run(code, out.toString(), err.toString());
    }
}
