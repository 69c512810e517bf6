package dev.teamfit.engine;

import dev.teamfit.model.Catalog;
import dev.teamfit.report.JsonReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custom rule folders are compiled once, cached by content, and a bad cache only costs time. */
class RuleCacheTest {

    @TempDir
    Path dir;
    private String saved;

    @BeforeEach
    void useATemporaryCache() {
        saved = System.getProperty("teamfit.cache");
        System.setProperty("teamfit.cache", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("teamfit.cache");
        } else {
            System.setProperty("teamfit.cache", saved);
        }
    }

    private static List<RuleFolder> custom() throws IOException {
        return List.of(RuleFolder.bundled(), RuleFolder.of(Path.of("samples/custom-rules")));
    }

    private static String assess(RuleBase base) throws Exception {
        var project = new dev.teamfit.robust.ValidProjects(3L).projects(1).get(0);
        return new JsonReport(base.catalog()).render(base.assess(project, List.of()));
    }

    @Test
    void theSecondRunLoadsWhatTheFirstCompiled() throws Exception {
        List<RuleFolder> folders = custom();
        RuleBase first = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        Path entry = RuleCache.entry(folders);
        assertTrue(Files.isRegularFile(entry.resolve(Prebuilt.INDEX)), "cached at " + entry);
        assertTrue(first.warnings().isEmpty(), first.warnings().toString());
        RuleBase second = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        assertFalse(first.precompiled());
        assertTrue(second.precompiled());
        assertTrue(second.warnings().isEmpty(), second.warnings().toString());
        assertEquals(assess(first), assess(second));
        assertEquals(first.rules(), second.rules());
        assertTrue(second.rules().stream().anyMatch(r -> r.id().equals("ACME-002")));
    }

