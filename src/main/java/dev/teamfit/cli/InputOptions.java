package dev.teamfit.cli;

import dev.teamfit.input.PeopleReader;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Catalog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** How project files are read: the size limit, and turning reader errors into exit code 2. */
final class InputOptions {

    @Option(names = "--max-input-bytes", paramLabel = "N", defaultValue = "" + TreeReader.DEFAULT_MAX_BYTES,
            description = "Refuse a project file (or a JSON Lines line) larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxInputBytes;

    @Option(names = "--strict", description = "Make an unknown skill id an error instead of a warning.")
    boolean strict;

    /** The size limit must be positive and at most 1 GiB (a larger YAML file would take hours to parse). */
    void checkLimit() {
        if (maxInputBytes <= 0 || maxInputBytes > MAX_LIMIT) {
            throw TeamfitException.invalid("--max-input-bytes must be a number of bytes from 1 to " + MAX_LIMIT
                    + " (1 GiB).");
        }
    }

    private static final long MAX_LIMIT = 1L << 30;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * Refuses to read a file the command's {@code --output} would replace: the report would take the
     * project's place. Compared as files (after links), not as names.
     */
    void checkNotOutput(Path file) {
        OptionSpec option = mixee == null ? null : mixee.findOption("--output");
        Path output = option == null ? null : option.getValue();
        if (output != null && Files.exists(output) && Output.target(output).is(file)) {
            throw Output.replacesInput(output, file);
        }
    }

    /** Reads and validates one project file. */
    ProjectReader.Loaded read(Path file, Catalog catalog) {
        return read(file, catalog, dev.teamfit.input.Overrides.none());
    }

    private final Stdin stdin = new Stdin();

    /** Reads and validates one project file ({@code -}: stdin), with what-if changes made to it first. */
    ProjectReader.Loaded read(Path file, Catalog catalog, dev.teamfit.input.Overrides overrides) {
        checkLimit();
        if (Stdin.is(file)) {
            return stdin.read(TeamfitCommand.context(mixee), new ProjectReader(catalog, maxInputBytes, strict),
                    maxInputBytes, overrides);
        }
        try {
            if (Files.isDirectory(file)) {
                throw TeamfitException.invalid(file + ": is a folder; give a project file (.yaml, .yml or .json).");
            }
            checkNotOutput(file);
            return new ProjectReader(catalog, maxInputBytes, strict).read(file, file.toString(), overrides);
        } catch (InvalidInputException e) {
            throw TeamfitException.invalid(e.lines(), e);
        } catch (NoSuchFileException e) {
            throw TeamfitException.invalid(file + ": no such file.");
        } catch (IOException e) {
            throw TeamfitException.invalid(file + ": cannot be read: " + Output.describe(e) + ".");
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
            java.io.PrintWriter err = mixee.commandLine().getErr();
            pool.warnings().forEach(w -> err.println("teamfit: warning: " + people + ": " + w));
            err.flush();
            return pool;
        } catch (InvalidInputException e) {
            throw TeamfitException.invalid(e.lines(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw TeamfitException.invalid("--people " + people + ": no such file.");
        } catch (java.io.IOException e) {
            throw TeamfitException.invalid("--people " + people + ": cannot be read: " + Output.describe(e) + ".");
        }
    }
}
