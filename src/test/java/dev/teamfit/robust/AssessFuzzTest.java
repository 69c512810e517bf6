package dev.teamfit.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing (Jazzer) of the whole {@code teamfit assess} path through the real CLI:
 * reading, validation, the rules and the JSON report. See {@link FuzzOracle#assessHolds} for what
 * must hold.
 *
 * <p>In a normal test run it runs once on each seed ({@link Seeds}). {@code mvn verify} fuzzes it
 * for {@code fuzz.seconds} (15 s) in a JVM of its own; {@code mvn -Pfuzz verify} for 5 minutes.
 * The generated corpus and any crashing input go to {@code <build folder>/fuzz/}; turn a crash into
 * a regression file (README, Reliability).
 */
class AssessFuzzTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> seeds() {
        return Seeds.arguments();
    }

    // The time limit applies to each input; during fuzzing Jazzer passes it on to libFuzzer.
    @Timeout(10)
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "20s")
    void anyBytesGiveAResultOrAClearError(byte[] input) {
        FuzzOracle.assessHolds(input);
    }
}
