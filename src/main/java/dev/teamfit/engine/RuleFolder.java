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
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A folder of rules: {@code .drl} files in stage sub-folders and, optionally, a {@code catalog.yaml}.
 * It is trusted code (SPEC §6): its rules run with the user's rights.
 *
 * @param name    how messages name the folder: its path, or {@code rules} for the bundled one
 * @param catalog the catalog's bytes, or null when the folder has none
 * @param files   the DRL files, sorted by path
 */
public record RuleFolder(String name, byte[] catalog, List<RuleFile> files) {

    /** The catalog's file name in a rules folder. */
    public static final String CATALOG = "catalog.yaml";
    private static final String BUNDLED = "rules/";

    /** A DRL file. @param path relative to the folder, with '/' separators */
    public record RuleFile(String path, String text) {
    }

    public RuleFolder {
        files = List.copyOf(files);
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
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                files.add(new RuleFile(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
            }
        }
        Path catalog = dir.resolve(CATALOG);
        byte[] catalogBytes = Files.isRegularFile(catalog) ? Files.readAllBytes(catalog) : null;
        String name = dir.toString().replaceAll("/+$", "");
        return new RuleFolder(name.isEmpty() ? "." : name, catalogBytes, files);
    }

    /** The rules bundled in the jar (or in target/classes when run from the build). */
    public static RuleFolder bundled() {
        URL url = RuleFolder.class.getClassLoader().getResource(BUNDLED + CATALOG);
        if (url == null) {
            throw new IllegalStateException("the bundled rules are missing from the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                RuleFolder folder = of(Path.of(url.toURI()).getParent());
                return new RuleFolder("rules", folder.catalog(), folder.files());
            }
            java.net.JarURLConnection connection = (java.net.JarURLConnection) url.openConnection();
            return fromJar(Path.of(connection.getJarFileURL().toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleFolder fromJar(Path jar) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        byte[] catalog = null;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith(BUNDLED) || entry.isDirectory()) {
                    continue;
                }
                String path = name.substring(BUNDLED.length());
                if (path.equals(CATALOG)) {
                    catalog = zip.getInputStream(entry).readAllBytes();
                } else if (path.endsWith(".drl")) {
                    files.add(new RuleFile(path, new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8)));
                }
            }
        }
        files.sort(Comparator.comparing(RuleFile::path));
        return new RuleFolder("rules", catalog, files);
    }
}
