package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;

import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code teamfit} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        preload(args);
        Progress.terminal = Progress.stderrIsTerminal();
        PrintWriter out = new Stdout(new BufferedOutputStream(System.out, 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(Cli.run(args, out, err));
    }

    /** The commands that run the bundled rules unless told to use other ones. */
    private static final java.util.Set<String> RULE_COMMANDS = java.util.Set.of("assess", "explain", "portfolio");

    /**
     * Starts loading the bundled rule base on a second thread when the command will need it, while
     * this one sets up the command line and reads the input.
     */
    private static void preload(String[] args) {
        if (args.length == 0 || !RULE_COMMANDS.contains(args[0])) {
            return;
        }
        for (String arg : args) {
            if (arg.startsWith("--rules") || arg.startsWith("--add-rules") || arg.equals("--help") || arg.equals("-h")) {
                return;
            }
        }
        RuleBase.preloadBundled();
    }
}