    private static List<String> assessments(RuleBase base) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (var project : new dev.teamfit.robust.ValidProjects(11L).projects(25)) {
            out.add(new JsonReport(base.catalog()).render(base.assess(project, List.of())));
        }
        return out;
    }

    /**
     * Folders added to the bundled rules are cached alone: the build's classes of the bundled rules
     * run beside them, and the pair concludes what the whole DRL compiled together concludes.
     */
    @Test
    void anAddedFolderIsCachedAloneAndRunsBesideTheBundledClasses() throws Exception {
        List<RuleFolder> folders = custom();
        RuleBase compiled = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        List<String> models = Files.readAllLines(RuleCache.entry(folders).resolve(Prebuilt.INDEX));
        assertTrue(models.size() > 1 && models.subList(1, models.size()).stream().allMatch(m -> m.startsWith("acme.")),
                models.toString());
        RuleBase cached = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        assertTrue(cached.precompiled());
        assertEquals(assessments(compiled), assessments(cached));
    }

    /** An added folder may put its rules in a bundled package; they join the bundled rules of that package. */
    @Test
    void anAddedFolderInABundledPackageJoinsIt() throws Exception {
        Path copy = dir.resolve("same-packages");
        for (String file : List.of("catalog.yaml", "roles/clinical-safety.drl", "skills/clinical-safety.drl")) {
            Path target = copy.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, Files.readString(Path.of("samples/custom-rules").resolve(file))
                    .replace("package acme.", "package rules."));
        }
        List<RuleFolder> folders = List.of(RuleFolder.bundled(), RuleFolder.of(copy));
        RuleBase compiled = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        assertTrue(compiled.warnings().isEmpty(), compiled.warnings().toString());
        RuleBase cached = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        assertTrue(cached.precompiled());
        List<String> expected = assessments(compiled);
        assertEquals(expected, assessments(cached));
        assertTrue(expected.stream().anyMatch(a -> a.contains("\"ACME-")), "the added rules fire");
    }

    /** main starts loading cached folders on a thread of its own; the command takes them only if they are its own. */
    @Test
    void cachedFoldersPreloadForTheCommandThatAsksForThem() throws Exception {
        Path custom = Path.of("samples/custom-rules");
        List<RuleFolder> folders = custom();
        Catalog catalog = RuleBase.catalog(folders);

        RuleBase.preloadFolders(null, List.of(custom));
        assertTrue(RuleBase.preloaded(null, List.of(custom), folders, catalog).isEmpty(), "nothing cached yet");

        String expected = assess(RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT));
        RuleBase.preloadFolders(null, List.of(custom));
        assertTrue(RuleBase.preloaded(custom, List.of(), folders, catalog).isEmpty(), "not what was preloaded");
        RuleBase.preloadFolders(null, List.of(custom));
        RuleBase preloaded = RuleBase.preloaded(null, List.of(custom), folders, catalog).orElseThrow();
        assertTrue(preloaded.precompiled());
        assertEquals(expected, assess(preloaded));
        assertTrue(RuleBase.preloaded(null, List.of(custom), folders, catalog).isEmpty(), "taken once");
    }

    /** Entries no run has loaded for a month go when a new one is stored; a loaded entry counts as new. */
    @Test
    void entriesNobodyLoadsArePruned() throws Exception {
        List<RuleFolder> folders = custom();
        RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        Path entry = RuleCache.entry(folders);
        Path old = Files.createDirectories(entry.getParent().resolve("0123456789abcdef0123456789abcdef"));
        Path halfBuilt = Files.createDirectories(entry.getParent().resolve(".building-123"));
        java.time.Instant longAgo = java.time.Instant.now().minus(RuleCache.UNUSED).minusSeconds(60);
        for (Path p : List.of(entry, old, halfBuilt)) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(longAgo));
        }
        assertTrue(RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT).precompiled(), "loaded: now in use");
        RuleCache.prune(entry.getParent(), java.time.Instant.now());
        assertTrue(Files.isDirectory(entry), "an entry in use is kept");
        assertFalse(Files.exists(old), "an entry unused for a month goes");
        assertFalse(Files.exists(halfBuilt), "a build left half-way goes");
    }

    @Test
    void aChangedFileIsAnotherEntry() throws Exception {
        Path copy = dir.resolve("acme");
        Files.createDirectories(copy.resolve("roles"));
        Files.copy(Path.of("samples/custom-rules/catalog.yaml"), copy.resolve("catalog.yaml"));
        String rule = Files.readString(Path.of("samples/custom-rules/roles/clinical-safety.drl"));
        Files.writeString(copy.resolve("roles/clinical-safety.drl"), rule);
        List<RuleFolder> before = List.of(RuleFolder.bundled(), RuleFolder.of(copy));
        Files.writeString(copy.resolve("roles/clinical-safety.drl"), rule.replace("0.25", "0.5"));
        List<RuleFolder> after = List.of(RuleFolder.bundled(), RuleFolder.of(copy));
        assertNotEquals(RuleCache.entry(before), RuleCache.entry(after));
    }

    @Test
    void aCorruptCacheIsIgnoredWithAWarning() throws Exception {
        List<RuleFolder> folders = custom();
        String expected = assess(RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT));
        Files.writeString(RuleCache.entry(folders).resolve(Prebuilt.INDEX), "garbage\nno.such.Model\n");
        RuleBase recovered = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        assertTrue(recovered.warnings().stream().anyMatch(w -> w.contains("warning: the cached rules do not match")),
                recovered.warnings().toString());
        assertEquals(expected, assess(recovered));
        RuleBase repaired = RuleBase.compileCached(folders, RuleBase.DEFAULT_FIRING_LIMIT);
        assertTrue(repaired.precompiled(), "the bad entry was replaced");
        assertTrue(repaired.warnings().isEmpty(), repaired.warnings().toString());
        assertEquals(expected, assess(repaired));
    }

    /**
     * A folder that builds on the bundled packages generates classes named like the jar's prebuilt
     * ones; the cached classes must be the ones that run (here: a rule that loops, which the bundled
     * rules do not have).
     */
    @Test
    void cachedRulesInTheBundledPackagesAreTheirOwn() throws Exception {
        Path rules = TestRules.loopingCopy(dir);
        List<RuleFolder> folders = List.of(RuleFolder.of(rules));
        var project = new dev.teamfit.robust.ValidProjects(3L).projects(1).get(0);
        for (int run = 0; run < 2; run++) {
            RuleBase base = RuleBase.compileCached(folders, 1_000);
            assertEquals(run == 1, base.precompiled());
            RuleFailure failure = org.junit.jupiter.api.Assertions.assertThrows(RuleFailure.class,
                    () -> base.assess(project, List.of()));
            assertTrue(failure.getMessage().contains("fired more than 1000 times"), failure.getMessage());
            assertTrue(failure.getMessage().contains("LOOP-001"), failure.getMessage());
        }
    }

    @Test
    void anUnwritableCacheIsAWarningNotAnError() throws Exception {
        Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        RuleBase base = RuleBase.compileCached(custom(), RuleBase.DEFAULT_FIRING_LIMIT);
        assertFalse(base.warnings().isEmpty());
        assertTrue(base.warnings().get(0).contains("warning: the compiled rules cannot be cached"), base.warnings().toString());
        assertTrue(assess(base).contains("\"teamfit\": \"1\""));
    }
}
