package dev.teamfit.input;

import dev.teamfit.model.Nearest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    void required(Node.Mapping mapping, Node.Mapping at, String path, String key, String what) {
        if (mapping != null && get(mapping, key) == null) {
            Node.Entry empty = mapping.entries().get(key);
            if (empty != null) {
                problems.add(new Problem(empty.keyAt(), child(path, key), "required value is empty; " + what));
            } else {
                problem(at, child(path, key), "required key is missing; " + what);
            }
        }
    }

    String text(Node.Mapping mapping, String path, String key) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof String text) {
            return text;
        }
        problem(node, child(path, key), "expected text, found " + node.describe() + ". Quote it if it is meant as text.");
        return null;
    }

    /** true or false, or null when absent or wrong (after a problem). */
    Boolean bool(Node.Mapping mapping, String path, String key) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof Boolean value) {
            return value;
        }
        problem(node, child(path, key), "expected true or false, found " + shown(node) + ".");
        return null;
    }

    /** An integer in [min, max], or null when absent or wrong (after a problem). */
    Integer integer(Node.Mapping mapping, String path, String key, long min, long max) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof BigInteger value
                && value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
            return value.intValue();
        }
        problem(node, child(path, key), "expected a whole number " + range(min, max) + ", found " + shown(node) + ".");
        return null;
    }

    /** A number in (0, 1], or null when absent or wrong (after a problem). */
    Double share(Node.Mapping mapping, String path, String key) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        BigDecimal value = node instanceof Node.Scalar s ? decimal(s.value()) : null;
        // A positive number too small for a double would become 0: refused like 0.
        if (value != null && value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0 && value.doubleValue() > 0) {
            return value.doubleValue();
        }
        problem(node, child(path, key), "expected a number over 0 and at most 1 (a share of a full-time person), found "
                + shown(node) + ".");
        return null;
    }

    /** One of a closed set of ids, or null when absent or wrong (after a problem). */
    String choice(Node.Mapping mapping, String path, String key, List<String> allowed) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof String text && allowed.contains(text)) {
            return text;
        }
        problem(node, child(path, key), "'" + shownValue(node) + "' is not allowed. Allowed: "
                + String.join(", ", allowed) + ".");
        return null;
    }

    /** A number of 0 or more, or null when absent or wrong (after a problem). */
    Double number(Node.Mapping mapping, String path, String key) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        BigDecimal value = node instanceof Node.Scalar s ? decimal(s.value()) : null;
        if (value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(1e12)) < 0) {
            return value.doubleValue();
        }
        problem(node, child(path, key), "expected a number of 0 or more, found " + shown(node) + ".");
        return null;
    }

    /** A calendar month as {@code YYYY-MM}, or null when absent or wrong (after a problem). */
    String month(Node.Mapping mapping, String path, String key) {
        Node node = get(mapping, key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof String text && MONTH.matcher(text).matches()) {
            return text;
        }
        problem(node, child(path, key), "expected a month as YYYY-MM, such as 2027-01, found " + shown(node) + ".");
        return null;
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(19|20|21)\\d\\d-(0[1-9]|1[0-2])");

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        return value instanceof BigInteger i ? new BigDecimal(i) : null;
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
