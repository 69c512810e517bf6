package dev.teamfit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a finished result to stdout or to a file, never half of it. */
final class Output {

    private Output() {
    }

    /** Writes {@code text} to {@code path} (through a temporary file, then a move) or to {@code out}. */
    static void write(String text, Path path, PrintWriter out) {
        if (path == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path target = path.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                shareable(temp);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw TeamfitException.invalid("cannot write " + path + ": " + describeWrite(e)
                    + ". Check that the folder exists and is writable.");
        }
    }

    /** Writes what {@code body} produces, as it goes. */
    interface Body<T> {
        T write(Writer out) throws IOException;
    }

    /**
     * Streams a result to stdout, or to {@code path} through a temporary file moved into place only
     * when the whole result is written.
     */
    static <T> T stream(Path path, PrintWriter out, Body<T> body) {
        if (path == null) {
            try {
                T result = body.write(out);
                out.flush();
                return result;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Path target = path.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".tmp");
            T result;
            try (Writer file = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                result = body.write(file);
            }
            shareable(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
            throw TeamfitException.invalid("cannot write " + path + ": " + describeWrite(cause)
                    + ". Check that the folder exists and is writable.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left behind in the output folder; harmless.
                }
            }
        }
    }

    /** A temporary file is private (0600); the report it becomes is for sharing, like any new file. */
    private static void shareable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its defaults apply.
        }
    }

    private static final String TEMP_PREFIX = ".teamfit-";

    /**
     * What went wrong writing a result, without the name of the temporary file it goes through: the user
     * named another file, and the temporary one is gone by the time they read the message.
     */
    private static String describeWrite(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && (isTemp(fs.getFile()) || isTemp(fs.getOtherFile()))) {
            String kind = e.getClass().getSimpleName().replace("Exception", "");
            return fs.getReason() != null ? fs.getReason().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + fs.getReason().substring(1)
                    : switch (kind) {
                        case "NoSuchFile" -> "no such folder";
                        case "AccessDenied" -> "permission denied";
                        default -> kind;
                    };
        }
        return describe(e);
    }

    private static boolean isTemp(String file) {
        return file != null && Path.of(file).getFileName() != null
                && Path.of(file).getFileName().toString().startsWith(TEMP_PREFIX);
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind.equals("IO") ? e.getMessage() : kind + " " + e.getMessage();
    }
}
