package dev.teamfit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the real CLI in-process, through the same factory {@code main} uses, and captures what it printed. */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new Stdout(out), new PrintWriter(err));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
