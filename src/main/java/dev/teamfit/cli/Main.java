package dev.teamfit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/** The {@code teamfit} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Progress.terminal = Progress.stderrIsTerminal();
        // The descriptors themselves, not System.out: a PrintStream hides write errors.
        Streams.Stdout out = Streams.Stdout.of(new FileOutputStream(FileDescriptor.out));
        Streams.Stderr err = Streams.Stderr.of(new FileOutputStream(FileDescriptor.err));
        int code = Cli.run(args, out, err);
        out.flush();
        if (out.failure() != null && !out.reported() && (code == 0 || code == 3)) {
            err.println("teamfit: error: " + Output.stdoutFailure(out.failure()));
            err.flush();
            code = TeamfitException.INVALID;
        }
        System.exit(code);
    }
}
