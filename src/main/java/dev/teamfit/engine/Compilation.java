package dev.teamfit.engine;

import dev.teamfit.input.CatalogReader;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.model.BaseSkill;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Named;
import dev.teamfit.model.Reason;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles rule folders with the classic DRL build, whose messages point into the user's files,
 * and lints what teamfit needs of every rule (a stable {@code @id}, what it rests on, a stage, a
 * consequence that concludes something) and of the catalog. A rule rests on the document, with a
 * {@code @source} naming a section of the seed and a {@code @quote} of a sentence that stands in it,
 * or is teamfit's estimate, {@code @basis("estimate")} with a {@code @rationale} (and a {@code @source}
 * for context, if any). Every problem is collected; nothing stops at the first.
 */
final class Compilation {

    private static final Pattern LINE_COL = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)|line (\\d+):(\\d+)");
    private static final Pattern INSERTS = Pattern.compile("\\binsert(Logical)?\\s*\\(");

    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<RuleInfo> rules = new ArrayList<>();
    Catalog catalog;
    InternalKnowledgeBase kieBase;

    private Compilation() {
    }

    /** Reads the catalogs only. */
    static Compilation catalogOf(List<RuleFolder> folders) {
        Compilation c = new Compilation();
        c.readCatalogs(folders);
        return c;
    }

    /** Reads, lints and compiles; the KIE base is built only when there is no error. */
    static Compilation of(List<RuleFolder> folders) {
        Compilation c = lintOf(folders);
        KnowledgeBuilder builder = c.build(folders);
        if (!c.hasErrors()) {
            c.kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            c.kieBase.addPackages(builder.getKnowledgePackages());
        }
        c.sort();
        return c;
    }

    /** Reads the catalogs and lints the rules, without compiling them. */
    static Compilation lintOf(List<RuleFolder> folders) {
        Compilation c = catalogOf(folders);
        c.lint(folders);
        c.sort();
        return c;
    }

    private void sort() {
        diagnostics.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        rules.sort(Comparator.comparing((RuleInfo r) -> Stage.of(r.stage()).map(Enum::ordinal).orElse(99))
                .thenComparing(RuleInfo::id));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::error);
    }

    List<String> errors() {
        return diagnostics.stream().filter(Diagnostic::error).map(Diagnostic::toString).toList();
    }

    private void readCatalogs(List<RuleFolder> folders) {
        for (int i = 0; i < folders.size(); i++) {
            RuleFolder folder = folders.get(i);
            String file = folder.display(RuleFolder.CATALOG);
            if (folder.catalog() == null) {
                if (i == 0) {
                    error(file, 0, "the rules folder has no catalog. Start from the bundled one: teamfit catalog "
                            + "--export > " + file);
                }
                continue;
            }
            if (i == 0 && !folder.standsAlone()) {
                error(file, 0, "this catalog adds to another (it has no levels:), so its folder cannot replace the "
                        + "bundled rules: use --add-rules " + folder.name() + " instead of --rules, or start a whole "
                        + "catalog from teamfit catalog --export.");
                continue;
            }
            try {
                Catalog read = CatalogReader.read(file, folder.catalog(), i > 0,
                        catalog == null ? List.of() : catalog.qualifiers());
                catalog = catalog == null ? read : catalog.plus(read);
                checkBaseSkills(file, read, catalog);
            } catch (InvalidInputException e) {
                for (dev.teamfit.input.Problem p : e.problems()) {
                    diagnostics.add(new Diagnostic(file, p.at() == null ? 0 : p.at().line(),
                            p.at() == null ? 0 : p.at().column(), true,
                            (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()));
                }
            }
        }
        if (catalog != null) {
            Seed seed = Seed.bundled();
            List<String> sources = new ArrayList<>();
            catalog.roles().forEach(r -> sources.add(r.source()));
            catalog.baseSkills().forEach(b -> sources.add(b.source()));
            catalog.responsibilities().forEach(r -> sources.add(r.source()));
            catalog.overlaps().forEach(o -> sources.add(o.source()));
            catalog.skills().forEach(s -> sources.addAll(s.sources()));
            String file = folders.get(0).display(RuleFolder.CATALOG);
            for (String source : sources.stream().distinct().toList()) {
                if (!seed.names(source)) {
                    error(file, 0, "source \"" + source + "\" names no section of the seed.");
                }
            }
        }
    }

    /**
     * Checks the base skills a catalog file gives its roles: each names a skill known so far, and each
     * line it quotes stands word for word in the seed section its source names.
     */
    private void checkBaseSkills(String file, Catalog read, Catalog known) {
        Seed seed = Seed.bundled();
        for (BaseSkill b : read.baseSkills()) {
            String entry = "roles " + b.role() + ", skill " + b.skill() + ": ";
            if (known.skill(b.skill()).isEmpty()) {
                error(file, 0, entry + "no skill of the catalog has this id.");
            }
            if (b.quotes() && seed.names(b.source()) && !seed.quotes(b.source(), b.line())) {
                error(file, 0, entry + "the line \"" + b.line() + "\" does not stand in the seed section \""
                        + b.source() + "\"; quote it word for word.");
            }
        }
    }

    /** Checks every rule's metadata from the parsed DRL, whether or not the files compile. */
    private void lint(List<RuleFolder> folders) {
        Seed seed = Seed.bundled();
        Map<String, String> ids = new HashMap<>();
        List<String> texts = folders.stream().flatMap(f -> f.files().stream()).map(RuleFolder.RuleFile::text).toList();
        java.util.Set<String> keys = FactKeys.known(texts);
        String known = "Input keys: " + String.join(", ", dev.teamfit.input.ProjectFormat.factKeys())
                + "; rules conclude " + String.join(", ", FactKeys.concluded(texts)) + ".";
        String stages = String.join(", ", Named.ids(Stage.class));
        for (RuleFolder folder : folders) {
            for (RuleFolder.RuleFile file : folder.files()) {
                String display = folder.display(file.path());
                for (FactKeys.Use use : FactKeys.matched(file.text())) {
                    if (!keys.contains(use.key())) {
                        error(display, use.line(), "no characteristic has the key \"" + use.key()
                                + "\", so this never matches. " + known);
                    }
                }
                PackageDescr pkg;
                try {
                    DrlParser parser = new DrlParser();
                    pkg = parser.parse(false, file.text());
                    if (parser.hasErrors() || pkg == null) {
                        continue; // the build reports the syntax errors
                    }
                } catch (DroolsParserException e) {
                    continue;
                }
                for (RuleDescr rule : pkg.getRules()) {
                    int line = rule.getLine();
                    String name = "rule \"" + rule.getName() + "\": ";
                    String id = annotation(rule, "id");
                    String source = annotation(rule, "source");
                    AttributeDescr group = rule.getAttributes().get("ruleflow-group");
                    if (group == null) {
                        group = rule.getAttributes().get("agenda-group");
                    }
                    String stage = group == null ? "" : group.getValue();
                    if (id.isEmpty()) {
                        error(display, line, name + "missing @id(\"...\"); every rule needs a stable id.");
                    } else if (ids.putIfAbsent(id, display + ":" + line) != null) {
                        error(display, line, name + "@id(\"" + id + "\") is already the id of the rule at " + ids.get(id) + ".");
                    }
                    Reason.Basis basis = provenance(rule, display, name, seed);
                    if (Stage.of(stage).isEmpty()) {
                        error(display, line, name + (stage.isEmpty() ? "missing ruleflow-group" : "unknown ruleflow-group \""
                                + stage + "\"") + "; use one of " + stages + ".");
                    }
                    Object consequence = rule.getConsequence();
                    if (consequence == null || !INSERTS.matcher(consequence.toString()).find()) {
                        diagnostics.add(new Diagnostic(display, rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : line,
                                0, false, name + "its consequence inserts nothing, so it concludes nothing."));
                    }
                    rules.add(new RuleInfo(id, rule.getName(), stage, source, basis,
                            annotation(rule, basis == Reason.Basis.DOCUMENT ? "quote" : "rationale"), display, line));
                }
            }
        }
    }

    /**
     * Checks what a rule rests on and says which it is: the document, when it quotes a sentence that
     * stands in the seed section its {@code @source} names; else teamfit's estimate, which must be
     * marked {@code @basis("estimate")} and say why in a {@code @rationale}.
     */
    private Reason.Basis provenance(RuleDescr rule, String file, String name, Seed seed) {
        String source = annotation(rule, "source");
        String quote = annotation(rule, "quote");
        String basis = annotation(rule, "basis");
        int line = rule.getLine();
        if (!source.isEmpty() && !seed.names(source)) {
            error(file, line(rule, "source"), name + "@source(\"" + source + "\") names no section of the seed; "
                    + "write it as \"Heading / Sub-heading\", e.g. \"MLOps Engineer / Responsibilities\".");
        }
        if (basis.isEmpty() && rule.getAnnotation("basis") == null) {
            if (quote.isEmpty()) {
                error(file, line, name + "it says neither what it rests on nor that it is an estimate. If the seed "
                        + "says so, quote the sentence: @source(\"Section / Sub-section\") @quote(\"...\"); else mark "
                        + "it @basis(\"estimate\") @rationale(\"why teamfit estimates this\").");
                return Reason.Basis.ESTIMATE; // as its reasons will say (Because.reason)
            }
            if (source.isEmpty()) {
                error(file, line(rule, "quote"), name + "@quote needs a @source naming the seed section it stands in.");
            } else if (seed.names(source) && !seed.quotes(source, quote)) {
                error(file, line(rule, "quote"), name + "@quote(\"" + quote + "\") does not stand in the seed section \""
                        + source + "\"; quote a sentence of that section word for word (white space and ** aside).");
            }
            return Reason.Basis.DOCUMENT;
        }
        if (!basis.equals("estimate")) {
            error(file, line(rule, "basis"), name + "@basis(\"" + basis + "\") is not a basis; the only one is "
                    + "\"estimate\" (a rule that rests on the document quotes it with @quote instead).");
        } else if (!quote.isEmpty()) {
            error(file, line(rule, "quote"), name + "an estimate quotes nothing: keep @quote for a rule that rests "
                    + "on the document, or drop @basis(\"estimate\").");
        }
        if (annotation(rule, "rationale").isEmpty()) {
            error(file, line(rule, "basis"), name + "an estimate needs a one-line @rationale(\"...\") saying why "
                    + "teamfit estimates this.");
        }
        return Reason.Basis.ESTIMATE;
    }

    /** The line of a rule's annotation, or of the rule when the parser does not know it. */
    private static int line(RuleDescr rule, String key) {
        AnnotationDescr annotation = rule.getAnnotation(key);
        return annotation != null && annotation.getLine() > 0 ? annotation.getLine() : rule.getLine();
    }

    private void error(String file, int line, String message) {
        diagnostics.add(new Diagnostic(file, line, 0, true, message));
    }

    private static String annotation(RuleDescr rule, String key) {
        AnnotationDescr annotation = rule.getAnnotation(key);
        if (annotation == null || annotation.getSingleValue() == null) {
            return "";
        }
        return annotation.getSingleValueStripped().toString().strip();
    }

    private KnowledgeBuilder build(List<RuleFolder> folders) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Rules only insert facts, never modify them, so property reactivity buys nothing; off, it
        // also stops Drools warning about constraints whose properties it cannot infer.
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (RuleFolder folder : folders) {
            for (RuleFolder.RuleFile file : folder.files()) {
                Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(folder.display(file.path()));
                builder.add(resource, ResourceType.DRL);
            }
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            String file = result.getResource() == null ? "rules" : result.getResource().getSourcePath();
            int line = result.getLines().length > 0 ? Math.max(0, result.getLines()[0]) : 0;
            int column = 0;
            Matcher m = LINE_COL.matcher(result.getMessage());
            if (m.find()) {
                line = line > 0 ? line : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
                column = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            }
            diagnostics.add(new Diagnostic(file, line, column, result.getSeverity() == ResultSeverity.ERROR,
                    result.getMessage().strip().replaceAll("\\s*\\n\\s*", " ")));
        }
        return builder;
    }
}
