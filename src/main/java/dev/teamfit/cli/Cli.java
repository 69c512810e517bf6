package dev.teamfit.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds the command line with given writers, so that tests run the real CLI in-process. Errors
 * become one {@code teamfit: error: ...} line each on stderr, with the stack trace only on --debug.
 */
public final class Cli {

    private Cli() {
    }

    /** The configured command line writing to {@code out} and {@code err}, with every subcommand. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, null);
    }

    /**
     * The command line for one run: when the first argument names a subcommand, only that one is
     * built (all of them for anything else, such as {@code --help}, {@code help} or a typo).
     */
    static CommandLine create(PrintWriter out, PrintWriter err, String first) {
        TeamfitCommand root = new TeamfitCommand();
        CommandLine cli = new CommandLine(root);
        TeamfitCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (first == null || first.equals("help") || !TeamfitCommand.SUBCOMMANDS.containsKey(first)
                    || first.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            err.println("teamfit: error: " + e.getMessage());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
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

    /** Runs the CLI on the arguments and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = create(out, err, args.length == 0 ? null : args[0]).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
