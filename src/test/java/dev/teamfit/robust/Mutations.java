package dev.teamfit.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * jqwik arbitraries of hostile project files: a seed ({@link Seeds}) with one to three structured
 * mutations, the changes a byte-level fuzzer finds only by luck. Byte flips and truncations, swapped
 * keys and values, deep nesting, big scalars, odd Unicode and invalid UTF-8, YAML tags, anchors,
 * aliases, merge keys, directives and documents, extreme numbers and values of the wrong type.
 * A mutation is data ({@link Mutation}), so jqwik shrinks a failing input to fewer, smaller mutations.
 */
final class Mutations {

    private static final List<String> ODD_TEXT = List.of("\u0000", "\u0007", "\u001b[2J", "\r", "\t", "\u0085",
            "\u009b", "\u2028", "\u2029", "\u202e", "\u200b", "\ufeff", "\ud83d\ude80", "e\u0301", "\uffff", "\\", "\"",
            "'", "#", ": ", "- ", "? ", "|", ">", "{", "}", "[", "]", ",", "&a ", "*a", "!!str ", "!foo ",
            "!!java.io.File ", "<<: *a", "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "@", "`", "%");
    private static final List<String> ODD_VALUES = List.of("null", "~", "\"\"", "''", "[]", "{}", "yes", "no", "on",
            "true", "1", "0", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999999999", "1e400",
            "1e-400", "0.1", "0x10", "0o17", "0b101", ".inf", "-.inf", ".nan", "NaN", "1_000", "12:30:00",
            "2026-11-26", "!!binary aGVsbG8=", "&x 1", "*x", "[1, [2, [3]]]", "{a: {b: c}}", "\"\\u0000\"",
            "\"\\ud800\"", "'\u2028'", "|\n  block\n", ">-\n  folded\n");
    private static final List<String> KEYS = List.of("team", "problem", "data", "deployment", "reporting", "skills",
            "roles", "name", "id", "kind", "Team", "team_size", "1", "true", "null", "~", "? [a]");
    private static final List<String> FROM = List.of(":", "-", "{", "[", "\"", "\n  ", ",");
    private static final List<String> TO = List.of("", " ", "::", "\t", "\n", "\"\"", "{", "]");
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xFE, (byte) 0xFF}};

    /** What a mutation does; {@code a}, {@code b} and {@code c} pick where and what, modulo what there is. */
    enum Kind {
        FLIP_BYTE, TRUNCATE, SWAP_KEY_AND_VALUE, INSERT_ODD_TEXT, REPLACE_VALUE, NEST, BIG_SCALAR,
        DUPLICATE_OR_DROP_LINE, INVALID_UTF8, INSERT_KEY, ANCHORS_AND_ALIASES, REPLACE_PUNCTUATION
    }

    /** One change to a file. */
    record Mutation(Kind kind, int a, int b, int c) {

        byte[] apply(byte[] in) {
            String text = new String(in, StandardCharsets.UTF_8);
            return switch (kind) {
                case FLIP_BYTE -> {
                    if (in.length == 0) {
                        yield new byte[] {(byte) b};
                    }
                    byte[] out = in.clone();
                    out[a % out.length] = (byte) b;
                    yield out;
                }
                case TRUNCATE -> Arrays.copyOf(in, in.length == 0 ? 0 : a % in.length);
                case SWAP_KEY_AND_VALUE -> utf8(swapKeyAndValue(text, a));
                case INSERT_ODD_TEXT -> utf8(insert(text, a, pick(ODD_TEXT, b)));
                case REPLACE_VALUE -> utf8(replaceValue(text, a, pick(ODD_VALUES, b)));
                case NEST -> {
                    int depth = 60 + b % 11; // around the 64-level limit
                    boolean lists = c % 2 == 0;
                    yield utf8(replaceValue(text, a, (lists ? "[" : "{a: ").repeat(depth) + "1"
                            + (lists ? "]" : "}").repeat(depth)));
                }
                case BIG_SCALAR -> utf8(replaceValue(text, a, "\"" + "x".repeat(1 + b % 200_000) + "\""));
                case DUPLICATE_OR_DROP_LINE -> utf8(duplicateOrDropLine(text, a, b % 2 == 0));
                case INVALID_UTF8 -> invalidUtf8(in, a, BAD_UTF8[b % BAD_UTF8.length]);
                case INSERT_KEY -> utf8(insert(text, a, "\n" + pick(KEYS, b) + ": " + pick(ODD_VALUES, c) + "\n"));
                case ANCHORS_AND_ALIASES -> utf8(switch (b % 4) {
                    case 0 -> text.replaceFirst("problem:", "problem: &p");
                    case 1 -> text + "\nextra: *p\n";
                    case 2 -> text.replaceFirst("kind:", "<<: {novelty: novel}\n  kind:");
                    default -> text.replaceFirst("name:", "!!str name:");
                });
                case REPLACE_PUNCTUATION -> utf8(text.replace(pick(FROM, b), pick(TO, c)));
            };
        }
    }

    private Mutations() {
    }

    static Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(Arbitraries.of(Kind.class), any, any, any).as(Mutation::new);
    }

    /** A seed with one to three mutations. */
    static Arbitrary<byte[]> hostile() {
        return Combinators.combine(Arbitraries.of(Seeds.all()), mutations().list().ofMinSize(1).ofMaxSize(3))
                .as((seed, mutations) -> {
                    byte[] out = seed.bytes();
                    for (Mutation m : mutations) {
                        out = m.apply(out);
                    }
                    return out;
                });
    }

    private static String pick(List<String> values, int i) {
        return values.get(i % values.size());
    }

    private static String insert(String text, int at, String piece) {
        int i = text.isEmpty() ? 0 : at % (text.length() + 1);
        return text.substring(0, i) + piece + text.substring(i);
    }

    /** Replaces the value after one {@code key:} with another value. */
    private static String replaceValue(String text, int which, String value) {
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':') {
                colons.add(i);
            }
        }
        if (colons.isEmpty()) {
            return text + value;
        }
        int at = colons.get(which % colons.size()) + 1;
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ',' && text.charAt(end) != '}') {
            end++;
        }
        return text.substring(0, at) + " " + value + text.substring(end);
    }

    /** Swaps the key and the value of one {@code key: value} line. */
    private static String swapKeyAndValue(String text, int which) {
        String[] lines = text.split("\n", -1);
        int i = which % lines.length;
        String line = lines[i];
        int colon = line.indexOf(": ");
        if (colon > 0) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            lines[i] = indent + line.substring(colon + 2).strip() + ": " + line.substring(indent.length(), colon);
        }
        return String.join("\n", lines);
    }

    private static String duplicateOrDropLine(String text, int which, boolean duplicate) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = which % lines.size();
        if (duplicate) {
            lines.add(i, lines.get(i));
        } else {
            lines.remove(i);
        }
        return String.join("\n", lines);
    }

    private static byte[] invalidUtf8(byte[] in, int where, byte[] piece) {
        int at = in.length == 0 ? 0 : where % in.length;
        byte[] out = new byte[in.length + piece.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(in, at, out, at + piece.length, in.length - at);
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
