package dev.teamfit.engine;

import dev.teamfit.input.CatalogReader;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Overlap;
import dev.teamfit.model.Project;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A compiled rule base and its catalog. Compile it once; {@link #assess} then runs each project in a
 * fresh session and is safe to call from several threads.
 */
public final class RuleBase {

    /** Firings allowed for one project before the rule set is judged to be looping (SPEC §4). */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private static final Pattern LINE_COL = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)|line (\\d+):(\\d+)");
    private static final Pattern RULE_LINE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final KieBase kieBase;
    private final Catalog catalog;
    private final List<RuleInfo> rules;
    private final int firingLimit;

    private RuleBase(KieBase kieBase, Catalog catalog, List<RuleInfo> rules, int firingLimit) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.rules = List.copyOf(rules);
        this.firingLimit = firingLimit;
    }

    private static RuleBase bundled;

    /** The bundled rules, compiled once per process: they cannot change while it runs. */
    public static synchronized RuleBase bundled() throws RuleBuildException {
        if (bundled == null) {
            bundled = compile(List.of(RuleFolder.bundled()), DEFAULT_FIRING_LIMIT);
        }
        return bundled;
    }

    /**
     * Compiles rule folders into one rule base: the first must hold a full catalog; later ones add
     * rules and catalog entries on top of it.
     */
    public static RuleBase compile(List<RuleFolder> folders, int firingLimit) throws RuleBuildException {
        List<String> problems = new ArrayList<>();
        Catalog catalog = catalog(folders, problems);
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Rules only insert facts, never modify them, so property reactivity buys nothing; off, it
        // also stops Drools warning about constraints whose properties it cannot infer.
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        Map<String, RuleFolder.RuleFile> fileByDisplay = new LinkedHashMap<>();
        for (RuleFolder folder : folders) {
            for (RuleFolder.RuleFile file : folder.files()) {
                String display = folder.display(file.path());
                fileByDisplay.put(display, file);
                Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(display);
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
            String level = result.getSeverity() == ResultSeverity.ERROR ? "" : "warning: ";
            problems.add(file + ":" + line + ":" + column + ": " + level
                    + result.getMessage().strip().replaceAll("\\s*\\n\\s*", " "));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        List<RuleInfo> rules = describe(kieBase, fileByDisplay, problems);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return new RuleBase(kieBase, catalog, rules, firingLimit);
    }

    /**
     * Reads the catalog of rule folders without compiling their rules: the first folder's catalog,
     * with the entries of later folders' catalogs added.
     */
    public static Catalog catalog(List<RuleFolder> folders) throws RuleBuildException {
        List<String> problems = new ArrayList<>();
        Catalog catalog = catalog(folders, problems);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return catalog;
    }

    private static Catalog catalog(List<RuleFolder> folders, List<String> problems) {
        Catalog catalog = null;
        for (int i = 0; i < folders.size(); i++) {
            RuleFolder folder = folders.get(i);
            if (folder.catalog() == null) {
                if (i == 0) {
                    problems.add(folder.display(RuleFolder.CATALOG) + ":0:0: the rules folder has no catalog. "
                            + "Start from the bundled one: teamfit catalog --export > " + folder.display(RuleFolder.CATALOG));
                }
                continue;
            }
            try {
                Catalog read = CatalogReader.read(folder.display(RuleFolder.CATALOG), folder.catalog(), i > 0);
                catalog = catalog == null ? read : catalog.plus(read);
            } catch (InvalidInputException e) {
                for (dev.teamfit.input.Problem p : e.problems()) {
                    problems.add(e.file() + ":" + (p.at() == null ? "0:0" : p.at().toString()) + ": "
                            + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
                }
            }
        }
        return catalog;
    }

    /** Lists the rules with their metadata, reporting those the engine cannot use. */
    private static List<RuleInfo> describe(KieBase kieBase, Map<String, RuleFolder.RuleFile> files,
                                           List<String> problems) {
        Map<String, String[]> locations = new HashMap<>();
        files.forEach((display, file) -> {
            Matcher m = RULE_LINE.matcher(file.text());
            while (m.find()) {
                int line = (int) file.text().substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                locations.put(m.group(1), new String[] {display, String.valueOf(line)});
            }
        });
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String[] at = locations.getOrDefault(rule.getName(), new String[] {pkg.getName(), "0"});
                String where = at[0] + ":" + at[1] + ":0: rule \"" + rule.getName() + "\": ";
                String id = Because.meta(rule, "id");
                String source = Because.meta(rule, "source");
                String stage = ((org.drools.base.definitions.rule.impl.RuleImpl) rule).getAgendaGroup();
                if (id.isEmpty()) {
                    problems.add(where + "missing @id(\"...\"); every rule needs a stable id.");
                } else if (ids.putIfAbsent(id, rule.getName()) != null) {
                    problems.add(where + "@id(\"" + id + "\") is also the id of rule \"" + ids.get(id) + "\".");
                }
                if (source.isEmpty()) {
                    problems.add(where + "missing @source(\"...\"); name the seed section the rule rests on.");
                }
                if (Stage.of(stage).isEmpty()) {
                    problems.add(where + "missing or unknown ruleflow-group; use one of "
                            + java.util.Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.joining(", "))
                            + ".");
                }
                rules.add(new RuleInfo(id, rule.getName(), stage, source, at[0], Integer.parseInt(at[1])));
            }
        }
        rules.sort(Comparator.comparing((RuleInfo r) -> Stage.of(r.stage()).map(Enum::ordinal).orElse(99))
                .thenComparing(RuleInfo::id));
        return rules;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Every rule, by stage then id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Runs the rules on one project in a fresh session. */
    public Assessment assess(Project project, List<String> warnings) throws RuleFailure {
        return assess(project, warnings, List.of());
    }

    /**
     * Runs the rules on one project of a portfolio: {@code loads} are the allocations of its members
     * summed over the portfolio, for the rules about people spread over several projects.
     */
    public Assessment assess(Project project, List<String> warnings, List<MemberLoad> loads) throws RuleFailure {
        KieSession session = kieBase.newKieSession();
        try {
            insertFacts(session, project, loads);
            int fired = fire(session, null);
            if (fired >= firingLimit && fire(session, null) > 0) {
                throw new RuleFailure(runaway(project, loads));
            }
            return Results.collect(session.getObjects(), project, warnings, catalog);
        } catch (RuntimeException e) {
            throw new RuleFailure("a rule failed on project " + project.id() + ": " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires only the rule with the given id over the given facts, with every stage in focus, and
     * returns what that rule inserted. This is how each rule is tested on its own.
     */
    List<Object> fireOnly(String ruleId, List<?> facts) {
        if (rules.stream().noneMatch(r -> r.id().equals(ruleId))) {
            throw new IllegalArgumentException("no rule has @id(\"" + ruleId + "\")");
        }
        KieSession session = kieBase.newKieSession();
        try {
            Set<Object> given = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Object fact : facts) {
                session.insert(fact);
                given.add(fact);
            }
            fire(session, ruleIds -> ruleIds.equals(ruleId));
            List<Object> inserted = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (!given.contains(fact)) {
                    inserted.add(fact);
                }
            }
            return inserted;
        } finally {
            session.dispose();
        }
    }

    private void insertFacts(KieSession session, Project project, List<MemberLoad> loads) {
        for (MemberLoad load : loads) {
            session.insert(load);
        }
        for (Characteristic fact : Facts.of(project)) {
            session.insert(fact);
        }
        for (Member member : project.team()) {
            session.insert(member);
        }
        for (Overlap overlap : catalog.overlaps()) {
            session.insert(overlap);
            session.insert(overlap.reversed());
        }
    }

    private int fire(KieSession session, java.util.function.Predicate<String> ruleIds) {
        Stage[] stages = Stage.values();
        for (int i = stages.length - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(stages[i].id()).setFocus();
        }
        if (ruleIds == null) {
            return session.fireAllRules(firingLimit);
        }
        return session.fireAllRules(match -> ruleIds.test(Because.meta(match.getRule(), "id")), firingLimit);
    }

    /** Runs the project again with a counter to name the rules that fired most. */
    private String runaway(Project project, List<MemberLoad> loads) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Rule rule = event.getMatch().getRule();
                    counts.merge(Because.meta(rule, "id") + " \"" + rule.getName() + "\"", 1, Integer::sum);
                }
            });
            insertFacts(session, project, loads);
            fire(session, null);
        } finally {
            session.dispose();
        }
        String top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> e.getKey() + " (" + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
        return "the rules fired more than " + firingLimit + " times on project " + project.id()
                + " and were stopped; they look like a loop. Most fired: " + top + ".";
    }

    private static String rootMessage(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        Throwable root = e;
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
