package dev.teamfit.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprint that tells compiled rules from the files they were made of. */
class FingerprintTest {

    private static String of(String... parts) {
        Fingerprint f = new Fingerprint();
        for (String part : parts) {
            f.add(part).separator(0);
        }
        return f.hex();
    }

    @Test
    void theSameContentGivesTheSameFingerprintAndAnyChangeAnother() {
        assertEquals(of("rule \"a\"", "when then end"), of("rule \"a\"", "when then end"));
        assertNotEquals(of("rule \"a\"", "when then end"), of("rule \"b\"", "when then end"));
        assertNotEquals(of("ab", "c"), of("a", "bc"), "where one file ends and the next begins counts");
        assertNotEquals(of("x"), of("x", ""), "so does an empty file");
        assertTrue(of("x").matches("[0-9a-f]{32}"), of("x"));
    }
}
