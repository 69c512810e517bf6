package dev.teamfit.portfolio;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Text;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The projects named by {@code portfolio PATH...}, in a fixed order: the paths as given; a folder's
 * project files ({@code .yaml}, {@code .yml}, {@code .json}, {@code .jsonl}) sorted by path, at any
 * depth; each line of a JSON Lines file in turn. Files are read lazily, one at a time, each once, so
 * that the portfolio's size costs no memory; each line is bounded like a file.
 *
 * <p>A folder is walked as a user expects: hidden files and folders and {@code node_modules} are left
 * out, {@link Walk#include} and {@link Walk#exclude} globs choose among the rest, and links are not
 * followed (unless {@link Walk#followLinks}, and never round a loop). Anything else that is not read
 * (a FIFO, a dangling link, a link out of the folders given) is {@linkplain #skipped reported}; a
 * subfolder that cannot be read is an error of its own, and the walk goes on.
 */
public final class Inputs implements Iterable<Inputs.Item> {

    /**
     * One input: its bytes to parse, or the reason there are none.
     *
     * @param bytes  the project's bytes, or null when it could not be read
     * @param syntax how to parse them
     * @param error  why it could not be read, or null
     * @param found  whether it was found in a folder, rather than named by the user: it is read as a
     *               project only when it looks like one (see {@link #looksLikeProject})
     * @param skip   why it is left out (found in a folder, it is not a project), or null
     */
    public record Item(Source source, byte[] bytes, TreeReader.Syntax syntax, String error, boolean found,
                       String skip) {
        public Item(Source source, byte[] bytes, TreeReader.Syntax syntax, String error, boolean found) {
            this(source, bytes, syntax, error, found, null);
        }
    }

    /** A path the walk did not read, and why (the path as messages show it). */
    public record Skipped(String path, String reason) {
    }

    /**
     * How folders are walked.
     *
     * @param followLinks follow links out of the folders given (never round a loop; a file reached twice is read once)
     * @param include     globs a file's path below its folder must match one of, when any are given
     * @param exclude     globs no file or folder below a given folder may match
     */
    public record Walk(boolean followLinks, List<String> include, List<String> exclude) {

        /** No links followed, every project file taken. */
        public static final Walk DEFAULT = new Walk(false, List.of(), List.of());

        /** @throws IllegalArgumentException naming a glob that is not one */
        public Walk {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
            include.forEach(Walk::matcher);
            exclude.forEach(Walk::matcher);
        }

        /** A file below a given folder, at {@code relative} to it, is taken. */
        boolean takes(Path relative) {
            return (include.isEmpty() || include.stream().anyMatch(g -> matches(g, relative)))
                    && exclude.stream().noneMatch(g -> matches(g, relative));
        }

        /** A file or folder below a given folder is left out. */
        boolean excludes(Path relative) {
            return exclude.stream().anyMatch(g -> matches(g, relative));
        }

        /**
         * A glob without a slash matches a name at any depth ({@code *.draft.yaml}, {@code vendor}); one
         * with a slash matches the whole path below the folder, where a leading {@code **}{@code /} may
         * also match nothing ({@code **}{@code /archive/**} takes {@code archive/a.yaml} too).
         */
        private static boolean matches(String glob, Path relative) {
            if (glob.indexOf('/') < 0) {
                Path name = relative.getFileName();
                return name != null && matcher(glob).matches(name);
            }
            return matcher(glob).matches(relative) || glob.startsWith("**/") && matcher(glob.substring(3)).matches(relative);
        }

        private static final Map<String, PathMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

        private static PathMatcher matcher(String glob) {
            return MATCHERS.computeIfAbsent(glob, g -> {
                try {
                    return FileSystems.getDefault().getPathMatcher("glob:" + g);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + Text.printable(g) + "' is not a glob: " + e.getMessage()
                            .lines().findFirst().orElse(""), e);
                }
            });
        }
    }

    /** A file, or a path that could not be used, as found when the paths are expanded. */
    private record Entry(Path path, String label, String error, boolean found) {
    }

    private final List<Entry> entries;
    private final List<Skipped> skipped;
    private final long maxBytes;

    private Inputs(List<Entry> entries, List<Skipped> skipped, long maxBytes) {
        this.entries = entries;
        this.skipped = skipped;
        this.maxBytes = maxBytes;
    }

    /** Expands the paths with the default walk. */
    public static Inputs of(List<Path> paths, long maxBytes) {
        return of(paths, maxBytes, Walk.DEFAULT);
    }

    /**
     * Expands the paths: a folder into its project files, a path that names nothing, a folder without
     * projects or a subfolder that cannot be read into an error item.
     */
    public static Inputs of(List<Path> paths, long maxBytes, Walk walk) {
        Walker walker = new Walker(walk);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    walker.roots.add(path.toRealPath());
                } catch (IOException e) {
                    // Reported when the folder is walked.
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            walker.expand(path, entries);
        }
        return new Inputs(List.copyOf(entries), List.copyOf(walker.skipped), maxBytes);
    }

    /** The paths the walk left out, in the order met, with the reason for each. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** The label of the first file to be read that {@code same} holds true of, or null. */
    public String find(java.util.function.Predicate<Path> same) {
        return entries.stream().filter(e -> e.error() == null && same.test(e.path())).map(Entry::label).findFirst()
                .orElse(null);
    }

    /**
     * Whether a file found in a folder is a project rather than some other JSON or YAML (a {@code
     * package.json}, a CI workflow, a people pool): its top level is a mapping with an {@code id} or a
     * {@code problem}. A file named on the command line is a project whatever it holds.
     */
    public static boolean looksLikeProject(dev.teamfit.input.Node root) {
        return root instanceof dev.teamfit.input.Node.Mapping mapping
                && (mapping.entries().containsKey("id") || mapping.entries().containsKey("problem"));
    }

    /** The same for one line of a JSON Lines file, read only as far as its top-level keys. */
    static boolean looksLikeProject(byte[] line) {
        try (com.fasterxml.jackson.core.JsonParser parser = JSON_LINES.createParser(line)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (key.equals("id") || key.equals("problem")) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // Not valid JSON: as likely a broken project as anything else, so it is read and reported.
            return true;
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON_LINES = new com.fasterxml.jackson.core.JsonFactory();

    /** Whether a file name has a project file's extension. */
    static boolean isProjectFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json") || lower.endsWith(".jsonl");
    }

    private static boolean isJsonLines(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** Expands the paths given into entries, one folder at a time. */
    private static final class Walker {
        private final Walk walk;
        private final List<Path> roots = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        /** With links followed: the first label of each real file and folder, so that each is read once. */
        private final Map<Path, String> seen = new HashMap<>();

        Walker(Walk walk) {
            this.walk = walk;
        }

        void expand(Path path, List<Entry> entries) {
            String label = path.toString();
            if (!Files.exists(path)) {
                entries.add(new Entry(path, label, Files.isSymbolicLink(path)
                        ? "a link to nothing (its target does not exist)." : "no such file or folder.", false));
                return;
            }
            if (!Files.isDirectory(path)) {
                entries.add(new Entry(path, label, null, false));
                return;
            }
            Path real;
            try {
                real = path.toRealPath();
            } catch (IOException e) {
                entries.add(new Entry(path, label, "cannot be read: " + reason(e) + ".", false));
                return;
            }
            List<Entry> found = new ArrayList<>();
            Set<Path> ancestors = new HashSet<>();
            ancestors.add(real);
            seen.putIfAbsent(real, label);
            folder(path, path, ancestors, found);
            found.sort(Comparator.comparing(e -> e.path().toString()));
            if (walk.followLinks()) {
                found = once(found);
            }
            if (found.isEmpty()) {
                entries.add(new Entry(path, label, "the folder holds no project files (.yaml, .yml, .json or .jsonl).",
                        false));
            }
            entries.addAll(found);
        }

        /** The files below {@code dir}, a folder below {@code root} (or the root itself). */
        private void folder(Path root, Path dir, Set<Path> ancestors, List<Entry> found) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(children::add);
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
                found.add(new Entry(dir, dir.toString(), "the folder cannot be read (" + reason(cause)
                        + "); the projects in it are left out.", false));
                return;
            }
            children.sort(Comparator.comparing(Path::toString));
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                Path relative = root.relativize(child);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    if (isProjectFile(name)) {
                        found.add(new Entry(child, child.toString(), "cannot be read: " + reason(e) + ".", true));
                    }
                    continue;
                }
                if (attributes.isSymbolicLink()) {
                    link(root, child, relative, ancestors, found);
                } else if (attributes.isDirectory()) {
                    if (!name.equals("node_modules") && !walk.excludes(relative)) {
                        Set<Path> inner = ancestors;
                        if (walk.followLinks()) {
                            try {
                                Path real = child.toRealPath();
                                if (seen.putIfAbsent(real, child.toString()) != null) {
                                    continue;
                                }
                                inner = new HashSet<>(ancestors);
                                inner.add(real);
                            } catch (IOException e) {
                                // Listing it reports the problem.
                            }
                        }
                        folder(root, child, inner, found);
                    }
                } else if (isProjectFile(name) && walk.takes(relative)) {
                    if (attributes.isRegularFile()) {
                        found.add(new Entry(child, child.toString(), null, true));
                    } else {
                        skip(child, "not a regular file (a FIFO, socket or device); name it on the command line to "
                                + "read it");
                    }
                }
            }
        }

        /** A link met in a folder: followed only with --follow-links, and never round a loop. */
        private void link(Path root, Path link, Path relative, Set<Path> ancestors, List<Entry> found) {
            String name = link.getFileName().toString();
            Path real;
            try {
                real = link.toRealPath();
            } catch (NoSuchFileException e) {
                if (isProjectFile(name)) {
                    skip(link, "a link to nothing (its target does not exist)");
                }
                return;
            } catch (IOException e) {
                skip(link, "a link that cannot be followed (" + reason(e) + ")");
                return;
            }
            boolean folder = Files.isDirectory(real);
            if (folder ? name.equals("node_modules") || walk.excludes(relative) : !isProjectFile(name) || !walk.takes(relative)) {
                return;
            }
            if (!walk.followLinks()) {
                boolean inside = roots.stream().anyMatch(real::startsWith);
                skip(link, inside ? "a link, not followed (its target is read where it is; --follow-links follows links)"
                        : "a link out of the folders given, not followed (--follow-links follows it)");
                return;
            }
            if (folder) {
                if (ancestors.contains(real)) {
                    skip(link, "a link to a folder it is in (a loop), not followed");
                    return;
                }
                String first = seen.putIfAbsent(real, link.toString());
                if (first != null) {
                    skip(link, "the same folder as " + Text.printable(first) + ", read once");
                    return;
                }
                Set<Path> inner = new HashSet<>(ancestors);
                inner.add(real);
                folder(root, link, inner, found);
            } else if (Files.isRegularFile(real)) {
                found.add(new Entry(link, link.toString(), null, true));
            } else {
                skip(link, "a link to something that is not a regular file (a FIFO, socket or device)");
            }
        }

        /** With links followed, a file reached by several paths is read at the first. */
        private List<Entry> once(List<Entry> found) {
            List<Entry> kept = new ArrayList<>();
            for (Entry entry : found) {
                if (entry.error() == null) {
                    try {
                        Path real = entry.path().toRealPath();
                        String first = seen.putIfAbsent(real, entry.label());
                        if (first != null) {
                            skip(entry.path(), "the same file as " + Text.printable(first) + ", read once");
                            continue;
                        }
                    } catch (IOException e) {
                        // Reading it reports the problem.
                    }
                }
                kept.add(entry);
            }
            return kept;
        }

        private void skip(Path path, String reason) {
            skipped.add(new Skipped(Text.printable(path.toString()), reason));
        }
    }

    /** An I/O problem in a few words, without the path (the message names it already). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : Text.printable(e.getMessage());
    }

    @Override
    public Iterator<Item> iterator() {
        return new Lookahead<>() {
            private int next;
            private LineReader lines;

            @Override
            Item fetch() {
                while (true) {
                    if (lines != null) {
                        Item line = lines.next();
                        if (line != null) {
                            return line;
                        }
                        lines.close();
                        lines = null;
                    } else if (next >= entries.size()) {
                        return null;
                    } else {
                        Item item = open(entries.get(next++));
                        if (item != null) {
                            return item;
                        }
                    }
                }
            }

            /** A whole-file item, or null after opening a JSON Lines file for its lines. */
            private Item open(Entry entry) {
                Source source = new Source(entry.label(), 0);
                if (entry.error() != null) {
                    return new Item(source, null, null, entry.error(), entry.found());
                }
                try {
                    if (isJsonLines(entry.path())) {
                        lines = new LineReader(entry, maxBytes);
                        return null;
                    }
                    TreeReader.Syntax syntax = TreeReader.Syntax.of(entry.path().getFileName().toString());
                    return new Item(source, new TreeReader(maxBytes).readBounded(entry.path(), source.label()), syntax,
                            null, entry.found());
                } catch (InvalidInputException e) {
                    return new Item(source, null, null, e.problems().get(0).message(), entry.found());
                } catch (NoSuchFileException e) {
                    return new Item(source, null, null, "no such file (it was there when the folder was read).",
                            entry.found());
                } catch (IOException e) {
                    return new Item(source, null, null, "cannot be read: " + reason(e) + ".", entry.found());
                }
            }
        };
    }

    /** Reads a JSON Lines file one line at a time, never holding more than the size limit of a line. */
    private static final class LineReader {
        private final Entry entry;
        private final long maxBytes;
        private InputStream in;
        private int line;
        private boolean found;

        LineReader(Entry entry, long maxBytes) throws IOException {
            this.entry = entry;
            this.maxBytes = maxBytes;
            this.in = new BufferedInputStream(Files.newInputStream(entry.path()), 1 << 16);
        }

        /** The next non-blank line as an item, or null at the end. */
        Item next() {
            try {
                while (in != null) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    boolean tooLong = false;
                    long length = 0;
                    int b;
                    while ((b = in.read()) != -1 && b != '\n') {
                        length++;
                        if (length > maxBytes) {
                            tooLong = true;
                        } else {
                            bytes.write(b);
                        }
                    }
                    if (b == -1 && length == 0) {
                        return end();
                    }
                    line++;
                    Source source = new Source(entry.label(), line);
                    if (tooLong) {
                        return new Item(source, null, null, "the line is " + length + " bytes, over the limit of "
                                + maxBytes + " bytes (--max-input-bytes).", false);
                    }
                    byte[] content = bytes.toByteArray();
                    if (new String(content, StandardCharsets.UTF_8).isBlank()) {
                        if (b == -1) {
                            return end();
                        }
                        continue;
                    }
                    if (!found && entry.found() && !looksLikeProject(content)) {
                        // A JSON Lines file of something else (a data set) found in a folder: left alone.
                        close();
                        found = true;
                        return new Item(new Source(entry.label(), 0), null, null, null, true,
                                "not a project: its first line has no id or problem at its top");
                    }
                    found = true;
                    return new Item(source, content, TreeReader.Syntax.JSON, null, false);
                }
                return null;
            } catch (IOException e) {
                close();
                found = true;
                return new Item(new Source(entry.label(), line + 1), null, null, "cannot be read: " + reason(e) + ".",
                        false);
            }
        }

        /** Null at the end, or one error item for a file that held no project at all. */
        private Item end() {
            close();
            if (found) {
                return null;
            }
            found = true;
            return new Item(new Source(entry.label(), 0), null, null,
                    "the file holds no projects (it is empty, or every line is blank).", false);
        }

        void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // Nothing more to read either way.
                }
                in = null;
            }
        }
    }
}
