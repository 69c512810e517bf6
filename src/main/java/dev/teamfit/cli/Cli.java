package dev.teamfit.cli;

import dev.teamfit.model.Text;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Builds the command line with given writers, so that tests run the real CLI in-process. Errors
 * become one {@code teamfit: error: ...} line each on stderr, with the stack trace only on --debug.
 */
public final class Cli {

    private Cli() {
    }

    /** The configured command line writing to {@code out} and {@code err}, with every subcommand and no settings. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, null, Context.isolated(), Settings.NONE);
    }

    /**
     * The command line for one run: when the first argument names a subcommand, only that one is
     * built (all of them for anything else, such as {@code --help}, {@code help} or a typo).
     */
    static CommandLine create(PrintWriter out, PrintWriter err, String first, Context context, Settings settings) {
        TeamfitCommand root = new TeamfitCommand();
        root.context = context;
        root.settings = settings;
        CommandLine cli = new CommandLine(root);
        TeamfitCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (first == null || first.equals("help") || !TeamfitCommand.SUBCOMMANDS.containsKey(first)
                    || first.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // After the subcommands are added: picocli gives it to those it has at this moment.
        cli.setDefaultValueProvider(settings::defaultValue);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((e, args) -> {
            err.println("teamfit: error: " + usageError(e));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            if (root.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return TeamfitException.INVALID;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof TeamfitException failure) {
                failure.messages().forEach(m -> err.println("teamfit: error: " + m));
                if (root.debug && failure.getCause() != null) {
                    failure.getCause().printStackTrace(err);
                }
                err.flush();
                return failure.exitCode();
            }
            err.println("teamfit: internal error: " + e + (root.debug ? "" : " (run with --debug for details)"));
            if (root.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    /**
     * What was wrong with the command line, on one line, with picocli's suggestions. An unknown option is
     * named alone: the arguments after it that it leaves without a place (its value, a file that then
     * comes one too many) are not the user's mistake.
     */
    static String usageError(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        CommandLine command = e.getCommandLine();
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        List<String> options = unmatched.getUnmatched().stream()
                .filter(a -> a.startsWith("-") && !a.equals("-") && !a.equals("--")).toList();
        if (!options.isEmpty()) {
            String first = options.get(0).replaceFirst("=.*", "");
            List<String> suggestions = suggestions(first, new CommandLine.UnmatchedArgumentException(command,
                    List.of(first)).getSuggestions(), spec.options().stream().filter(o -> !o.hidden())
                    .flatMap(o -> java.util.Arrays.stream(o.names())).toList());
            return (options.size() == 1 ? "unknown option " : "unknown options ")
                    + String.join(", ", options.stream().map(o -> "'" + o.replaceFirst("=.*", "") + "'").toList())
                    + (suggestions.isEmpty() ? "." : "; did you mean " + Text.series(suggestions, "or") + "?");
        }
        String first = unmatched.getUnmatched().get(0);
        if (!spec.subcommands().isEmpty()) {
            List<String> suggestions = suggestions(first, unmatched.getSuggestions(), List.copyOf(
                    spec.subcommands().keySet())).stream().map(c -> spec.qualifiedName() + " " + c).toList();
            return "unknown command '" + first + "'" + (suggestions.isEmpty() ? "; commands: "
                    + String.join(", ", spec.subcommands().keySet()) + "." : "; did you mean " + Text.series(suggestions, "or") + "?");
        }
        return e.getMessage();
    }

    /**
     * picocli's suggestions, after the nearest candidate by edit distance (which catches a typo in the first
     * letters) for a word long enough to have a nearest one.
     */
    private static List<String> suggestions(String word, List<String> picocli, List<String> candidates) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (word.replaceFirst("^-+", "").length() >= 3) {
            dev.teamfit.model.Nearest.to(word, candidates).ifPresent(all::add);
        }
        all.addAll(picocli);
        return all.stream().limit(3).toList();
    }

    /** Runs the CLI on the arguments, in the process's environment, and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Context.system());
    }

    /** Runs the CLI on the arguments in the given context and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Context context) {
        Settings settings;
        try {
            settings = Settings.load(context);
        } catch (TeamfitException e) {
            e.messages().forEach(m -> err.println("teamfit: error: " + m));
            err.flush();
            return e.exitCode();
        }
        int code = create(out, err, args.length == 0 ? null : args[0], context, settings).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
