package dev.teamfit.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML or JSON value that remembers where it stood in the file, for precise errors. */
public sealed interface Node {

    Location at();

    /** What the value is, for messages: "text", "a number", "a list", ... */
    String describe();

    /** A scalar: String, Boolean, a Number, or null. */
    record Scalar(Object value, Location at) implements Node {
        @Override
        public String describe() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "text";
            }
            return value instanceof Boolean ? "a boolean" : "a number";
        }
    }

    /** A mapping, keys in file order. */
    record Mapping(Map<String, Entry> entries, Location at) implements Node {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping and its value. */
    record Entry(String key, Location keyAt, Node value) {
    }

    /** A list. */
    record Sequence(List<Node> items, Location at) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
