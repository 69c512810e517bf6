package dev.teamfit.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing (Jazzer) of {@link dev.teamfit.input.ProjectReader} alone, as YAML and as
 * JSON: many more inputs a second than through the CLI. Any exception other than
 * {@code InvalidInputException} is a defect, and so is a project the reader accepts that the rules
 * then fail on. Fuzzed by {@code mvn -Pfuzz verify}; a normal test run only replays the seeds.
 */
class ProjectReaderFuzzTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> seeds() {
        return Seeds.arguments();
    }

    @Timeout(10)
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "20s")
    void anyBytesAreReadOrRefused(byte[] input) {
        FuzzOracle.readerHolds(input);
    }
}
