package dev.teamfit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real CLI in-process, through the same factory {@code main} uses, and captures what it printed. */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
