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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The bundled rules compiled at build time into Drools' executable model (plain Java classes), so
 * that start-up loads classes instead of compiling DRL. The build runs {@link #main} after compiling
 * the fact classes; at run time {@link #load} uses the classes only when they were generated from
 * exactly the bundled DRL, and otherwise lets the caller compile the DRL as usual.
 */
public final class Prebuilt {

    /** The index of the generated model: the rules' content hash, then one model class per line. */
    static final String INDEX = "teamfit/prebuilt-rules.index";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final String MODEL_LIST = "/drools-model";

    private Prebuilt() {
    }

    /** Build step: {@code Prebuilt RULES-DIR CLASSES-DIR} writes the model classes, the index and the file list. */
    public static void main(String[] args) throws IOException {
        RuleFolder folder = RuleFolder.of(Path.of(args[0]));
        Path out = Path.of(args[1]);
        generate(folder, out);
        List<String> bundled = new ArrayList<>();
        folder.files().forEach(f -> bundled.add(f.path()));
        folder.tests().forEach(f -> bundled.add(f.path()));
        Files.writeString(out.resolve(RuleFolder.LIST), String.join("\n", bundled.stream().sorted().toList()) + "\n");
    }

    /** Compiles a rules folder into executable-model classes under {@code out}, with the index. */
    private static void generate(RuleFolder folder, Path out) throws IOException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (RuleFolder.RuleFile file : folder.files()) {
            Matcher pkg = PACKAGE.matcher(file.text());
            String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            kfs.write("src/main/resources/" + dir + file.path().replace('/', '-'), file.text());
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
        Files.writeString(index, hash(folder) + "\n" + String.join("\n", models) + "\n");
    }

    /** The prebuilt rule base, if the build made one from exactly these rules. */
    static Optional<KieBase> load(RuleFolder folder) {
        try {
            byte[] bytes = RuleFolder.resource(Prebuilt.class.getClassLoader(), INDEX);
            List<String> lines = bytes == null ? List.of() : new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(hash(folder))) {
                return Optional.empty();
            }
            List<Model> models = new ArrayList<>();
            for (String name : lines.subList(1, lines.size())) {
                models.add((Model) Class.forName(name).getDeclaredConstructor().newInstance());
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** A checksum of the folder's DRL files, paths and text, in order: tells stale prebuilt classes apart. */
    static String hash(RuleFolder folder) {
        CRC32C crc = new CRC32C();
        for (RuleFolder.RuleFile file : folder.files()) {
            crc.update((file.path() + "\0" + file.text() + "\0").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
