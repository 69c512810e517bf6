package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;

import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * Starts loading the rule base on a second thread when the command will need it, while this one
     * sets up the command line and reads the input: the bundled rules, or the folders given with
     * {@code --rules}/{@code --add-rules} when the cache holds them compiled.
     */
    private static void preload(String[] args) {
        Rules rules = rules(args);
        if (rules == null) {
            return;
        }
        if (rules.replaced() == null && rules.added().isEmpty()) {
            RuleBase.preloadBundled();
        } else {
            RuleBase.preloadFolders(rules.replaced(), rules.added());
        }
    }

    /** The rule folders of a command line: {@code --rules} (null for the bundled rules) and {@code --add-rules}. */
    record Rules(Path replaced, List<Path> added) {
    }

    /**
     * The rule folders a command line asks for, read ahead of picocli; null when the command runs no
     * rules or the line is not plain enough to read here (help, {@code --}, a path that is no path).
     * The command checks that what was preloaded is what it parsed, so a line read wrongly here only
     * costs time.
     */
    static Rules rules(String[] args) {
        if (args.length == 0 || !RULE_COMMANDS.contains(args[0])) {
            return null;
        }
        Path replaced = null;
        List<Path> added = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--")) {
                return null;
            }
            boolean rules = arg.equals("--rules") || arg.startsWith("--rules=");
            if (!rules && !arg.equals("--add-rules") && !arg.startsWith("--add-rules=")) {
                continue;
            }
            int equals = arg.indexOf('=');
            String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                return null;
            }
            try {
                if (rules) {
                    replaced = Path.of(value);
                } else {
                    added.add(Path.of(value));
                }
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return new Rules(replaced, List.copyOf(added));
    }
}
