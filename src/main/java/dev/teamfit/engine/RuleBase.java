package dev.teamfit.engine;

import dev.teamfit.input.ProjectFormat;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Characteristic;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Overlap;
import dev.teamfit.model.Project;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A compiled rule base and its catalog. Build it once; {@link #assess} then runs each project in a
 * session of its own and is safe to call from several threads.
 */
public final class RuleBase {

    /** Firings allowed for one project before the rule set is judged to be looping. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private static RuleBase bundled;

    private final KieBase kieBase;
    private final Catalog catalog;
    private final List<RuleFolder> folders;
    private final List<String> warnings;
    private final int firingLimit;
    /** Sessions are reset and reused rather than built for every project of a portfolio. */
    private final KieSessionsPool sessions;
    private List<RuleInfo> rules;
    private Map<String, Set<Integer>> thresholds;

    private RuleBase(KieBase kieBase, Catalog catalog, List<RuleFolder> folders, List<RuleInfo> rules,
                     List<String> warnings, int firingLimit) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.folders = List.copyOf(folders);
        this.rules = rules;
        this.warnings = List.copyOf(warnings);
        this.firingLimit = firingLimit;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /**
     * The bundled rules, once per process: from the classes the build compiled them into (see
     * {@link Prebuilt}) when those match the bundled DRL, else compiled from the DRL.
     */
    public static synchronized RuleBase bundled() throws RuleBuildException {
        if (bundled == null) {
            List<RuleFolder> folders = List.of(RuleFolder.bundled());
            Optional<KieBase> prebuilt = Prebuilt.load(folders.get(0));
            bundled = prebuilt.isPresent()
                    ? new RuleBase(prebuilt.get(), catalog(folders), folders, null, List.of(), DEFAULT_FIRING_LIMIT)
                    : compile(folders, DEFAULT_FIRING_LIMIT);
        }
        return bundled;
    }

    /**
     * Compiles rule folders into one rule base: the first must hold a full catalog; later ones add
     * rules and catalog entries on top of it. Warnings do not stop it; see {@link #warnings()}.
     */
    public static RuleBase compile(List<RuleFolder> folders, int firingLimit) throws RuleBuildException {
        Compilation c = Compilation.of(folders);
        if (c.hasErrors()) {
            throw new RuleBuildException(c.errors());
        }
        List<String> warnings = c.diagnostics.stream().filter(d -> !d.error()).map(Diagnostic::toString).toList();
        return new RuleBase(c.kieBase, c.catalog, folders, c.rules, warnings, firingLimit);
    }

    /** Every problem of rule folders, errors and warnings, without stopping at the first (rules check). */
    public static List<Diagnostic> check(List<RuleFolder> folders) {
        return List.copyOf(Compilation.of(folders).diagnostics);
    }

    /**
     * Reads the catalog of rule folders without compiling their rules: the first folder's catalog,
     * with the entries of later folders' catalogs added.
     */
    public static Catalog catalog(List<RuleFolder> folders) throws RuleBuildException {
        Compilation c = Compilation.catalogOf(folders);
        if (c.hasErrors()) {
            throw new RuleBuildException(c.errors());
        }
        return c.catalog;
    }

    /** What the build warned about, as {@code file:line:col: warning: message}. */
    public List<String> warnings() {
        return warnings;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Every rule, by stage then id (for prebuilt rules, read from their DRL when first asked for). */
    public synchronized List<RuleInfo> rules() {
        if (rules == null) {
            rules = List.copyOf(Compilation.lintOf(folders).rules);
        }
        return rules;
    }

    /** The numbers on both sides of each threshold the rules compare an input number with, by key. */
    public synchronized Map<String, Set<Integer>> thresholds() {
        if (thresholds == null) {
            thresholds = FactKeys.thresholds(folders.stream().flatMap(f -> f.files().stream())
                    .map(RuleFolder.RuleFile::text).toList());
        }
        return thresholds;
    }

    /** Runs the rules on one project. */
    public Assessment assess(Project project, List<String> warnings) throws RuleFailure {
        return assess(project, warnings, List.of());
    }

    /**
     * Runs the rules on one project of a portfolio: {@code loads} are the allocations of its members
     * summed over the portfolio, for the rules about people spread over several projects.
     */
    public Assessment assess(Project project, List<String> warnings, List<MemberLoad> loads) throws RuleFailure {
        KieSession session = sessions.newKieSession();
        try {
            insertFacts(session, project, loads);
            int fired = fire(session, null);
            if (fired >= firingLimit && fire(session, null) > 0) {
                throw new RuleFailure(runaway(project, loads));
            }
            return Results.collect(session.getObjects(), project, warnings, catalog, loads);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new RuleFailure("a rule failed on project " + project.id() + ": " + rootMessage(e), e);
        } catch (OutOfMemoryError e) {
            throw new RuleFailure("the rules ran out of memory on project " + project.id() + "; give the JVM more "
                    + "heap (TEAMFIT_JAVA_OPTS=-Xmx2g) or check the rules for a conclusion that grows without end.", e);
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires only the rule with the given id over the given facts, with every stage in focus, and
     * returns what that rule inserted. This is how each rule is tested on its own.
     */
    List<Object> fireOnly(String ruleId, List<?> facts) {
        if (rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
            throw new IllegalArgumentException("no rule has @id(\"" + ruleId + "\")");
        }
        KieSession session = kieBase.newKieSession();
        try {
            facts.forEach(session::insert);
            fire(session, ruleId::equals);
            Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
            given.addAll(facts);
            return session.getObjects().stream().filter(fact -> !given.contains(fact)).map(Object.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    /**
     * The project's facts: one characteristic per key path the format marks as a fact, defaults applied,
     * and the team's size; its members, their loads across a portfolio, and the catalog's overlaps (both
     * ways) and base skills.
     */
    private void insertFacts(KieSession session, Project project, List<MemberLoad> loads) {
        loads.forEach(session::insert);
        Map<String, ProjectFormat.Value> format = ProjectFormat.values();
        project.values().forEach((key, value) -> {
            if (format.containsKey(key) && format.get(key).fact()) {
                session.insert(Characteristic.input(key, value));
            }
        });
        if (project.teamDeclared()) {
            session.insert(Characteristic.input("team.size", project.team().size()));
        }
        project.team().forEach(session::insert);
        for (Overlap overlap : catalog.overlaps()) {
            session.insert(overlap);
            session.insert(overlap.reversed());
        }
        catalog.baseSkills().forEach(session::insert);
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
