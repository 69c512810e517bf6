package dev.teamfit.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a settings file ({@code teamfit.yaml}): a mapping of known keys to values, validated like a
 * project file (size, encoding, duplicate keys, anchors and tags refused), with every problem at its
 * line and column. What the keys mean, and which file may set which, is the caller's.
 */
public final class SettingsReader {

    /** A settings file is a few lines; this is generous. */
    public static final long MAX_BYTES = 64 * 1024;

    /** What a key holds. */
    public enum Kind {
        /** One of the key's choices. */
        CHOICE,
        /** true or false. */
        FLAG,
        /** A folder, or a list of folders. */
        FOLDERS
    }

    /** A key a settings file may hold. */
    public record Key(String name, Kind kind, List<String> choices) {
        public Key {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A value read, where it stood: a choice as its text, a flag as a Boolean, folders as a list of
     * values, one per folder (key {@code add-rules[0]}, ...).
     */
    public record Value(String key, Object value, Location at) {
    }

    private SettingsReader() {
    }

    /** The values of a settings file, by key, in file order; an empty file (or one of comments only) has none. */
    public static Map<String, Value> read(String file, byte[] bytes, List<Key> keys) throws InvalidInputException {
        Map<String, Value> values = new LinkedHashMap<>();
        if (blank(bytes)) {
            return values;
        }
        Node root = new TreeReader(MAX_BYTES).parse(file, bytes, TreeReader.Syntax.YAML);
        Binder in = new Binder();
        Node.Mapping top = in.top(root, file);
        in.checkKeys(top, "", keys.stream().map(Key::name).toList());
        for (Key key : keys) {
            Node.Entry entry = top.entries().get(key.name());
            if (entry != null) {
                Value value = value(in, key, entry);
                if (value != null) {
                    values.put(key.name(), value);
                }
            }
        }
        in.throwProblems(file);
        return values;
    }

    private static Value value(Binder in, Key key, Node.Entry entry) {
        Node node = entry.value();
        Location at = node.at() != null ? node.at() : entry.keyAt();
        switch (key.kind()) {
            case CHOICE -> {
                if (node instanceof Node.Scalar s && s.value() instanceof String text && key.choices().contains(text)) {
                    return new Value(key.name(), text, at);
                }
                in.problem(node, key.name(), describe(node) + " is not allowed here. Allowed: "
                        + String.join(", ", key.choices()) + ".");
            }
            case FLAG -> {
                if (node instanceof Node.Scalar s && s.value() instanceof Boolean flag) {
                    return new Value(key.name(), flag, at);
                }
                in.problem(node, key.name(), describe(node) + " is not allowed here. Allowed: true, false.");
            }
            case FOLDERS -> {
                List<Node> items = node instanceof Node.Sequence list ? list.items() : List.of(node);
                List<Value> folders = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    String path = node instanceof Node.Sequence ? key.name() + "[" + i + "]" : key.name();
                    if (item instanceof Node.Scalar s && s.value() instanceof String text && !text.isBlank()) {
                        folders.add(new Value(path, text, item.at()));
                    } else {
                        in.problem(item, path, describe(item) + " is not a folder. Write a folder's path, or a "
                                + "list of them.");
                    }
                }
                return new Value(key.name(), List.copyOf(folders), at);
            }
            default -> throw new IllegalStateException(key.kind().name());
        }
        return null;
    }

    private static String describe(Node node) {
        return node instanceof Node.Scalar s && s.value() != null
                ? "'" + Binder.clip(String.valueOf(s.value())) + "'" : node.describe();
    }

    /** Whether the file holds nothing but blank lines and comments. */
    private static boolean blank(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#")
                || line.equals("---") || line.equals("\uFEFF"));
    }
}
