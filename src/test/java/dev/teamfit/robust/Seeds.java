package dev.teamfit.robust;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs fuzzing starts from, and that every build re-runs: the samples (each line of a
 * {@code .jsonl} file on its own), the valid and invalid fixtures, and the regressions the fuzzers
 * found ({@code src/test/resources/fuzz-regressions/}).
 */
final class Seeds {

    /** One seed file. @param name its path, relative to the project folder */
    record Seed(String name, byte[] bytes) {
    }

    static final Path REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");
    private static final List<Path> FOLDERS = List.of(Path.of("samples"), Path.of("src/test/resources/valid"),
            Path.of("src/test/resources/invalid"), REGRESSIONS);

    private Seeds() {
    }

    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.toString();
                    if (name.endsWith(".jsonl")) {
                        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                        for (int i = 0; i < lines.size(); i++) {
                            seeds.add(new Seed(name + ":" + (i + 1), lines.get(i).getBytes(StandardCharsets.UTF_8)));
                        }
                    } else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                        seeds.add(new Seed(name, Files.readAllBytes(file)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** The seeds as named arguments of a parameterised or fuzz test. */
    static Stream<Arguments> arguments() {
        return all().stream().map(s -> Arguments.of(Named.of(s.name(), s.bytes())));
    }
}
