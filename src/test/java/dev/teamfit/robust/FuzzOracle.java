package dev.teamfit.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What must hold for any bytes given as a project file, checked on the reader alone and on the whole
 * {@code assess} path through the real CLI. Any byte input either gives a result or is refused with
 * exit code 2 and clear one-line messages; never another exception, a stack trace or a hang.
 */
final class FuzzOracle {

    /** The name inputs have in the reader's messages. */
    static final String FILE = "fuzz-input";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleBase BASE;
    private static final ProjectReader READER;
    private static final Path DIR;

    static {
        try {
            BASE = RuleBase.bundled();
            READER = new ProjectReader(BASE.catalog(), TreeReader.DEFAULT_MAX_BYTES, false);
            DIR = Files.createTempDirectory("teamfit-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FuzzOracle() {
    }

    /** Characters that must not reach a one-line message: C0 and C1 controls, DEL, U+2028 and U+2029. */
    static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }

    /** The outcome of reading bytes: a project, or the reader's refusal. */
    record Read(ProjectReader.Loaded loaded, InvalidInputException refusal) {
        boolean valid() {
            return loaded != null;
        }
    }

    /**
     * Reads bytes as a project file of the given syntax. An {@link InvalidInputException} is a fine
     * answer when its messages are clear; any other exception is a defect.
     */
    static Read read(byte[] input, TreeReader.Syntax syntax) {
        try {
            return new Read(READER.read(FILE, input, syntax), null);
        } catch (InvalidInputException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("refused without a problem: " + describe(input));
            }
            for (dev.teamfit.input.Problem problem : e.problems()) {
                String line = problem.format(FILE);
                if (!line.startsWith(FILE + ":")) {
                    throw new AssertionError("a problem does not name the file: " + line + "\ninput: " + describe(input));
                }
                checkOneLine(line, input);
            }
            return new Read(null, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("the reader threw " + e + " on " + syntax + " input " + describe(input), e);
        }
    }

    /** The reader on both syntaxes; a valid project must also pass through the rules without failing. */
    static void readerHolds(byte[] input) {
        for (TreeReader.Syntax syntax : TreeReader.Syntax.values()) {
            Read read = read(input, syntax);
            if (read.valid()) {
                try {
                    BASE.assess(read.loaded().project(), read.loaded().warnings());
                } catch (RuleFailure | RuntimeException e) {
                    throw new AssertionError("the rules failed on a project the reader accepted (" + syntax + "): "
                            + e + "\ninput: " + describe(input), e);
                }
            }
        }
    }

    /**
     * The whole {@code assess} path: the bytes as a {@code .yaml} file, and also as a {@code .json}
     * file when they look like JSON. The exit code must agree with the reader: 0 or 3 for what it
     * accepts, 2 for what it refuses.
     */
    static void assessHolds(byte[] input) {
        assessHolds(input, TreeReader.Syntax.YAML);
        if (looksLikeJson(input)) {
            assessHolds(input, TreeReader.Syntax.JSON);
        }
    }

    static void assessHolds(byte[] input, TreeReader.Syntax syntax) {
        Read read = read(input, syntax);
        Path file = DIR.resolve(syntax == TreeReader.Syntax.JSON ? "input.json" : "input.yaml");
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliRunner.Run run = CliRunner.run("assess", file.toString(), "--format", "json", "--fail-on", "critical");
        String what = "\nexit " + run.exitCode() + "\nstdout: " + clip(run.out()) + "\nstderr: " + clip(run.err())
                + "\ninput (" + syntax + "): " + describe(input);
        if (run.exitCode() != 0 && run.exitCode() != 2 && run.exitCode() != 3) {
            throw new AssertionError("exit code must be 0, 2 or 3" + what);
        }
        if (run.exitCode() == 2) {
            if (!run.out().isEmpty()) {
                throw new AssertionError("stdout must be empty on exit 2" + what);
            }
            List<String> lines = run.err().lines().toList();
            if (lines.isEmpty()) {
                throw new AssertionError("exit 2 without a message" + what);
            }
            String text = new String(input, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.contains("\tat ") && !text.contains("\tat ")
                        || line.contains("Exception") && !text.contains("Exception")) {
                    throw new AssertionError("a stack trace or exception name on stderr" + what);
                }
                if (!line.startsWith("teamfit: error: ")) {
                    throw new AssertionError("every stderr line must start with 'teamfit: error: '" + what);
                }
                checkOneLine(line, input);
            }
            if (read.valid()) {
                throw new AssertionError("the reader accepts this input but assess refuses it" + what);
            }
        } else {
            if (run.out().isEmpty()) {
                throw new AssertionError("a result must be printed on exit " + run.exitCode() + what);
            }
            if (!run.err().isEmpty()) {
                throw new AssertionError("nothing may go to stderr with a result" + what);
            }
            JsonNode result;
            try {
                result = JSON.readTree(run.out());
            } catch (IOException e) {
                throw new AssertionError("the result is not JSON: " + e.getMessage() + what);
            }
            if (!"1".equals(result.path("teamfit").asText()) || !result.path("roles").isArray()) {
                throw new AssertionError("the result is not an assessment" + what);
            }
            if (!read.valid()) {
                throw new AssertionError("the reader refuses this input but assess gives a result: "
                        + read.refusal().getMessage() + what);
            }
        }
    }

    /** A message must stay one line: no line breaks or other control characters. */
    private static void checkOneLine(String line, byte[] input) {
        if (line.chars().anyMatch(FuzzOracle::isControl)) {
            throw new AssertionError("a message holds a control character: " + clip(line) + "\ninput: " + describe(input));
        }
    }

    static boolean looksLikeJson(byte[] input) {
        for (byte b : input) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    /** Input bytes as a Java string literal, clipped, so a failure can be reproduced by hand. */
    static String describe(byte[] input) {
        StringBuilder out = new StringBuilder("(" + input.length + " bytes) \"");
        for (int i = 0; i < Math.min(input.length, 600); i++) {
            int b = input[i] & 0xff;
            if (b == '"' || b == '\\') {
                out.append('\\').append((char) b);
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b >= 0x20 && b < 0x7f) {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02X", b));
            }
        }
        return out.append(input.length > 600 ? "\"..." : "\"").toString();
    }

    private static String clip(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }
}
