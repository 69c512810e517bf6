package dev.teamfit.model;

import java.util.List;

/**
 * Untrusted text made safe to print: project files are data, and must not write terminal escape
 * sequences or break a one-line message. Control characters (C0, C1) and the Unicode line and
 * paragraph separators become visible escapes such as {@code \u001B}.
 */
public final class Text {

    private Text() {
    }

    /**
     * Whether the character would not print as itself: a control character, a line or paragraph
     * separator, or a bidirectional control (which can make text read differently from what it holds).
     */
    public static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** Whether the text holds such a character. */
    public static boolean hasControl(String text) {
        return text.chars().anyMatch(Text::isControl);
    }

    /** "a", "a and b", "a, b and c": the words joined as a sentence does, with {@code conjunction} before the last. */
    public static String series(List<String> words, String conjunction) {
        int last = words.size() - 1;
        return last < 1 ? String.join("", words)
                : String.join(", ", words.subList(0, last)) + " " + conjunction + " " + words.get(last);
    }

    /** The text with every such character shown as {@code \\uXXXX}. */
    public static String printable(String text) {
        if (!hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (isControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
