package dev.teamfit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Rules folders for tests: copies of the bundled rules, as they are or with a fixture rule added. */
public final class TestRules {

    private TestRules() {
    }

    /** A copy of the bundled rules folder under {@code dir}. */
    public static Path bundledCopy(Path dir) throws IOException {
        Path source = Path.of("rules");
        Path target = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** A copy of the bundled rules with a rule that loops forever ({@code LOOP-001}, in the bundled package). */
    public static Path loopingCopy(Path dir) throws IOException {
        Path rules = bundledCopy(dir);
        Files.copy(Path.of("src/test/resources/rule-fixtures/loop.drl"), rules.resolve("characteristics/loop.drl"));
        return rules;
    }
}
