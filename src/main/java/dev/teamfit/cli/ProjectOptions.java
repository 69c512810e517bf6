package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.Watchdog;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.PeopleReader;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.portfolio.Portfolio;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The options of the commands that read projects and run the rules on them: how project files are read
 * (the size limit, turning reader errors into exit code 2), and the rules.
 */
final class ProjectOptions {

    @Option(names = "--max-input-bytes", paramLabel = "N", defaultValue = "" + TreeReader.DEFAULT_MAX_BYTES,
            description = "Refuse a project file (or a JSON Lines line) larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxInputBytes;

    @Option(names = "--strict", description = "Make an unknown skill id an error instead of a warning.")
    boolean strict;

    @Mixin
    RuleOptions rules;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * {@code -} as a project file: the project on stdin, YAML unless it starts with <code>{</code>, bounded by
     * {@code --max-input-bytes} like a file and named {@code stdin} in messages. It is read once; a command that
     * reads its project twice (compare with changes) reads the same bytes again.
     */
    private byte[] stdin;

    private static boolean isStdin(Path file) {
        return file.toString().equals("-");
    }

    /** A FILE argument as messages name it. */
    static String name(Path file) {
        return isStdin(file) ? "stdin" : file.toString();
    }

    /** The size limit must be positive and at most 1 GiB (a larger YAML file would take hours to parse). */
    void checkLimit() {
        if (maxInputBytes <= 0 || maxInputBytes > MAX_LIMIT) {
            throw TeamfitException.invalid("--max-input-bytes must be a number of bytes from 1 to " + MAX_LIMIT
                    + " (1 GiB).");
        }
    }

    private static final long MAX_LIMIT = 1L << 30;

    /** {@code --threads}: the machine's cores unless given, and from 1 to 256. */
    static int threads(Integer given) {
        int threads = given == null ? Runtime.getRuntime().availableProcessors() : given;
        if (threads < 1 || threads > 256) {
            throw TeamfitException.invalid("--threads must be from 1 to 256, not " + threads + ".");
        }
        return threads;
    }

    /** How a portfolio of projects is read and assessed, under these options. */
    Portfolio.Options portfolio(int threads, int top, Overrides changes) {
        return new Portfolio.Options(threads, maxInputBytes, top, rules.timeout(), strict, changes,
                Portfolio.Options.window(threads));
    }

    /**
     * Refuses to read a file the command's {@code --output} would replace: the report would take the
     * project's place. Compared as files (after links), not as names.
     */
    private void checkNotOutput(Path file) {
        OptionSpec option = mixee.commandLine().getCommandSpec().findOption("--output");
        Path output = option == null ? null : option.getValue();
        if (output != null && Files.exists(output) && Output.target(output).is(file)) {
            throw Output.replacesInput(output, file);
        }
    }

    /** Reads and validates one project file ({@code -}: stdin), with what-if changes made to it first. */
    ProjectReader.Loaded read(Path file, Catalog catalog, Overrides overrides) {
        checkLimit();
        ProjectReader reader = new ProjectReader(catalog, maxInputBytes, strict);
        try {
            if (isStdin(file)) {
                if (stdin == null) {
                    stdin = new TreeReader(maxInputBytes).readBounded(TeamfitCommand.context(mixee).stdin(), "stdin");
                }
                return reader.read("stdin", stdin, TreeReader.Syntax.ofContent(stdin), overrides);
            }
            if (Files.isDirectory(file)) {
                throw TeamfitException.invalid(file + ": is a folder; give a project file (.yaml, .yml or .json).");
            }
            checkNotOutput(file);
            return reader.read(file, file.toString(), overrides);
        } catch (InvalidInputException e) {
            throw TeamfitException.invalid(e.lines(), e);
        } catch (NoSuchFileException e) {
            throw TeamfitException.invalid(file + ": no such file.");
        } catch (IOException e) {
            throw TeamfitException.invalid(name(file) + ": cannot be read: " + Output.describe(e) + ".");
        }
    }

    /** Assesses one project under the rule time limit; a failure of the rules is exit code 2. */
    Assessment assess(RuleBase base, ProjectReader.Loaded loaded) {
        try {
            return Watchdog.within(rules.timeout(), "project " + loaded.project().id(),
                    () -> base.assess(loaded.project(), loaded.warnings()));
        } catch (RuleFailure e) {
            throw TeamfitException.invalid(List.of(e.getMessage()), e);
        }
    }

    /** Reads and validates a people pool file ({@code --people}); its warnings go to stderr. */
    PeopleReader.Pool readPeople(Path people, Catalog catalog) {
        if (Files.isDirectory(people)) {
            throw TeamfitException.invalid("--people " + people + ": is a folder; give a file of people (.yaml, .yml, "
                    + ".json or .jsonl).");
        }
        try {
            PeopleReader.Pool pool = new PeopleReader(catalog, maxInputBytes, strict).read(people, people.toString());
            PrintWriter err = mixee.commandLine().getErr();
            pool.warnings().forEach(w -> err.println("teamfit: warning: " + people + ": " + w));
            err.flush();
            return pool;
        } catch (InvalidInputException e) {
            throw TeamfitException.invalid(e.lines(), e);
        } catch (NoSuchFileException e) {
            throw TeamfitException.invalid("--people " + people + ": no such file.");
        } catch (IOException e) {
            throw TeamfitException.invalid("--people " + people + ": cannot be read: " + Output.describe(e) + ".");
        }
    }
}
