package dev.teamfit.engine;

import dev.teamfit.input.ProjectFormat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rule files say about characteristics: the keys they match ({@code Characteristic(key ==
 * "data.volume")}), the keys they conclude ({@code new Characteristic("ml-work", ...)}), and the
 * numbers they compare a key with ({@code key == "data.sources", number >= 3}). The lint checks the
 * keys against the input format, where a typo would otherwise compile and never match; explain's
 * what-if variations try the numbers on both sides of each threshold.
 */
final class FactKeys {

    private static final Pattern MATCHED = Pattern.compile("\\bkey\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern LISTED = Pattern.compile("\\bkey\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern CONCLUDED = Pattern.compile("new\\s+Characteristic\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern COMPARED = Pattern.compile(
            "\\bkey\\s*==\\s*\"([^\"]*)\"\\s*(?:,|&&)\\s*number\\s*(>=|<=|>|<|==)\\s*(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** A key a rule file matches, with the line it is on. */
    record Use(String key, int line) {
    }

    private FactKeys() {
    }

    /** The keys a rule file matches characteristics on. */
    static List<Use> matched(String text) {
        List<Use> uses = new ArrayList<>();
        Matcher m = MATCHED.matcher(text);
        while (m.find()) {
            uses.add(new Use(m.group(1), line(text, m.start())));
        }
        Matcher list = LISTED.matcher(text);
        while (list.find()) {
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                uses.add(new Use(quoted.group(1), line(text, list.start())));
            }
        }
        return uses;
    }

    /** The characteristic keys rule files conclude. */
    static Set<String> concluded(List<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = CONCLUDED.matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** Every key a rule may match: the input's facts and what rules conclude. */
    static Set<String> known(List<String> texts) {
        Set<String> keys = new TreeSet<>(ProjectFormat.factKeys());
        keys.addAll(concluded(texts));
        return keys;
    }

    /**
     * For each numeric key the rules compare, the values on both sides of each threshold: {@code >= 3}
     * gives 2 and 3.
     */
    static Map<String, Set<Integer>> thresholds(List<String> texts) {
        Map<String, Set<Integer>> values = new TreeMap<>();
        for (String text : texts) {
            Matcher m = COMPARED.matcher(text);
            while (m.find()) {
                int n = Integer.parseInt(m.group(3));
                Set<Integer> set = values.computeIfAbsent(m.group(1), k -> new TreeSet<>());
                switch (m.group(2)) {
                    case ">=", "<" -> {
                        set.add(n - 1);
                        set.add(n);
                    }
                    case "<=", ">" -> {
                        set.add(n);
                        set.add(n + 1);
                    }
                    default -> set.add(n);
                }
            }
        }
        return values;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
