package dev.teamfit.engine;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Overlap;
import dev.teamfit.model.Project;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * A compiled rule base and its catalog. Compile it once; {@link #assess} then runs each project in a
 * fresh session and is safe to call from several threads.
 */
public final class RuleBase {

    /** Firings allowed for one project before the rule set is judged to be looping (SPEC §4). */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;


    private final KieBase kieBase;
    private final Catalog catalog;
    private final List<RuleFolder> folders;
    private volatile List<RuleInfo> rules;
    private final List<String> warnings;
    private final int firingLimit;
    private final boolean precompiled;

    private RuleBase(KieBase kieBase, Catalog catalog, List<RuleFolder> folders, List<RuleInfo> rules,
                     List<String> warnings, int firingLimit) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.folders = List.copyOf(folders);
        this.rules = rules == null ? null : List.copyOf(rules);
        this.warnings = List.copyOf(warnings);
        this.firingLimit = firingLimit;
        this.precompiled = rules == null;
    }

    /**
     * The sessions for assessments, reused: disposing a pooled session resets it and hands it back,
     * which saves building a session's memories for every project of a portfolio.
     */
    private KieSessionsPool sessions() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = kieBase.newKieSessionsPool(1);
                }
                pool = sessions;
            }
        }
        return pool;
    }

    private volatile KieSessionsPool sessions;

    /** Whether the rules were loaded as classes compiled earlier (the build's, or the cache's), not from DRL. */
    boolean precompiled() {
        return precompiled;
    }

    private static volatile RuleBase bundled;
    private static final java.util.concurrent.locks.ReentrantLock BUNDLING = new java.util.concurrent.locks.ReentrantLock();
    private static boolean warmed;

    /**
     * The bundled rules, once per process: from the classes the build generated when they match the
     * bundled DRL (see {@link Prebuilt}), else compiled from the DRL. A caller that finds another
     * thread loading them (see {@link #preloadBundled}) first readies the engine's session machinery
     * with an empty rule base, which the first assessment would otherwise do, then waits.
     */
    public static RuleBase bundled() throws RuleBuildException {
        RuleBase base = bundled;
        if (base != null) {
            return base;
        }
        if (!BUNDLING.tryLock()) {
            warmSessions();
            BUNDLING.lock();
        }
        try {
            if (bundled == null) {
                List<RuleFolder> folders = List.of(RuleFolder.bundled());
                Optional<KieBase> prebuilt = Prebuilt.load(folders.get(0), !RuleFolder.bundledInJar());
                bundled = prebuilt.isPresent()
                        ? new RuleBase(prebuilt.get(), catalog(folders), folders, null, List.of(), DEFAULT_FIRING_LIMIT)
                        : compile(folders, DEFAULT_FIRING_LIMIT);
            }
            return bundled;
        } finally {
            BUNDLING.unlock();
        }
    }

    /**
     * Starts loading the bundled rule base on a thread of its own, for a command that will need it
     * after other work (its command line, its catalog, its input). A failure there is left for the
     * command to meet again in {@link #bundled()} and report.
     */
    public static void preloadBundled() {
        preload(() -> {
            try {
                bundled();
            } catch (RuntimeException | RuleBuildException e) {
                // The command loads the rule base again and reports what went wrong.
            }
        });
    }

    /** Runs a preload on a daemon thread: a command that ends first does not wait for it. */
    private static void preload(Runnable work) {
        Thread thread = new Thread(work, "teamfit-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Rule folders given on the command line, whose compiled rules load from the cache on a thread of their own. */
    private record Preload(Path rules, List<Path> added, CompletableFuture<Optional<Loaded>> loaded) {
    }

    /** A rule base loaded from the cache, with what loading it warned about. */
    private record Loaded(KieBase kieBase, List<String> warnings) {
    }

    private static volatile Preload preload;

    /**
     * Starts loading the compiled rules of the folders a command was given ({@code --rules}, or null
     * for the bundled rules, and {@code --add-rules}) from the cache on a thread of their own, as
     * {@link #preloadBundled} does for the bundled rules, while the command reads the catalog and its
     * input. On a cache miss it does nothing (the command compiles and stores the rules itself), and
     * any failure is left for the command to meet again and report.
     */
    public static void preloadFolders(Path rules, List<Path> added) {
        Preload p = new Preload(rules, List.copyOf(added), new CompletableFuture<>());
        preload = p;
        preload(() -> {
            try {
                List<RuleFolder> folders = new ArrayList<>();
                folders.add(rules == null ? RuleFolder.bundled() : RuleFolder.of(rules));
                for (Path dir : p.added()) {
                    folders.add(RuleFolder.of(dir));
                }
                RuleCache.Key key = RuleCache.key(folders);
                List<String> warnings = new ArrayList<>();
                Optional<KieBase> kieBase = key.present() ? RuleCache.load(key, warnings) : Optional.empty();
                p.loaded().complete(kieBase.map(k -> new Loaded(k, warnings)));
            } catch (Exception | LinkageError e) {
                p.loaded().complete(Optional.empty());
            }
        });
    }

    /**
     * The rule base of these folders, from what {@link #preloadFolders} loaded for exactly them (the
     * paths the command was given), once it is ready, with the catalog the command read; empty when
     * none was started for them, the cache did not hold them, or loading failed.
     */
    public static Optional<RuleBase> preloaded(Path rules, List<Path> added, List<RuleFolder> folders,
                                               Catalog catalog) {
        Preload p = preload;
        if (p == null || !java.util.Objects.equals(p.rules(), rules) || !p.added().equals(added)) {
            return Optional.empty();
        }
        preload = null;
        return p.loaded().join()
                .map(l -> new RuleBase(l.kieBase(), catalog, folders, null, l.warnings(), DEFAULT_FIRING_LIMIT));
    }

    /** Runs a session of an empty rule base once: class set-up the first real session then skips. */
    private static void warmSessions() {
        synchronized (RuleBase.class) {
            if (warmed) {
                return;
            }
            warmed = true;
        }
        try {
            KieSession session = KieBaseBuilder.createKieBaseFromModel(List.of()).newKieSessionsPool(1).newKieSession();
            try {
                session.insert(Boolean.TRUE);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
        } catch (RuntimeException e) {
            // Only a head start: the real session meets and reports any real problem.
        }
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

    /**
     * Like {@link #compile}, but through the user's cache of compiled rules ({@link RuleCache}): the
     * first run compiles and stores them, later runs with the same rules load them.
     */
    public static RuleBase compileCached(List<RuleFolder> folders, int firingLimit) throws RuleBuildException {
        return compileCached(folders, RuleCache.key(folders), firingLimit);
    }

    private static RuleBase compileCached(List<RuleFolder> folders, RuleCache.Key key, int firingLimit)
            throws RuleBuildException {
        List<String> warnings = new ArrayList<>();
        Optional<KieBase> cached = RuleCache.load(key, warnings);
        if (cached.isPresent()) {
            return new RuleBase(cached.get(), catalog(folders), folders, null, warnings, firingLimit);
        }
        RuleBase compiled = compile(folders, firingLimit);
        RuleCache.store(folders, key, warnings);
        warnings.addAll(0, compiled.warnings);
        return new RuleBase(compiled.kieBase, compiled.catalog, folders, compiled.rules, warnings, firingLimit);
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
        if (folders.size() == 1 && folders.get(0) == RuleFolder.bundled()) {
            synchronized (BUNDLED_CATALOG) {
                if (BUNDLED_CATALOG[0] == null) {
                    BUNDLED_CATALOG[0] = readCatalog(folders);
                }
                return BUNDLED_CATALOG[0];
            }
        }
        return readCatalog(folders);
    }

    private static Catalog readCatalog(List<RuleFolder> folders) throws RuleBuildException {
        Compilation c = Compilation.catalogOf(folders);
        if (c.hasErrors()) {
            throw new RuleBuildException(c.errors());
        }
        return c.catalog;
    }

    /** The bundled catalog, read once (both the input reader and the rule base need it), and its lock. */
    private static final Catalog[] BUNDLED_CATALOG = new Catalog[1];

    /** What the build warned about, as {@code file:line:col: warning: message}. */
    public List<String> warnings() {
        return warnings;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Every rule, by stage then id (for prebuilt rules, read from their DRL on first use). */
    public List<RuleInfo> rules() {
        if (rules == null) {
            rules = List.copyOf(Compilation.of(folders).rules);
        }
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
        KieSession session = sessions().newKieSession();
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
        if (rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
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
