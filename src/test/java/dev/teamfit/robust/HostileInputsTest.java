package dev.teamfit.robust;

import dev.teamfit.input.TreeReader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz oracle ({@link FuzzOracle}) on inputs built to hurt, which a byte-level fuzzer reaches
 * only by luck: structured mutations of every seed ({@link Mutations}), and files at the size and
 * depth limits. Each input must be read or refused, with clear messages. Nothing here is timed.
 */
class HostileInputsTest {

    @Provide
    Arbitrary<byte[]> hostile() {
        return Mutations.hostile();
    }

    /** Mutated seeds through the reader; one in ten also through the whole CLI. */
    @Property(tries = 600, seed = "20261128")
    void mutatedSeedsAreReadOrRefusedCleanly(@ForAll("hostile") byte[] input, @ForAll @IntRange(max = 9) int cli) {
        FuzzOracle.readerHolds(input);
        if (cli == 0) {
            FuzzOracle.assessHolds(input);
        }
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
        FuzzOracle.Read read = FuzzOracle.read(atLimit, TreeReader.Syntax.YAML);
        assertTrue(read.valid());
        assertEquals(atLimit.length - HEAD.length() - "description: \"\"\n".length(),
                read.loaded().project().description().length());
        FuzzOracle.assessHolds(atLimit);

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
    void tensOfThousandsOfProblemsAreAllReported() {
        StringBuilder many = new StringBuilder(HEAD);
        for (int i = 0; i < 40_000; i++) {
            many.append("k").append(i).append(": ").append(i).append('\n');
        }
        FuzzOracle.Read read = FuzzOracle.read(many.toString().getBytes(StandardCharsets.UTF_8), TreeReader.Syntax.YAML);
        assertFalse(read.valid());
        List<dev.teamfit.input.Problem> problems = read.refusal().problems();
        assertEquals(40_000, problems.size());
        for (int i : new int[] {0, 39_999}) {
            String line = problems.get(i).format(FuzzOracle.FILE);
            assertTrue(line.startsWith(FuzzOracle.FILE + ":" + (4 + i) + ":1: k" + i + ": unknown key; "), line);
        }

        StringBuilder anchors = new StringBuilder(HEAD + "team:\n");
        for (int i = 0; i < 5_000; i++) {
            anchors.append("  - &a").append(i).append(" {name: m").append(i).append("}\n  - *a").append(i).append('\n');
        }
        FuzzOracle.readerHolds(anchors.toString().getBytes(StandardCharsets.UTF_8));
    }
}
