package dev.teamfit.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled rules compiled at build time into Drools' executable model (plain Java classes), so
 * that start-up loads classes instead of compiling DRL: about a quarter of the time. The build runs
 * {@link #main} after compiling the fact classes; at run time {@link #load} uses the classes only
 * when they were generated from exactly the bundled DRL, by content hash, and otherwise lets the
 * caller compile the DRL as usual.
 */
public final class Prebuilt {

    /** The index of the generated model: the rules' content hash, then one model class per line. */
    static final String INDEX = "teamfit/prebuilt-rules.index";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final String MODEL_LIST = "/drools-model";

    private Prebuilt() {
    }

    /** Build step: {@code Prebuilt RULES-DIR CLASSES-DIR} writes the model classes and the index. */
    public static void main(String[] args) throws IOException {
        RuleFolder folder = RuleFolder.of(Path.of(args[0]));
        Path out = Path.of(args[1]);
        generate(List.of(folder), out, hash(List.of(folder)));
        writeCatalog(folder, out);
        List<String> bundled = new ArrayList<>();
        folder.files().forEach(f -> bundled.add(f.path()));
        folder.tests().forEach(f -> bundled.add(f.path()));
        Files.writeString(out.resolve(RuleFolder.LIST), String.join("\n", bundled.stream().sorted().toList()) + "\n");
    }

    /** Where the build keeps the bundled catalog as JSON: the catalog's hash on the first line, then the JSON. */
    static final String CATALOG_JSON = "teamfit/catalog.json";

    /**
     * Checks the bundled catalog as a run would (any problem fails the build) and keeps a JSON copy,
     * which reads in a third of the time of the YAML at start-up.
     */
    private static void writeCatalog(RuleFolder folder, Path out) throws IOException {
        Compilation checked = Compilation.catalogOf(List.of(folder));
        if (checked.hasErrors()) {
            throw new IllegalStateException("the bundled catalog has problems: " + checked.errors());
        }
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(folder.catalog());
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(tree);
        Path target = out.resolve(CATALOG_JSON);
        Files.createDirectories(target.getParent());
        Files.write(target, (catalogHash(folder) + "\n" + new String(json, StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The build's JSON copy of this (bundled) folder's catalog, or null when there is none or, outside
     * a jar, when it was made from another catalog than the folder's.
     */
    static byte[] catalogJson(RuleFolder folder) {
        String text = resource(CATALOG_JSON);
        int newline = text == null ? -1 : text.indexOf('\n');
        if (newline < 0 || !RuleFolder.bundledInJar() && !text.substring(0, newline).equals(catalogHash(folder))) {
            return null;
        }
        return text.substring(newline + 1).getBytes(StandardCharsets.UTF_8);
    }

    /** A resource beside these classes as text, or null when there is none or it cannot be read. */
    private static String resource(String name) {
        try {
            byte[] bytes = RuleFolder.resource(Prebuilt.class.getClassLoader(), name);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String catalogHash(RuleFolder folder) {
        return new Fingerprint().add(folder.catalog()).hex();
    }

    /**
     * Compiles rule folders into executable-model classes under {@code out}, with the index, whose
     * first line is {@code hash}: what {@link #load} checks the rules against.
     */
    static void generate(List<RuleFolder> folders, Path out, String hash) throws IOException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (int i = 0; i < folders.size(); i++) {
            for (RuleFolder.RuleFile file : folders.get(i).files()) {
                Matcher pkg = PACKAGE.matcher(file.text());
                String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
                String prefix = folders.size() == 1 ? "" : "f" + i + "-";
                kfs.write("src/main/resources/" + dir + prefix + file.path().replace('/', '-'), file.text());
            }
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not build as an executable model: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            } else if (name.endsWith(MODEL_LIST)) {
                new String(module.getBytes(name), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.contains(":")).map(String::strip).sorted()
                        .forEach(models::add);
            }
        }
        Path index = out.resolve(INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, hash + "\n" + String.join("\n", models) + "\n");
    }

    /**
     * The prebuilt rule base, if the build made one from exactly these rules. {@code verify} compares
     * the rules' content hash with the one the build recorded; a jar carries the rules and their
     * prebuilt classes from one build, so it needs no check (hashing them is a tenth of a start-up).
     */
    static Optional<KieBase> load(RuleFolder folder, boolean verify) {
        return bundledModels(folder, verify).map(KieBaseBuilder::createKieBaseFromModel);
    }

    /** Whether the build's prebuilt rules were made from exactly these rules, without loading them. */
    static boolean current(RuleFolder folder) {
        String index = resource(INDEX);
        return index != null && index.lines().findFirst().filter(hash(List.of(folder))::equals).isPresent();
    }

    /** The models of the prebuilt rules, on the same terms as {@link #load(RuleFolder, boolean)}. */
    static Optional<List<Model>> bundledModels(RuleFolder folder, boolean verify) {
        String index = resource(INDEX);
        if (index == null) {
            return Optional.empty();
        }
        try {
            return models(index, Prebuilt.class.getClassLoader(), verify ? hash(List.of(folder)) : null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The models an index lists, loaded through {@code loader}, if they were made from rules of this
     * hash (any, when {@code hash} is null).
     */
    static Optional<List<Model>> models(String index, ClassLoader loader, String hash) throws ReflectiveOperationException {
        List<String> lines = index.lines().toList();
        if (lines.isEmpty() || hash != null && !lines.get(0).equals(hash)) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : lines.subList(1, lines.size())) {
            models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return Optional.of(models);
    }

    /** A fingerprint of the folders' DRL files, paths and text, in order. */
    static String hash(List<RuleFolder> folders) {
        Fingerprint fingerprint = new Fingerprint();
        for (RuleFolder folder : folders) {
            for (RuleFolder.RuleFile file : folder.files()) {
                fingerprint.add(file.path()).separator(0).add(file.text()).separator(0);
            }
            if (folders.size() > 1) {
                fingerprint.separator(1);
            }
        }
        return fingerprint.hex();
    }
}
