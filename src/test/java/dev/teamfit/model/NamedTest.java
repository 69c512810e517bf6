package dev.teamfit.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ids of the closed value sets: every value is found by its id, and nothing else is. */
class NamedTest {

    @Test
    void everyValueIsFoundByItsIdAndNothingElseIs() {
        for (Class<? extends Enum<?>> type : List.of(CoverageDegree.class, GapType.class, Level.class, Priority.class,
                Severity.class)) {
            check(type);
        }
        assertEquals("advanced-beginner", Level.ADVANCED_BEGINNER.id());
        assertEquals("MISSING_ROLE", GapType.MISSING_ROLE.id(), "gap types keep their constant names");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void check(Class type) {
        for (Object constant : type.getEnumConstants()) {
            Named value = (Named) constant;
            assertEquals(Optional.of(constant), Named.byId(type, value.id()), type + "." + constant);
            assertEquals(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    Named.kebab((Enum<?>) constant));
        }
        assertEquals(Optional.empty(), Named.byId(type, "no-such-value"));
        assertEquals(Optional.empty(), Named.byId(type, null));
    }
}
