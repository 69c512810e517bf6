package dev.teamfit.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files that must not outlive the run: a report being written beside its destination, a
 * portfolio's spooled inputs and report sections. Each is deleted when its owner is done with it,
 * and, should the process be stopped first (Ctrl-C, {@code kill}), by one shutdown hook.
 */
public final class TempFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private TempFiles() {
    }

    /** Deletes {@code file} at exit unless {@link #delete} deletes it first. */
    public static void register(Path file) {
        if (!hooked) {
            hook();
        }
        LIVE.add(file);
    }

    /** Deletes the file now, quietly, and forgets it. */
    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind; the hook tries again at exit.
            return;
        }
        LIVE.remove(file);
    }

    /** Forgets a file that is no longer temporary (it was moved into place). */
    public static void keep(Path file) {
        LIVE.remove(file);
    }

    private static synchronized void hook() {
        if (hooked) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path file : LIVE) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Nothing more to do at exit.
                }
            }
        }, "teamfit-cleanup"));
        hooked = true;
    }
}
