package dev.teamfit.serve;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Overrides;

import java.util.ArrayList;
import java.util.List;

/**
 * What-if changes written one per line, as {@code teamfit compare} takes them on its command line:
 * {@code KEY=VALUE} for {@code --set}, {@code add-member SPEC} and {@code remove-member NAME}.
 */
final class Changes {

    private static final String ADD = "add-member ";
    private static final String REMOVE = "remove-member ";

    private Changes() {
    }

    static Overrides parse(String text) throws InvalidInputException {
        List<String> sets = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String change = line.strip();
            if (change.isEmpty()) {
                continue;
            }
            String bare = change.startsWith("--") ? change.substring(2) : change;
            if (bare.startsWith(ADD)) {
                added.add(bare.substring(ADD.length()).strip());
            } else if (bare.startsWith(REMOVE)) {
                removed.add(bare.substring(REMOVE.length()).strip());
            } else {
                sets.add(bare.startsWith("set ") ? bare.substring(4).strip() : change);
            }
        }
        return Overrides.parse(sets, added, removed);
    }

    /** How a comparison names the variant the changes make: the options, as {@code teamfit compare} names it. */
    static String label(Overrides overrides) {
        return String.join(" ", overrides.changes().stream().map(Overrides.Change::option).toList());
    }
}
