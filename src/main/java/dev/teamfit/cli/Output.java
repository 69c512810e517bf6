package dev.teamfit.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
            Path temp = Files.createTempFile(target.getParent(), ".teamfit-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw TeamfitException.invalid("cannot write " + path + ": " + describe(e)
                    + ". Check that the folder exists and is writable.");
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind.equals("IO") ? e.getMessage() : kind + " " + e.getMessage();
    }
}
