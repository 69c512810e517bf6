package dev.teamfit.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of values with stable kebab-case ids, as they appear in input and output. */
public interface Named {

    /** The value's id in input and output, e.g. {@code mission-critical}. */
    String id();

    /** The value whose id is {@code id}, if any. */
    static <E extends Enum<E> & Named> Optional<E> byId(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(type.cast(Ids.BY_ID.get(type).get(id)));
    }

    /** Every id of the set, in declaration order. */
    static <E extends Enum<E> & Named> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::id).toList();
    }

    /** The kebab-case id of an enum constant name: {@code MISSION_CRITICAL} gives {@code mission-critical}. */
    static String kebab(Enum<?> constant) {
        return Ids.KEBAB.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * Ids worked out once per enum: reading a project looks a value up by id for every level of every
     * member, and reports ask each value for its id.
     */
    final class Ids {

        private Ids() {
        }

        /** Each constant's kebab-case name, by ordinal. */
        static final ClassValue<String[]> KEBAB = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                String[] ids = new String[constants.length];
                for (int i = 0; i < constants.length; i++) {
                    ids[i] = ((Enum<?>) constants[i]).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                }
                return ids;
            }
        };

        /** Each constant by its {@link #id()}. */
        static final ClassValue<java.util.Map<String, Object>> BY_ID = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> byId = new java.util.HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    byId.putIfAbsent(((Named) constant).id(), constant);
                }
                return java.util.Map.copyOf(byId);
            }
        };
    }
}
