package dev.teamfit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code teamfit} as a process of its own, through {@link Main}, for what only a process shows: its
 * real stdout (a closed pipe, a full disk, a closed descriptor), its umask, signals and a small heap.
 * Runs through {@code sh -c} so that a test can redirect or close descriptors as a user's shell would.
 */
public final class Child {

    /** What one process printed and returned. */
    public record Ran(int exitCode, String out, String err) {
    }

    private Child() {
    }

    /** The command that runs teamfit's {@code Main} in a fresh JVM, with extra JVM options first. */
    public static List<String> java(List<String> jvmOptions, String... args) {
        List<String> command = plain(jvmOptions, args);
        command.addAll(1, Sharing.OPTIONS);
        return command;
    }

    /** {@link #java} without the class-data archive. */
    private static List<String> plain(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"));
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Class-data sharing for the children, as the launcher runs teamfit with it: a first run of {@code assess}
     * on a sample dumps the classes it loaded into an archive of this test JVM's own, which every child then
     * maps in instead of loading those classes one by one (about a third of a child's CPU). The classes are
     * the ones on this class path, so the children run the code under test; where the archive cannot be made
     * (another JVM), children run without it.
     */
    private static final class Sharing {
        static final List<String> OPTIONS = options();

        private static List<String> options() {
            try {
                Path dir = Files.createTempDirectory("teamfit-children");
                Path archive = dir.resolve("classes.jsa");
                dir.toFile().deleteOnExit();
                archive.toFile().deleteOnExit();
                List<String> dump = plain(List.of(), "assess", "samples/card-fraud.yaml", "--format", "json");
                dump.add(1, "-XX:ArchiveClassesAtExit=" + archive);
                Process process = new ProcessBuilder(dump).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                // A guard against a hung process, not a measure of speed.
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return List.of();
                }
                if (process.exitValue() != 0 || !Files.isRegularFile(archive)) {
                    return List.of();
                }
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            } catch (IOException e) {
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    /** The command as one shell word list, each word single-quoted. */
    public static String shell(List<String> command) {
        StringBuilder line = new StringBuilder();
        for (String word : command) {
            line.append(line.length() == 0 ? "" : " ").append("'").append(word.replace("'", "'\\''")).append("'");
        }
        return line.toString();
    }

    /**
     * Runs {@code script} with {@code sh -c}, where {@code $TEAMFIT} is the teamfit command; returns
     * its exit code and what it wrote to the files its stdout and stderr went to.
     */
    public static Ran sh(Path dir, String script, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script.replace("$TEAMFIT", shell(java(jvmOptions, args))))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        // A guard against a hung process, not a measure of speed.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not finish: " + script);
        }
        return new Ran(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Whether the shell has a command. */
    public static boolean has(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether this process ignores SIGINT, as a job a script puts in the background (`mvn verify &`)
     * does: its children ignore it too, so no child of this build can be stopped with Ctrl-C's signal.
     */
    public static boolean ignoresInterrupt() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc: say it is delivered, and let the test find out.
        }
        return false;
    }

    /** Whether this process runs as root, which reads files whatever their permissions. */
    public static boolean root() {
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            return new String(id.getInputStream().readAllBytes()).strip().equals("0") && id.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A prefix that makes permissions bite: as root, the process loses the capabilities that let it
     * read and search whatever the permissions say (where {@code setpriv} exists), else nothing. Null
     * when running as root without {@code setpriv}: the permissions cannot be tested here.
     */
    public static String withPermissions() {
        if (!root()) {
            return "";
        }
        return has("setpriv") ? "setpriv --bounding-set=-dac_override,-dac_read_search " : null;
    }
}
