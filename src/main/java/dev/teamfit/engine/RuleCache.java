package dev.teamfit.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Rule folders given with {@code --rules}/{@code --add-rules}, compiled once into the executable
 * model and kept under the user's cache folder ({@code $XDG_CACHE_HOME/teamfit}, else
 * {@code ~/.cache/teamfit}; the system property {@code teamfit.cache} overrides both), keyed by the
 * folders' content and this build of teamfit: a second run with unchanged rules loads classes instead
 * of compiling DRL (folders added to the bundled rules only their own, beside the jar's prebuilt
 * ones). A cache that cannot be read or written is skipped with a warning.
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

    /**
     * Where the compiled classes of some rule folders are kept, and the digest of their rules that the
     * entry's index records. {@code onBundled}: the folders add to the bundled rules, whose classes the
     * build compiled into the jar, so the entry holds only the added folders' classes. Worked out once
     * per run: it reads and hashes the rule files.
     */
    record Key(Path entry, String hash, boolean onBundled) {

        /** Whether the cache holds an entry (sound or not: {@link #load} finds out). */
        boolean present() {
            return Files.isRegularFile(entry.resolve(Prebuilt.INDEX));
        }
    }

    /**
     * The key of these folders: their rules' digest and this build of teamfit. The bundled rules of a
     * jar are named, not hashed: the build is part of the key, and it fixes them.
     */
    static Key key(List<RuleFolder> folders) {
        boolean onBundled = folders.size() > 1 && folders.get(0) == RuleFolder.bundled() && bundledPrebuilt();
        boolean jar = onBundled && RuleFolder.bundledInJar();
        String hash = jar ? "bundled+" + Prebuilt.hash(folders.subList(1, folders.size())) : Prebuilt.hash(folders);
        String name = new Fingerprint().add(hash).separator(onBundled ? 1 : 0).add(build()).hex();
        return new Key(root().resolve(name), hash, onBundled);
    }

    /** Whether the build's classes of the bundled rules are there and (outside a jar) current. */
    private static boolean bundledPrebuilt() {
        return RuleFolder.bundledInJar() ? Prebuilt.class.getClassLoader().getResource(Prebuilt.INDEX) != null
                : Prebuilt.current(RuleFolder.bundled());
    }

    /** The folder of these rules' compiled classes. */
    static Path entry(List<RuleFolder> folders) {
        return key(folders).entry();
    }

    /** The cached rule base of these folders, if there is a sound one. */
    static Optional<KieBase> load(Key key, List<String> warnings) {
        Path entry = key.entry();
        if (!key.present()) {
            return Optional.empty();
        }
        try {
            List<Model> models = new ArrayList<>();
            if (key.onBundled()) {
                Prebuilt.bundledModels(RuleFolder.bundled(), false).ifPresent(models::addAll);
            }
            CacheLoader loader = new CacheLoader(entry.resolve(CLASSES), RuleCache.class.getClassLoader());
            Optional<List<Model>> cached = Prebuilt.models(Files.readString(entry.resolve(Prebuilt.INDEX)), loader,
                    key.hash());
            if (cached.isEmpty() || key.onBundled() && models.isEmpty()) {
                warnings.add(entry + ":0:0: warning: the cached rules do not match; compiling them again.");
                delete(entry);
                return Optional.empty();
            }
            models.addAll(cached.get());
            KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
            touch(entry);
            return Optional.of(base);
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

        CacheLoader(Path jar, ClassLoader parent) throws IOException {
            super(new URL[] {jar.toUri().toURL()}, parent);
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
    static void store(List<RuleFolder> folders, Key key, List<String> warnings) {
        Path entry = key.entry();
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempDirectory(entry.getParent(), ".building-");
            Path classes = temp.resolve("classes");
            Prebuilt.generate(key.onBundled() ? folders.subList(1, folders.size()) : folders, classes, key.hash());
            Files.createDirectories(temp.resolve(Prebuilt.INDEX).getParent());
            Files.move(classes.resolve(Prebuilt.INDEX), temp.resolve(Prebuilt.INDEX));
            pack(classes, temp.resolve(CLASSES));
            delete(classes);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry);
            }
            temp = null;
            prune(entry.getParent(), Instant.now());
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

    /** How long an entry nobody loads is kept: a new build of teamfit, or changed rules, make new ones. */
    static final Duration UNUSED = Duration.ofDays(30);

    /** Marks an entry as used (its folder's modification time), for {@link #prune}. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only pruning reads it.
        }
    }

    /**
     * Deletes the entries of the cache folder that were not loaded for {@link #UNUSED}, and folders
     * of builds that stopped half-way (a run ended while it compiled) a day old.
     */
    static void prune(Path root, Instant now) {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                boolean building = entry.getFileName().toString().startsWith(".building-");
                Instant used = Files.getLastModifiedTime(entry).toInstant();
                if (used.isBefore(now.minus(building ? Duration.ofDays(1) : UNUSED))) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            // Pruning only saves space.
        }
    }

    /**
     * The compiled classes of an entry, in one jar stored without compression: a run then opens one
     * file instead of one per class (about 450 for the bundled rules), and a class that is not there
     * is a look-up in the jar's index rather than a failed file-system call.
     */
    static final String CLASSES = "classes.jar";

    private static void pack(Path dir, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                JarEntry entry = new JarEntry(dir.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setMethod(JarEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(bytes);
                out.closeEntry();
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
