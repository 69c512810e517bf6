package dev.teamfit.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A closed set of values with stable kebab-case ids, as they appear in input and output. */
public interface Named {

    /** The value's id in input and output: its constant's name in kebab case, e.g. {@code advanced-beginner}. */
    default String id() {
        return kebab((Enum<?>) this);
    }

    /** The value whose id is {@code id}, if any. */
    static <E extends Enum<E> & Named> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every id of the set, in declaration order. */
    static <E extends Enum<E> & Named> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::id).toList();
    }

    /** The kebab-case id of an enum constant name: {@code ADVANCED_BEGINNER} gives {@code advanced-beginner}. */
    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
