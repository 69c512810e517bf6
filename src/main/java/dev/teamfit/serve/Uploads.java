package dev.teamfit.serve;

import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A portfolio's files, copied as they arrive into a private temporary folder under their own names (so
 * that messages name them as the user does) and never held in memory; the folder goes when this closes.
 * Jetty streams each multipart part to its own temporary file first.
 */
final class Uploads implements AutoCloseable {

    private final Path folder;
    private final List<Path> files;

    private Uploads(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = List.copyOf(files);
    }

    /** The uploaded files, at most {@code max} bytes in all; 413 beyond. */
    static Uploads of(List<UploadedFile> uploads, long max) {
        Path folder = folder();
        List<Path> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try {
            for (UploadedFile upload : uploads) {
                if (upload.filename() == null || upload.filename().isBlank()) {
                    continue;
                }
                Path file = folder.resolve(unique(name(upload.filename()), names));
                try (InputStream in = upload.content(); OutputStream out = Files.newOutputStream(file)) {
                    total += Bodies.copy(in, out, max - total, "The portfolio", "--max-portfolio-bytes");
                }
                files.add(file);
            }
            return new Uploads(folder, files);
        } catch (IOException | RuntimeException e) {
            new Uploads(folder, files).close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** A folder for one request's body, {@code body} named as given and written by {@code spool}. */
    static Uploads spooled(String body, Consumer<Path> spool) {
        Path folder = folder();
        Path file = folder.resolve(body);
        try {
            spool.accept(file);
            return new Uploads(folder, List.of(file));
        } catch (RuntimeException e) {
            new Uploads(folder, List.of(file)).close();
            throw e;
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("teamfit-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    List<Path> files() {
        return files;
    }

    /** The text that stands before each file's name in paths, and so in messages about them. */
    String prefix() {
        return folder + folder.getFileSystem().getSeparator();
    }

    /**
     * The last part of an uploaded file's name, without control characters or path separators: a name is
     * untrusted text and never a path.
     */
    static String name(String submitted) {
        String base = submitted.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "upload";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        return candidate;
    }

    /** An uploaded file's bytes, at most {@code max} and one more: a longer file is refused when it is read. */
    static byte[] bytes(UploadedFile file, long max) {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind; the system's cleaning takes it.
        }
    }
}
