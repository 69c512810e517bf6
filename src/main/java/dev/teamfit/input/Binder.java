package dev.teamfit.input;

import dev.teamfit.model.Nearest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads typed values out of a {@link Node} tree, collecting a {@link Problem} for each wrong one
 * instead of stopping, so that a file's errors are all reported at once.
 */
final class Binder {

    final List<Problem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The file's top level as a mapping; a file that holds anything else stops here, with that problem. */
    Node.Mapping top(Node root, String file) throws InvalidInputException {
        Node.Mapping top = mapping(root, "");
        if (top == null) {
            throw new InvalidInputException(file, problems);
        }
        return top;
    }

    /** Stops with every problem found, if there are any. */
    void throwProblems(String file) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(file, problems);
        }
    }

    void problem(Node node, String path, String message) {
        problems.add(new Problem(node == null ? null : node.at(), path, message));
    }

    /** The node as a mapping, or null after a problem. */
    Node.Mapping mapping(Node node, String path) {
        if (node instanceof Node.Mapping mapping) {
            return mapping;
        }
        problem(node, path, "expected a mapping of keys to values, found " + node.describe() + ".");
        return null;
    }

    /** A mapping in a list, with its position and key path. */
    record Item(int index, String path, Node.Mapping node) {
    }

    /**
     * The mappings of a list, each with its key path {@code path[i]}, and a problem for each item that is
     * not a mapping; none, after the problem {@code notAList}, when the node is not a list.
     */
    List<Item> items(Node node, String path, String notAList) {
        List<Item> items = new ArrayList<>();
        if (!(node instanceof Node.Sequence sequence)) {
            problem(node, path, notAList);
            return items;
        }
        for (int i = 0; i < sequence.items().size(); i++) {
            String at = path + "[" + i + "]";
            Node.Mapping mapping = mapping(sequence.items().get(i), at);
            if (mapping != null) {
                items.add(new Item(i, at, mapping));
            }
        }
        return items;
    }

    /** Reports every key of the mapping that is not allowed, with the nearest allowed one. */
    void checkKeys(Node.Mapping mapping, String path, List<String> allowed) {
        for (Node.Entry entry : mapping.entries().values()) {
            String key = entry.key();
            if (allowed.contains(key)) {
                continue;
            }
            String kebab = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').replace(' ', '-')
                    .toLowerCase(Locale.ROOT);
            String hint;
            if (allowed.contains(kebab)) {
                hint = "keys are kebab-case: write '" + kebab + "'.";
            } else {
                hint = Nearest.to(key, allowed).map(n -> "did you mean '" + n + "'? ").orElse("")
                        + "Allowed here: " + String.join(", ", allowed) + ".";
            }
            problems.add(new Problem(entry.keyAt(), child(path, key), "unknown key; " + hint));
        }
    }

    /** The value under a key, or null when the key is absent or its value is null. */
    static Node get(Node.Mapping mapping, String key) {
        if (mapping == null) {
            return null;
        }
        Node.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof Node.Scalar s && s.value() == null) {
            return null;
        }
        return entry.value();
    }

    /** Reports a required key that is missing. */
    void required(Node.Mapping mapping, String path, String key, String what) {
        if (mapping != null && get(mapping, key) == null) {
            Node.Entry empty = mapping.entries().get(key);
            if (empty != null) {
                problems.add(new Problem(empty.keyAt(), child(path, key), "required value is empty; " + what));
            } else {
                problem(mapping, child(path, key), "required key is missing; " + what);
            }
        }
    }

    /** Text, or null when absent or not text (after a problem). */
    String text(Node.Mapping mapping, String path, String key) {
        return scalar(mapping, path, key, value -> value instanceof String text ? text : null,
                node -> "expected text, found " + node.describe() + ". Quote it if it is meant as text.");
    }

    /** true or false, or null when absent or wrong (after a problem). */
    Boolean bool(Node.Mapping mapping, String path, String key) {
        return scalar(mapping, path, key, value -> value instanceof Boolean b ? b : null,
                node -> "expected true or false, found " + shown(node) + ".");
    }

    /** An integer in [min, max], or null when absent or wrong (after a problem). */
    Integer integer(Node.Mapping mapping, String path, String key, long min, long max) {
        return scalar(mapping, path, key, value -> value instanceof BigInteger n
                        && n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0
                        ? n.intValue() : null,
                node -> "expected a whole number " + range(min, max) + ", found " + shown(node) + ".");
    }

    /** A number in (0, 1], or null when absent or wrong (after a problem). */
    Double share(Node.Mapping mapping, String path, String key) {
        // A positive number too small for a double would become 0: refused like 0.
        return scalar(mapping, path, key, value -> decimal(value,
                        d -> d.signum() > 0 && d.compareTo(BigDecimal.ONE) <= 0 && d.doubleValue() > 0),
                node -> "expected a number over 0 and at most 1 (a share of a full-time person), found " + shown(node)
                        + ".");
    }

    /** One of a closed set of ids, or null when absent or wrong (after a problem). */
    String choice(Node.Mapping mapping, String path, String key, List<String> allowed) {
        return scalar(mapping, path, key, value -> value instanceof String text && allowed.contains(text) ? text : null,
                node -> "'" + shownValue(node) + "' is not allowed. Allowed: " + String.join(", ", allowed) + ".");
    }

    /** A number of 0 or more, or null when absent or wrong (after a problem). */
    Double number(Node.Mapping mapping, String path, String key) {
        return scalar(mapping, path, key, value -> decimal(value,
                        d -> d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(1e12)) < 0),
                node -> "expected a number of 0 or more, found " + shown(node) + ".");
    }

    /** A calendar month as {@code YYYY-MM}, or null when absent or wrong (after a problem). */
    String month(Node.Mapping mapping, String path, String key) {
        return scalar(mapping, path, key, value -> value instanceof String text
                        && ProjectFormat.YEAR_MONTH.matcher(text).matches() ? text : null,
                node -> "expected a month as YYYY-MM, such as 2027-01, found " + shown(node) + ".");
    }

    /**
     * The value under a key as {@code read} takes it from a scalar, or null when the key is absent; when
     * {@code read} gives null, or the value is not a scalar, null after the problem {@code wrong} words.
     */
    private <T> T scalar(Node.Mapping mapping, String path, String key, Function<Object, T> read,
                         Function<Node, String> wrong) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        T value = node instanceof Node.Scalar s ? read.apply(s.value()) : null;
        if (value == null) {
            problem(node, child(path, key), wrong.apply(node));
        }
        return value;
    }


    /** A number as a double, if {@code accept} takes it; else null. */
    private static Double decimal(Object value, Predicate<BigDecimal> accept) {
        BigDecimal d = value instanceof BigDecimal b ? b : value instanceof BigInteger i ? new BigDecimal(i) : null;
        return d != null && accept.test(d) ? d.doubleValue() : null;
    }

    static String shown(Node node) {
        if (node instanceof Node.Scalar s && s.value() != null) {
            return s.value() instanceof String ? "'" + clip(s.value().toString()) + "'" : clip(String.valueOf(s.value()));
        }
        return node.describe();
    }

    private static String shownValue(Node node) {
        return node instanceof Node.Scalar s ? clip(String.valueOf(s.value())) : node.describe();
    }

    /** Input text made safe to print in a one-line message: control characters escaped, at most 60 long. */
    static String clip(String text) {
        String safe = dev.teamfit.model.Text.printable(text);
        return safe.length() <= 60 ? safe : safe.substring(0, 57) + "...";
    }

    private static String range(long min, long max) {
        if (max == Integer.MAX_VALUE) {
            return min == 0 ? "of 0 or more" : "of " + min + " or more";
        }
        return "from " + min + " to " + max;
    }
}
