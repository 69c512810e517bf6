package dev.teamfit.engine;

import org.kie.api.KieBase;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rule folders given with {@code --rules}/{@code --add-rules}, compiled once into the executable
 * model and kept under the user's cache folder ({@code $XDG_CACHE_HOME/teamfit}, else
 * {@code ~/.cache/teamfit}; the system property {@code teamfit.cache} overrides both), keyed by the
 * folders' content and this build of teamfit: a second run with unchanged rules loads classes, as
 * fast as the bundled rules. A cache that cannot be read or written is skipped with a warning.
 *
 * <p>The generated classes are named after the DRL packages, so a folder that builds on the bundled
 * packages generates classes with the same names as the prebuilt ones in the jar. They are loaded
 * child-first ({@link CacheLoader}), or the jar's classes would silently stand in for them.
 */
final class RuleCache {

    private RuleCache() {
    }

    /** The cache folder. */
    static Path root() {
        String override = System.getProperty("teamfit.cache");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("teamfit");
    }

    /** The folder of these rules' compiled classes. */
    static Path entry(List<RuleFolder> folders) {
        return root().resolve(key(folders));
    }

    /** The cached rule base of these folders, if there is a sound one. */
    static Optional<KieBase> load(List<RuleFolder> folders, List<String> warnings) {
        Path entry = entry(folders);
        if (!Files.isRegularFile(entry.resolve(Prebuilt.INDEX))) {
            return Optional.empty();
        }
        try {
            CacheLoader loader = new CacheLoader(entry, RuleCache.class.getClassLoader());
            Optional<KieBase> base = Prebuilt.load(Files.readString(entry.resolve(Prebuilt.INDEX)), loader,
                    Prebuilt.hash(folders));
            if (base.isEmpty()) {
                warnings.add(entry + ":0:0: warning: the cached rules do not match; compiling them again.");
                delete(entry);
            }
            return base;
        } catch (IOException | ReflectiveOperationException | LinkageError | RuntimeException e) {
            warnings.add(entry + ":0:0: warning: the cached rules cannot be loaded (" + e + "); compiling them again.");
            delete(entry);
            return Optional.empty();
        }
    }

    /** Loads the classes of a cache entry itself, before asking its parent; everything else from the parent. */
    static final class CacheLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        CacheLoader(Path entry, ClassLoader parent) throws IOException {
            super(new URL[] {entry.toUri().toURL()}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && findResource(name.replace('.', '/') + ".class") != null) {
                    c = findClass(name);
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    /** Compiles the folders into the cache; a failure only costs speed, so it is a warning. */
    static void store(List<RuleFolder> folders, List<String> warnings) {
        Path entry = entry(folders);
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempDirectory(entry.getParent(), ".building-");
            Prebuilt.generate(folders, temp);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry);
            }
            temp = null;
        } catch (IOException | RuntimeException | LinkageError e) {
            if (!Files.isDirectory(entry)) {
                warnings.add(entry + ":0:0: warning: the compiled rules cannot be cached (" + e + "); the next run "
                        + "compiles them again.");
            }
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder in the cache is harmless.
        }
    }

    /** The folders' content and this build of teamfit, as one digest. */
    private static String key(List<RuleFolder> folders) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Prebuilt.hash(folders).getBytes(StandardCharsets.UTF_8));
            digest.update(build().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What identifies this build: the jar (or classes folder) and when it was made. */
    private static String build() {
        try {
            Path code = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
