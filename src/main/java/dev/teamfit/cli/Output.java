package dev.teamfit.cli;

import dev.teamfit.portfolio.TempFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a result to stdout or to {@code --output}, never half of it. A regular file is written
 * beside its target under a temporary name and renamed over it once complete, keeping the mode of the
 * file it replaces (a new one gets the umask's); a symbolic link is followed to the file it names; a
 * device or a FIFO is written through, since renaming over it would put a file in its place. A folder
 * is an error. The temporary file is removed if the run fails or is interrupted (SIGINT, SIGTERM), and
 * no message names it.
 */
final class Output {

    /** Links followed before giving up, as the kernel does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private Output() {
    }

    /** What {@code --output} names, resolved once before anything is written. */
    enum Kind {
        /** No such file yet: made new, with the umask's mode. */
        NEW,
        /** A regular file: replaced whole, its mode kept. */
        REGULAR,
        /** A device, FIFO or socket: written through. */
        THROUGH
    }

    /**
     * Where a result goes.
     *
     * @param given the path as the user gave it, for messages
     * @param file  the file to write: the given path with every symbolic link followed
     * @param mode  the permissions of the file replaced, or null
     * @param key   the file's identity (device and inode) when it exists, to compare with the inputs
     */
    record Target(Path given, Path file, Kind kind, Set<PosixFilePermission> mode, Object key) {

        /** Whether {@code path} is this very file (after links), so that writing would destroy it. */
        boolean is(Path path) {
            if (kind != Kind.REGULAR) {
                return false;
            }
            try {
                Object other = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
                return other != null ? other.equals(key) : Files.isSameFile(path, file);
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Resolves {@code --output}; a folder, a link loop or a missing folder is an error (exit 2). */
    static Target target(Path path) {
        Path file = path.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(file); hops++) {
                if (hops == MAX_LINKS) {
                    throw cannotWrite(path, "too many levels of symbolic links");
                }
                file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                Path folder = file.getParent();
                if (folder == null || !Files.isDirectory(folder)) {
                    throw cannotWrite(path, "the folder " + (folder == null ? "/" : folder) + " does not exist");
                }
                return new Target(path, file, Kind.NEW, null, null);
            }
            if (attributes.isDirectory()) {
                throw TeamfitException.invalid("--output " + path + ": is a folder. Give the name of a file to write.");
            }
            if (!attributes.isRegularFile()) {
                return new Target(path, file, Kind.THROUGH, null, null);
            }
            Set<PosixFilePermission> mode = null;
            try {
                mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the new file gets its defaults.
            }
            return new Target(path, file, Kind.REGULAR, mode, attributes.fileKey());
        } catch (IOException e) {
            throw cannotWrite(path, describe(e));
        }
    }

    static void write(String text, Path path, PrintWriter out) {
        stream(path == null ? null : target(path), out, w -> {
            w.write(text);
            return null;
        });
    }

    /** Writes what {@code body} produces, as it goes. */
    interface Body<T> {
        T write(Writer out) throws IOException;
    }

    /**
     * Streams a result to the target, or to {@code out} when there is none. Writing to stdout stops at
     * the first write error (a closed pipe, a full disk) with exit 2.
     */
    static <T> T stream(Target target, PrintWriter out, Body<T> body) {
        if (target == null) {
            return toStdout(out, body);
        }
        if (target.kind() == Kind.THROUGH) {
            try (Writer file = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(target.file(), StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                return body.write(file);
            } catch (IOException | UncheckedIOException e) {
                throw cannotWrite(target.given(), describe(cause(e)));
            }
        }
        Path temp = target.file().resolveSibling(".teamfit-" + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        TempFiles.register(temp);
        try {
            T result;
            // Created as any new file is (0666 less the umask), then given the mode of the file it replaces.
            try (Writer file = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                result = body.write(file);
            }
            if (target.mode() != null) {
                Files.setPosixFilePermissions(temp, target.mode());
            }
            try {
                Files.move(temp, target.file(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target.file(), StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } catch (IOException | UncheckedIOException e) {
            String reason = describe(cause(e)).replace(temp.toString(), target.file().toString())
                    .replace(temp.getFileName().toString(), target.file().getFileName().toString());
            throw cannotWrite(target.given(), reason);
        } finally {
            TempFiles.delete(temp);
        }
    }

    private static <T> T toStdout(PrintWriter out, Body<T> body) {
        try {
            T result = body.write(out instanceof Streams.Stdout stdout ? stdout.unforgiving() : out);
            out.flush();
            check(out);
            return result;
        } catch (IOException | UncheckedIOException e) {
            check(out);
            throw TeamfitException.invalid("cannot write the result to stdout: " + describe(cause(e)) + ".");
        }
    }

    /** Exit 2 with one message when stdout could not be written. */
    private static void check(PrintWriter out) {
        if (out instanceof Streams.Stdout stdout && stdout.failure() != null) {
            stdout.markReported();
            throw TeamfitException.invalid(stdoutFailure(stdout.failure()));
        }
        if (!(out instanceof Streams.Stdout) && out.checkError()) {
            throw TeamfitException.invalid("cannot write the result to stdout.");
        }
    }

    /** The message for a result that could not reach stdout. */
    static String stdoutFailure(IOException e) {
        return "cannot write the result to stdout: " + describe(e) + ".";
    }

    private static IOException cause(Exception e) {
        return e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
    }

    /** The error for an {@code --output} that is one of the command's inputs. */
    static TeamfitException replacesInput(Path output, Object input) {
        return TeamfitException.invalid("--output " + output + ": is " + input
                + ", an input; the report would replace it. Give another file name.");
    }

    private static TeamfitException cannotWrite(Path path, String reason) {
        return TeamfitException.invalid("cannot write " + path + ": " + reason
                + ". Check that the folder exists and is writable.");
    }

    private static final Map<Class<? extends FileSystemException>, String> PLAIN_WORDS = Map.of(
            AccessDeniedException.class, "permission denied",
            NoSuchFileException.class, "no such file or folder",
            NotDirectoryException.class, "not a folder",
            FileAlreadyExistsException.class, "the file already exists",
            DirectoryNotEmptyException.class, "the folder is not empty",
            FileSystemLoopException.class, "a loop of symbolic links");

    /** An I/O error in a few words, without the file's name (the message names the file the user gave). */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null && !fs.getReason().isEmpty()) {
                return fs.getReason().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + fs.getReason().substring(1);
            }
            for (Map.Entry<Class<? extends FileSystemException>, String> plain : PLAIN_WORDS.entrySet()) {
                if (plain.getKey().isInstance(e)) {
                    return plain.getValue();
                }
            }
        }
        if (e.getMessage() != null && !(e instanceof FileSystemException)) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
