package dev.teamfit.release;

import dev.teamfit.cli.CliRunner;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release archives {@code mvn package} makes, unzipped as a user would and run on a sample: the app image
 * with no Java on the machine's path and no {@code JAVA_HOME}, the plain archive on the build's Java. Both
 * print what the command line prints. The app image is made and tested with the app-image profile only
 * ({@code .ci/run} does both after verify).
 */
class ReleaseIT {

    private static final String RELEASE = System.getProperty("teamfit.release", "target/teamfit-0.1.0");
    private static final String SAMPLE = "samples/card-fraud.yaml";

    @Test
    @Tag("app-image")
    void theAppImageRunsWithoutJava(@TempDir Path dir) throws Exception {
        unzip(Path.of(RELEASE + "-app-image.zip"), dir);
        Path launcher = dir.resolve("teamfit/bin/teamfit");
        assertTrue(Files.isExecutable(launcher), "the launcher is executable once unzipped");

        Run run = run(dir, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString()),
                launcher.toString(), "assess", Path.of(SAMPLE).toAbsolutePath().toString(), "--format", "json");

        assertEquals(0, run.exit(), run.err());
        assertEquals(CliRunner.run("assess", SAMPLE, "--format", "json").out(), run.out());
    }

    @Test
    void theArchiveRunsOnTheJavaOfJavaHome(@TempDir Path dir) throws Exception {
        unzip(Path.of(RELEASE + ".zip"), dir);
        Path home = dir.resolve(Path.of(RELEASE).getFileName());
        assertTrue(Files.exists(home.resolve("bin/teamfit.cmd")), "a Windows launcher beside the Unix one");
        assertTrue(Files.exists(home.resolve("README.md")));

        Run run = run(home, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(),
                        "JAVA_HOME", System.getProperty("java.home")),
                home.resolve("bin/teamfit").toString(), "assess", SAMPLE, "--format", "markdown");

        assertEquals(0, run.exit(), run.err());
        assertEquals(CliRunner.run("assess", SAMPLE, "--format", "markdown").out(), run.out());
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs a program with nothing of this JVM's environment but {@code env}. */
    private static Run run(Path workdir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = Files.createTempFile(workdir, "out", ".txt");
        Path err = Files.createTempFile(workdir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Unzips with the Unix modes the archive records, as {@code unzip} does. */
    private static void unzip(Path zip, Path into) throws IOException {
        assertTrue(Files.exists(zip), zip + " is made by mvn package");
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            for (ZipArchiveEntry entry : new ArrayList<>(entries)) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0111) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
