package dev.teamfit.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run reads besides its arguments: the environment variables, the working folder, the user's
 * home folder and stdin. {@link Main} runs with the process's own; tests give their own, so that
 * what a developer has set in their shell never changes a test's outcome.
 *
 * @param home the home folder, or null for none (no user config file is read)
 */
public record Context(Map<String, String> env, Path workingFolder, Path home, InputStream stdin) {

    public Context {
        env = Map.copyOf(env);
        workingFolder = workingFolder.toAbsolutePath();
    }

    /** The process's environment, working folder, home and stdin. */
    public static Context system() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        return new Context(System.getenv(), Path.of(""), home == null || home.isEmpty() ? null : Path.of(home),
                System.in);
    }

    /** No environment, no home, nothing on stdin, in the process's working folder. */
    public static Context isolated() {
        return new Context(Map.of(), Path.of(""), null, InputStream.nullInputStream());
    }

    public Context withEnv(Map<String, String> variables) {
        return new Context(variables, workingFolder, home, stdin);
    }

    public Context withWorkingFolder(Path folder) {
        return new Context(env, folder, home, stdin);
    }

    public Context withHome(Path folder) {
        return new Context(env, workingFolder, folder, stdin);
    }

    public Context withStdin(InputStream in) {
        return new Context(env, workingFolder, home, in);
    }
}
