package dev.teamfit.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing (Jazzer) of the whole {@code teamfit assess} path through the real CLI:
 * reading, validation, the rules and the JSON report. See {@link FuzzOracle#assessHolds} for what
 * must hold.
 *
 * <p>{@code mvn verify} runs it once on each seed ({@link Seeds}) and on each saved finding, as a
 * regression test. Only {@code mvn -Pfuzz verify} fuzzes it ({@code fuzz.seconds}, 5 minutes by
 * default, with a per-input time limit), in a JVM of its own; the generated corpus and any crashing
 * input go to {@code <build folder>/fuzz/}. Turn a crash into a regression file (README, Reliability).
 */
class AssessFuzzTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> seeds() {
        return Seeds.arguments();
    }

    // maxDuration "" lifts Jazzer's own limit: the fuzz profile's -max_total_time decides.
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "")
    void anyBytesGiveAResultOrAClearError(byte[] input) {
        FuzzOracle.assessHolds(input);
    }
}
