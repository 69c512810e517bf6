package dev.teamfit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of rules: {@code .drl} files in stage sub-folders and, optionally, a {@code catalog.yaml}.
 * It is trusted code (SPEC §6): its rules run with the user's rights.
 *
 * @param name    how messages name the folder: its path, or {@code rules} for the bundled one
 * @param catalog the catalog's bytes, or null when the folder has none
 * @param location where the folder lies on disk, or null for the bundled rules
 * @param files   the DRL files, sorted by path
 * @param tests   the folder's test cases, {@code tests/*.yaml}
 */
public record RuleFolder(String name, Path location, byte[] catalog, List<RuleFile> files, List<RuleFile> tests) {

    /** The catalog's file name in a rules folder. */
    public static final String CATALOG = "catalog.yaml";
    private static final String BUNDLED = "rules/";

    /** The list of the bundled rule files and test cases the build writes (see {@link Prebuilt}). */
    static final String LIST = "teamfit/bundled-rules.list";

    /** The folder of a rules folder's own test cases ({@code tests/*.yaml}). */
    public static final String TESTS = "tests/";

    /** A DRL file or a test case. @param path relative to the folder, with '/' separators */
    public record RuleFile(String path, String text) {
    }

    public RuleFolder {
        files = List.copyOf(files);
        tests = List.copyOf(tests);
    }

    /** Whether the catalog is a full one (it defines the proficiency levels), not an addition to another. */
    public boolean standsAlone() {
        return catalog != null && new String(catalog, java.nio.charset.StandardCharsets.UTF_8)
                .lines().anyMatch(line -> line.startsWith("levels:"));
    }

    /** How messages name one of this folder's files. */
    public String display(String path) {
        return name + "/" + path;
    }

    /** Reads a rules folder from disk. */
    public static RuleFolder of(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        List<RuleFile> files = new ArrayList<>();
        List<RuleFile> tests = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".drl")) {
                    files.add(new RuleFile(path, Files.readString(file)));
                } else if (isTest(path)) {
                    tests.add(new RuleFile(path, Files.readString(file)));
                }
            }
        }
        Path catalog = dir.resolve(CATALOG);
        byte[] catalogBytes = Files.isRegularFile(catalog) ? Files.readAllBytes(catalog) : null;
        String name = dir.toString().replaceAll("/+$", "");
        return new RuleFolder(name.isEmpty() ? "." : name, dir, catalogBytes, files, tests);
    }

    /**
     * The rules bundled in the jar (or in target/classes when run from the build), read once per
     * process.
     */
    public static synchronized RuleFolder bundled() {
        if (bundled == null) {
            bundled = loadBundled();
        }
        return bundled;
    }

    private static RuleFolder bundled;

    private static RuleFolder loadBundled() {
        URL url = RuleFolder.class.getClassLoader().getResource(BUNDLED + CATALOG);
        if (url == null) {
            throw new IllegalStateException("the bundled rules are missing from the class path");
        }
        try {
            if (!url.getProtocol().equals("jar")) {
                RuleFolder folder = of(Path.of(url.toURI()).getParent());
                return new RuleFolder("rules", null, folder.catalog(), folder.files(), folder.tests());
            }
            RuleFolder listed = fromList(RuleFolder.class.getClassLoader());
            if (listed == null) {
                throw new IllegalStateException("the jar has no " + LIST + "; rebuild it with mvn package");
            }
            return listed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled files, by the list the build wrote beside them ({@link #LIST}): a jar's entries cannot be listed. */
    private static RuleFolder fromList(ClassLoader loader) throws IOException {
        byte[] list = resource(loader, LIST);
        if (list == null) {
            return null;
        }
        List<RuleFile> files = new ArrayList<>();
        List<RuleFile> tests = new ArrayList<>();
        for (String path : new String(list, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).sorted().toList()) {
            byte[] bytes = resource(loader, BUNDLED + path);
            if (bytes == null) {
                throw new IllegalStateException("the bundled rule file " + path + " is missing from the class path");
            }
            (path.endsWith(".drl") ? files : tests).add(new RuleFile(path, new String(bytes, StandardCharsets.UTF_8)));
        }
        return new RuleFolder("rules", null, resource(loader, BUNDLED + CATALOG), files, tests);
    }

    /** A resource's bytes, or null when there is none. */
    static byte[] resource(ClassLoader loader, String name) throws IOException {
        try (java.io.InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static boolean isTest(String path) {
        return path.startsWith(TESTS) && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }
}
