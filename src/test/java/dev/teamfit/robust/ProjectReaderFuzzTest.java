package dev.teamfit.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing (Jazzer) of {@link dev.teamfit.input.ProjectReader} alone, as YAML and as
 * JSON: many more inputs a second than through the CLI. Any exception other than
 * {@code InvalidInputException} is a defect, and so is a project the reader accepts that the rules
 * then fail on. Fuzzed by {@code mvn -Pfuzz verify}; {@code mvn verify} only replays the seeds and
 * saved findings.
 */
class ProjectReaderFuzzTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> seeds() {
        return Seeds.arguments();
    }

    // maxDuration "" lifts Jazzer's own limit: the fuzz profile's -max_total_time decides.
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "")
    void anyBytesAreReadOrRefused(byte[] input) {
        FuzzOracle.readerHolds(input);
    }
}
