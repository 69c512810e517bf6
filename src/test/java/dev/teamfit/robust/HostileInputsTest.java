package dev.teamfit.robust;

import dev.teamfit.input.TreeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz oracle ({@link FuzzOracle}) on inputs built to hurt, which a byte-level fuzzer reaches
 * only by luck: seeded structured mutations of every seed ({@link Mutator}), and files at the size
 * and depth limits. Each input must be read or refused quickly, with clear messages.
 */
@Timeout(120)
class HostileInputsTest {

    private static final long SEED = Long.getLong("teamfit.mutations.seed", 20261128L);
    /** Mutations of each seed through the reader; every tenth also through the whole CLI. */
    private static final int PER_SEED = Integer.getInteger("teamfit.mutations.count", 20);

    @Test
    void mutatedSeedsAreReadOrRefusedCleanly() {
        Mutator mutator = new Mutator(SEED);
        int n = 0;
        for (Seeds.Seed seed : Seeds.all()) {
            for (int i = 0; i < PER_SEED; i++) {
                byte[] input = mutator.mutate(seed.bytes());
                try {
                    FuzzOracle.readerHolds(input);
                    if (n++ % 10 == 0) {
                        FuzzOracle.assessHolds(input);
                    }
                } catch (AssertionError e) {
                    throw new AssertionError("mutation " + i + " of " + seed.name() + ": " + e.getMessage(), e);
                }
            }
        }
        assertTrue(n >= 1000, "only " + n + " mutations");
    }

    private static final String HEAD = "id: p\nname: P\nproblem: {kind: classification}\n";

    private static byte[] padded(int size) {
        String start = HEAD + "description: \"";
        String end = "\"\n";
        return (start + "x".repeat(size - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsAssessedAndOneByteMoreIsRefused() {
        byte[] atLimit = padded((int) TreeReader.DEFAULT_MAX_BYTES);
        assertEquals(TreeReader.DEFAULT_MAX_BYTES, atLimit.length);
        long start = System.nanoTime();
        assertTrue(FuzzOracle.read(atLimit, TreeReader.Syntax.YAML).valid());
        FuzzOracle.assessHolds(atLimit);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "a 1 MiB scalar takes seconds to read");

        FuzzOracle.Read over = FuzzOracle.read(padded((int) TreeReader.DEFAULT_MAX_BYTES + 1), TreeReader.Syntax.YAML);
        assertFalse(over.valid());
        assertTrue(over.refusal().getMessage().contains("over the limit of 1048576 bytes"), over.refusal().getMessage());
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {62, 63, 64, 65, 66, 1000, 5000})
    void nestingAroundAndFarPastTheLimitIsReadOrRefusedCleanly(int depth) {
        for (String[] brackets : List.of(new String[] {"[", "]"}, new String[] {"{a: ", "}"})) {
            String yaml = HEAD + "description: " + brackets[0].repeat(depth) + "1" + brackets[1].repeat(depth) + "\n";
            FuzzOracle.readerHolds(yaml.getBytes(StandardCharsets.UTF_8));
            String json = "{\"id\": \"p\", \"name\": \"P\", \"problem\": {\"kind\": \"classification\"}, \"description\": "
                    + (brackets[0].equals("[") ? "[" : "{\"a\": ").repeat(depth) + "1"
                    + (brackets[0].equals("[") ? "]" : "}").repeat(depth) + "}";
            FuzzOracle.readerHolds(json.getBytes(StandardCharsets.UTF_8));
        }
        if (depth > 100) {
            return;
        }
        String block = HEAD + "description:\n" + java.util.stream.IntStream.range(0, depth)
                .mapToObj(i -> "  ".repeat(i + 1) + "k" + i + ":\n").reduce("", String::concat) + "  ".repeat(depth + 1) + "v\n";
        FuzzOracle.assessHolds(block.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tensOfThousandsOfProblemsAreReportedQuickly() {
        StringBuilder many = new StringBuilder(HEAD);
        for (int i = 0; i < 40_000; i++) {
            many.append("k").append(i).append(": ").append(i).append('\n');
        }
        long start = System.nanoTime();
        FuzzOracle.Read read = FuzzOracle.read(many.toString().getBytes(StandardCharsets.UTF_8), TreeReader.Syntax.YAML);
        assertFalse(read.valid());
        assertEquals(40_000, read.refusal().problems().size());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "40,000 unknown keys take seconds to report");

        StringBuilder anchors = new StringBuilder(HEAD + "team:\n");
        for (int i = 0; i < 5_000; i++) {
            anchors.append("  - &a").append(i).append(" {name: m").append(i).append("}\n  - *a").append(i).append('\n');
        }
        FuzzOracle.readerHolds(anchors.toString().getBytes(StandardCharsets.UTF_8));
    }
}
