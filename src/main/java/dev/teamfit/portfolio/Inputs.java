package dev.teamfit.portfolio;

import dev.teamfit.input.TreeReader;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The projects named by {@code portfolio PATH...}, in a fixed order: the paths as given; a folder's
 * project files ({@code .yaml}, {@code .yml}, {@code .json}, {@code .jsonl}) sorted by path, at any
 * depth; each line of a JSON Lines file in turn. Files are read lazily, one at a time, so that the
 * portfolio's size costs no memory; each line is bounded like a file.
 */
public final class Inputs implements Iterable<Inputs.Item> {

    /**
     * One input: its bytes to parse, or the reason there are none.
     *
     * @param bytes  the project's bytes, or null when it could not be read
     * @param syntax how to parse them
     * @param error  why it could not be read, or null
     */
    public record Item(Source source, byte[] bytes, TreeReader.Syntax syntax, String error) {
    }

    /** A file or a path that names nothing, as found when the paths are expanded. */
    private record Entry(Path path, String label, String error) {
    }

    private final List<Entry> entries;
    private final long maxBytes;

    private Inputs(List<Entry> entries, long maxBytes) {
        this.entries = entries;
        this.maxBytes = maxBytes;
    }

    /** Expands the paths; a path that does not exist, or a folder without projects, becomes an error item. */
    public static Inputs of(List<Path> paths, long maxBytes) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            String label = path.toString();
            if (Files.isDirectory(path)) {
                List<Path> files = projectFiles(path);
                if (files.isEmpty()) {
                    entries.add(new Entry(path, label, "the folder holds no project files (.yaml, .yml, .json or .jsonl)."));
                }
                files.forEach(f -> entries.add(new Entry(f, f.toString(), null)));
            } else if (Files.exists(path)) {
                entries.add(new Entry(path, label, null));
            } else {
                entries.add(new Entry(path, label, "no such file or folder."));
            }
        }
        return new Inputs(List.copyOf(entries), maxBytes);
    }

    private static List<Path> projectFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json|jsonl)"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJsonLines(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    @Override
    public Iterator<Item> iterator() {
        return new Iterator<>() {
            private int next;
            private LineReader lines;
            private Item pending;

            @Override
            public boolean hasNext() {
                while (pending == null) {
                    if (lines != null) {
                        pending = lines.next();
                        if (pending == null) {
                            lines.close();
                            lines = null;
                        }
                        continue;
                    }
                    if (next >= entries.size()) {
                        return false;
                    }
                    pending = open(entries.get(next++));
                }
                return true;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Item item = pending;
                pending = null;
                return item;
            }

            /** A whole-file item, or null after opening a JSON Lines file for its lines. */
            private Item open(Entry entry) {
                Source source = new Source(entry.label(), 0);
                if (entry.error() != null) {
                    return new Item(source, null, null, entry.error());
                }
                try {
                    if (isJsonLines(entry.path())) {
                        lines = new LineReader(entry, maxBytes);
                        return null;
                    }
                    TreeReader.Syntax syntax = TreeReader.Syntax.of(entry.path().getFileName().toString());
                    return new Item(source, new TreeReader(maxBytes).readBounded(entry.path(), entry.label()), syntax, null);
                } catch (dev.teamfit.input.InvalidInputException e) {
                    return new Item(source, null, null, e.problems().get(0).message());
                } catch (NoSuchFileException e) {
                    return new Item(source, null, null, "no such file.");
                } catch (IOException e) {
                    return new Item(source, null, null, "cannot be read: " + e.getMessage() + ".");
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
                                + maxBytes + " bytes (--max-input-bytes).");
                    }
                    byte[] content = bytes.toByteArray();
                    if (new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                        if (b == -1) {
                            return end();
                        }
                        continue;
                    }
                    found = true;
                    return new Item(source, content, TreeReader.Syntax.JSON, null);
                }
                return null;
            } catch (IOException e) {
                close();
                return new Item(new Source(entry.label(), line + 1), null, null, "cannot be read: " + e.getMessage() + ".");
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
                    "the file holds no projects (it is empty, or every line is blank).");
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
