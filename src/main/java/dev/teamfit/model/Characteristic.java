package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * A characteristic of the project: an input value under its key path ({@code data.volume=large}),
 * or one that a rule derived ({@code ml-work=true}), in which case it carries the rule's reasons.
 */
public record Characteristic(String key, String value, List<Reason> reasons) implements Conclusion {

    public Characteristic {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        reasons = List.copyOf(reasons);
    }

    /** An input characteristic. */
    public static Characteristic input(String key, Object value) {
        return new Characteristic(key, String.valueOf(value), List.of());
    }

    /** Whether it came from the input rather than from a rule. */
    public boolean isInput() {
        return reasons.isEmpty();
    }

    /** The input facts it rests on: itself when it is an input. */
    public List<String> facts() {
        return isInput() ? List.of(key + "=" + value) : Reason.factsOf(reasons);
    }

    /** The value as a number, for range constraints in rules; 0 when not numeric. */
    public double number() {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
