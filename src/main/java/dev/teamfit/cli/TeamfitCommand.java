package dev.teamfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The root command: {@code teamfit} and its subcommands. */
@Command(name = "teamfit", scope = ScopeType.INHERIT, // every subcommand has the help and version options, and these:
        mixinStandardHelpOptions = true, versionProvider = TeamfitCommand.Version.class, sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error or invalid input"},
        description = "Recommend the team an AI/ML project needs: roles, skill levels, coverage and gaps, "
                + "each with its reasons.")
final class TeamfitCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. {@link Cli} adds them to the command line, and
     * only the one named when a run names one: picocli reads each command's annotations when it is
     * added, a fifth of a one-shot run's start-up when all are.
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("assess", AssessCommand::new);
        commands.put("portfolio", PortfolioCommand::new);
        commands.put("plan", PlanCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("compare", CompareCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("catalog", CatalogCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("config", ConfigCommand::new);
        commands.put("completion", CompletionCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(commands);
    }

    @Spec
    CommandSpec spec;

    /** What this run reads besides its arguments. */
    Context context = Context.isolated();

    /** The defaults in force for this run. */
    Settings settings = Settings.NONE;

    /** The run's context, from any command or mixin of its command line. */
    static Context context(CommandSpec spec) {
        return root(spec).context;
    }

    /** The run's settings, from any command or mixin of its command line. */
    static Settings settings(CommandSpec spec) {
        return root(spec).settings;
    }

    /** Through the command line: the spec of a mixin inside another mixin has no parent. */
    private static TeamfitCommand root(CommandSpec spec) {
        return spec.commandLine().getCommandSpec().root().userObject() instanceof TeamfitCommand root ? root
                : new TeamfitCommand();
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace too.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (" + String.join(", ", SUBCOMMANDS.keySet().stream().filter(c -> !c.equals("help")).toList()) + ")");
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = TeamfitCommand.class.getResourceAsStream("/teamfit-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"teamfit " + properties.getProperty("version", "unknown")
                    + " (Drools 10.2.0, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
