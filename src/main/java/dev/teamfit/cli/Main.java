package dev.teamfit.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code teamfit} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Progress.terminal = Progress.stderrIsTerminal();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(Cli.run(args, out, err));
    }
}
