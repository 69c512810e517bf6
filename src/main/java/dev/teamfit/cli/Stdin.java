package dev.teamfit.cli;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code -} as a project file: the project on stdin, YAML unless it starts with <code>{</code>, bounded by
 * {@code --max-input-bytes} like a file and named {@code stdin} in messages. It is read once; a command that
 * reads its project twice (compare with changes) reads the same bytes again.
 */
final class Stdin {

    /** How messages name it. */
    static final String NAME = "stdin";

    private byte[] bytes;

    /** Whether a FILE argument means stdin. */
    static boolean is(Path file) {
        return file != null && file.toString().equals("-");
    }

    /** A FILE argument as messages name it. */
    static String name(Path file) {
        return is(file) ? NAME : String.valueOf(file);
    }

    ProjectReader.Loaded read(Context context, ProjectReader reader, long maxBytes, Overrides overrides) {
        try {
            if (bytes == null) {
                bytes = new TreeReader(maxBytes).readBounded(context.stdin(), NAME);
            }
            return reader.read(NAME, bytes, TreeReader.Syntax.ofContent(bytes), overrides);
        } catch (InvalidInputException e) {
            throw TeamfitException.invalid(e.lines(), e);
        } catch (IOException e) {
            throw TeamfitException.invalid(NAME + ": cannot be read: " + Output.describe(e) + ".");
        }
    }
}
