package dev.teamfit.robust;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A structured mutator of YAML and JSON project text, seeded: the changes a byte-level fuzzer finds
 * only by luck. Byte flips and truncations, swapped keys and values, deep nesting, big scalars, odd
 * Unicode and invalid UTF-8, YAML tags, anchors, aliases, merge keys, directives and documents,
 * extreme numbers and values of the wrong type.
 */
final class Mutator {

    private static final List<String> ODD_TEXT = List.of("\u0000", "\u0007", "\u001b[2J", "\r", "\t", "\u0085",
            "\u009b", "\u2028", "\u2029", "\u202e", "\u200b", "\ufeff", "\ud83d\ude80", "e\u0301", "\uffff", "\\", "\"",
            "'", "#", ": ", "- ", "? ", "|", ">", "{", "}", "[", "]", ",", "&a ", "*a", "!!str ", "!foo ",
            "!!java.io.File ", "<<: *a", "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "@", "`", "%");
    private static final List<String> ODD_VALUES = List.of("null", "~", "\"\"", "''", "[]", "{}", "yes", "no", "on",
            "true", "1", "0", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999999999", "1e400",
            "1e-400", "0.1", "0x10", "0o17", "0b101", ".inf", "-.inf", ".nan", "NaN", "1_000", "12:30:00",
            "2026-11-26", "!!binary aGVsbG8=", "&x 1", "*x", "[1, [2, [3]]]", "{a: {b: c}}", "\"\\u0000\"",
            "\"\\ud800\"", "'\u2028'", "|\n  block\n", ">-\n  folded\n");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code seed}. */
    byte[] mutate(byte[] seed) {
        byte[] out = seed;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        String text = new String(in, StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> flipByte(in);
            case 1 -> Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
            case 2 -> utf8(swapKeyAndValue(text));
            case 3 -> utf8(insert(text, pick(ODD_TEXT)));
            case 4 -> utf8(replaceValue(text, pick(ODD_VALUES)));
            case 5 -> utf8(nest(text));
            case 6 -> utf8(replaceValue(text, "\"" + "x".repeat(1 + random.nextInt(200_000)) + "\""));
            case 7 -> utf8(duplicateOrDropLine(text));
            case 8 -> invalidUtf8(in);
            case 9 -> utf8(insert(text, "\n" + pick(List.of("team", "problem", "data", "deployment", "reporting",
                    "skills", "roles", "name", "id", "kind", "Team", "team_size", "1", "true", "null", "~", "? [a]"))
                    + ": " + pick(ODD_VALUES) + "\n"));
            case 10 -> utf8(anchorsAndAliases(text));
            default -> utf8(text.replace(pick(List.of(":", "-", "{", "[", "\"", "\n  ", ",")),
                    pick(List.of("", " ", "::", "\t", "\n", "\"\"", "{", "]"))));
        };
    }

    private byte[] flipByte(byte[] in) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] out = in.clone();
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
    }

    private byte[] invalidUtf8(byte[] in) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFF}};
        byte[] piece = bad[random.nextInt(bad.length)];
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        byte[] out = new byte[in.length + piece.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(in, at, out, at + piece.length, in.length - at);
        return out;
    }

    private String insert(String text, String piece) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    /** Replaces the value after a random {@code key:} with another value. */
    private String replaceValue(String text, String value) {
        List<Integer> colons = positions(text, ':');
        if (colons.isEmpty()) {
            return text + value;
        }
        int at = colons.get(random.nextInt(colons.size())) + 1;
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ',' && text.charAt(end) != '}') {
            end++;
        }
        return text.substring(0, at) + " " + value + text.substring(end);
    }

    /** Swaps the key and the value of one {@code key: value} line. */
    private String swapKeyAndValue(String text) {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        String line = lines[i];
        int colon = line.indexOf(": ");
        if (colon > 0) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            lines[i] = indent + line.substring(colon + 2).strip() + ": " + line.substring(indent.length(), colon);
        }
        return String.join("\n", lines);
    }

    /** Wraps a value in 60 to 70 levels of lists or mappings, around the 64-level limit. */
    private String nest(String text) {
        int depth = 60 + random.nextInt(11);
        boolean lists = random.nextBoolean();
        String open = lists ? "[" : "{a: ";
        String close = lists ? "]" : "}";
        return replaceValue(text, open.repeat(depth) + "1" + close.repeat(depth));
    }

    private String duplicateOrDropLine(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        if (random.nextBoolean()) {
            lines.add(i, lines.get(i));
        } else {
            lines.remove(i);
        }
        return String.join("\n", lines);
    }

    private String anchorsAndAliases(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.replaceFirst("problem:", "problem: &p");
            case 1 -> text + "\nextra: *p\n";
            case 2 -> text.replaceFirst("kind:", "<<: {novelty: novel}\n  kind:");
            default -> text.replaceFirst("name:", "!!str name:");
        };
    }

    private static List<Integer> positions(String text, char c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                out.add(i);
            }
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
