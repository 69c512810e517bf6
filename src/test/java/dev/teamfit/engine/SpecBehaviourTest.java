package dev.teamfit.engine;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Gap;
import dev.teamfit.model.GapType;
import dev.teamfit.model.Level;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Project;
import dev.teamfit.model.Severity;
import dev.teamfit.robust.ProjectArbitraries;
import dev.teamfit.robust.ProjectReportingFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every behaviour SPEC §3 lists, checked through the public engine API as properties of generated
 * valid projects ({@link ProjectArbitraries}, a fixed seed so a failure reproduces), each with a check
 * that enough generated projects exercise it; and coverage and gaps on hand-built teams.
 */
class SpecBehaviourTest {

    private static final String SEED = "20261126";
    private static final int TRIES = 200;
    /** The fewest generated projects a behaviour must apply to for its property to count. */
    private static final int EXERCISED = 5;

    /** A generated project, the allocations its members have elsewhere in a portfolio, and its assessment. */
    record Case(Project project, List<MemberLoad> loads, Assessment assessment) {
        @Override
        public String toString() {
            String file = ProjectReportingFormat.show(project);
            return loads.isEmpty() ? file : file + "    booked elsewhere too: " + loads + "\n";
        }

        boolean ml() {
            return !project.text("problem.kind").equals("analytics");
        }

        boolean deployed() {
            return !project.text("deployment.mode").equals("none");
        }

        String text(String key) {
            return project.text(key);
        }

        int number(String key) {
            Object value = project.value(key);
            return value == null ? 0 : (Integer) value;
        }

        boolean flag(String key) {
            return Boolean.TRUE.equals(project.value(key));
        }

        Priority priority(String role) {
            return assessment.role(role).map(r -> r.requirement().priority()).orElse(null);
        }

        boolean required(String role) {
            return priority(role) == Priority.REQUIRED;
        }

        int level(String role, String skill) {
            return assessment.role(role).flatMap(r -> r.skills().stream().filter(s -> s.skill().equals(skill))
                    .findFirst()).map(s -> s.level().value()).orElse(0);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        // One project in four with a team is part of a portfolio where its first member is booked elsewhere too.
        return Combinators.combine(ProjectArbitraries.projects(), Arbitraries.integers().between(0, 3))
                .as((project, n) -> {
                    List<MemberLoad> loads = n == 0 && !project.team().isEmpty()
                            ? List.of(new MemberLoad(project.team().get(0).name(), 1.5, List.of("elsewhere")))
                            : List.of();
                    try {
                        return new Case(project, loads, RuleBase.bundled().assess(project, List.of(), loads));
                    } catch (Exception e) {
                        throw new AssertionError("the rules failed on " + project.id(), e);
                    }
                });
    }

    /** When the behaviour applies to a case, it must hold; and it must apply to enough cases. */
    private static void holds(String behaviour, Case c, Predicate<Case> when, Predicate<Case> then) {
        boolean applies = when.test(c);
        Statistics.label(behaviour).collect(applies);
        Statistics.label(behaviour).coverage(coverage -> coverage.check(true)
                .count((Predicate<Integer>) n -> n >= EXERCISED));
        if (applies) {
            assertTrue(then.test(c), behaviour + " fails");
        }
    }

    @Property(tries = TRIES, seed = SEED)
    void mlWorkRequiresADataScientist(@ForAll("cases") Case c) {
        holds("ML work requires data-scientist", c, Case::ml, x -> x.required("data-scientist"));
    }

    @Property(tries = TRIES, seed = SEED)
    void analyticsRequiresADataAnalystAndNoMlOrMlopsEngineer(@ForAll("cases") Case c) {
        holds("analytics requires data-analyst, not ml-engineer or mlops-engineer", c, x -> !x.ml(),
                x -> x.required("data-analyst") && !x.required("ml-engineer") && !x.required("mlops-engineer"));
    }

    @Property(tries = TRIES, seed = SEED)
    void aDeployedModelRequiresAnMlEngineer(@ForAll("cases") Case c) {
        holds("a deployment requires ml-engineer", c, x -> x.ml() && x.deployed(), x -> x.required("ml-engineer"));
    }

    @Property(tries = TRIES, seed = SEED)
    void noDeploymentRequiresNeitherEngineer(@ForAll("cases") Case c) {
        holds("mode none requires neither ml-engineer nor mlops-engineer", c, x -> !x.deployed(),
                x -> !x.required("ml-engineer") && !x.required("mlops-engineer"));
    }

    @Property(tries = TRIES, seed = SEED)
    void retrainingOrMonitoringSeveralModelsRequiresMlops(@ForAll("cases") Case c) {
        holds("scheduled/continuous retraining or monitoring 2+ models requires mlops-engineer", c,
                x -> x.ml() && x.deployed()
                        && (List.of("scheduled", "continuous").contains(x.text("deployment.retraining"))
                        || x.flag("deployment.monitoring") && x.number("deployment.models") >= 2),
                x -> x.required("mlops-engineer"));
        holds("continuous retraining needs ci-cd-ct at least proficient", c,
                x -> x.ml() && x.deployed() && x.text("deployment.retraining").equals("continuous"),
                x -> x.level("mlops-engineer", "ci-cd-ct") >= Level.PROFICIENT.value());
    }

    @Property(tries = TRIES, seed = SEED)
    void bigStreamingOrManySourcedDataRequiresADataEngineer(@ForAll("cases") Case c) {
        holds("large/massive, streaming or 3+ sources require data-engineer", c,
                x -> List.of("large", "massive").contains(x.text("data.volume")) || x.flag("data.streaming")
                        || x.number("data.sources") >= 3,
                x -> x.required("data-engineer"));
        holds("massive or streaming data need big-data at least proficient", c,
                x -> x.text("data.volume").equals("massive") || x.flag("data.streaming"),
                x -> x.level("data-engineer", "big-data") >= Level.PROFICIENT.value());
    }

    @Property(tries = TRIES, seed = SEED)
    void novelProblemsRequireAnMlResearcherAndEstablishedOnesDoNot(@ForAll("cases") Case c) {
        holds("novel requires ml-researcher", c, x -> x.ml() && x.text("problem.novelty").equals("novel"),
                x -> x.required("ml-researcher"));
        holds("established does not require ml-researcher", c, x -> x.text("problem.novelty").equals("established"),
                x -> !x.required("ml-researcher"));
    }

    @Property(tries = TRIES, seed = SEED)
    void regulatedProjectsRequireADomainExpertAndDataGovernance(@ForAll("cases") Case c) {
        holds("regulated requires domain-expert and data-governance >= competent", c, x -> x.flag("regulated"),
                x -> x.required("domain-expert") && x.assessment().roles().stream().anyMatch(r -> r.requirement()
                        .isRequired() && r.skills().stream().anyMatch(s -> s.skill().equals("data-governance")
                        && s.level().value() >= Level.COMPETENT.value())));
    }

    @Property(tries = TRIES, seed = SEED)
    void manyStakeholdersOrCustomersRequireABusinessAnalyst(@ForAll("cases") Case c) {
        holds("3+ stakeholders or customer-facing require business-analyst", c,
                x -> x.number("stakeholders") >= 3 || x.flag("customer-facing"), x -> x.required("business-analyst"));
    }

    @Property(tries = TRIES, seed = SEED)
    void reportingNeedsADataAnalystRecommendedBesideADataScientist(@ForAll("cases") Case c) {
        holds("dashboards or insights require data-analyst, or recommend it beside a data scientist", c,
                x -> x.flag("reporting.dashboards") || x.flag("reporting.insights"),
                x -> x.required("data-analyst")
                        || x.required("data-scientist") && x.priority("data-analyst") == Priority.RECOMMENDED);
    }

    @Property(tries = TRIES, seed = SEED)
    void deepLearningAndLowLatencyRaiseSkillLevels(@ForAll("cases") Case c) {
        holds("deep-learning or foundation-model approach needs deep-learning-frameworks >= competent", c,
                x -> x.ml() && x.text("problem.approach") != null
                        && List.of("deep-learning", "foundation-model").contains(x.text("problem.approach")),
                x -> x.level("data-scientist", "deep-learning-frameworks") >= Level.COMPETENT.value());
        holds("latency <= 100 ms needs the ML engineer's optimization >= proficient", c,
                x -> x.ml() && x.project().value("deployment.latency-ms") != null
                        && x.number("deployment.latency-ms") <= 100,
                x -> x.level("ml-engineer", "optimization") >= Level.PROFICIENT.value());
    }

    @Property(tries = TRIES, seed = SEED)
    void largeTeamsOrLongProjectsRequireAProjectManagerOthersRecommendOne(@ForAll("cases") Case c) {
        Predicate<Case> big = x -> x.project().team().size() >= 5 || x.number("duration-months") >= 6
                || x.number("stakeholders") >= 3;
        holds("5+ people, 6+ months or 3+ stakeholders require ml-project-manager", c, big,
                x -> x.required("ml-project-manager"));
        holds("other projects recommend ml-project-manager", c, big.negate(),
                x -> x.priority("ml-project-manager") == Priority.RECOMMENDED);
    }

    @Property(tries = TRIES, seed = SEED)
    void everyRequiredRoleIsCoveredOrHasAGapAndEveryGapHasReasonsAndASuggestion(@ForAll("cases") Case c) {
        holds("required roles are covered or have a gap", c, x -> x.project().teamDeclared(),
                x -> x.assessment().roles().stream().filter(r -> r.requirement().isRequired()).allMatch(r ->
                        !r.coverage().isEmpty() || x.assessment().gaps().stream().anyMatch(
                                g -> g.type() == GapType.MISSING_ROLE && r.role().equals(g.role()))));
        for (Gap gap : c.assessment().gaps()) {
            assertFalse(gap.reasons().isEmpty(), gap.toString());
            assertNotNull(gap.action());
        }
        if (!c.project().teamDeclared()) {
            assertTrue(c.assessment().gaps().isEmpty(), "no gaps without a team");
        }
    }

    /**
     * Over 400 generated projects (drawn from the property's seeded source), every responsibility and
     * role of the catalog is concluded, and every rule decides something.
     */
    @Property(tries = 1, seed = SEED)
    void everyResponsibilityAndRoleOfTheCatalogIsReachable() {
        List<Case> cases = cases().sampleStream().limit(400).toList();
        var catalog = RuleVerifier.bundled().catalog();
        java.util.Set<String> responsibilities = new java.util.TreeSet<>();
        java.util.Set<String> roles = new java.util.TreeSet<>();
        java.util.Set<String> rules = new java.util.TreeSet<>();
        for (Case c : cases) {
            c.assessment().responsibilities().forEach(r -> {
                responsibilities.add(r.id());
                r.reasons().forEach(reason -> rules.add(reason.rule()));
            });
            c.assessment().roles().forEach(r -> {
                roles.add(r.role());
                r.requirement().reasons().forEach(reason -> rules.add(reason.rule()));
                r.skills().forEach(skill -> skill.reasons().forEach(reason -> rules.add(reason.rule())));
                r.coverage().forEach(cover -> cover.coverage().reasons().forEach(reason -> rules.add(reason.rule())));
            });
            c.assessment().gaps().forEach(g -> g.reasons().forEach(reason -> rules.add(reason.rule())));
        }
        catalog.responsibilities().forEach(r -> assertTrue(responsibilities.contains(r.id()),
                "no generated project carries the responsibility " + r.id()));
        catalog.roles().forEach(r -> assertTrue(roles.contains(r.id()), "no generated project needs " + r.id()));
        // Every rule that records a reason shows up in some conclusion (the merge rules add none).
        for (RuleInfo rule : RuleVerifier.bundled().rules()) {
            if (!rule.stage().endsWith("requirements")) {
                assertTrue(rules.contains(rule.id()), rule.id() + " \"" + rule.name() + "\" never decides anything");
            }
        }
    }

    // Coverage and gaps on hand-built teams.

    private static Assessment assess(ProjectBuilder project) throws Exception {
        return RuleBase.bundled().assess(project.build(), List.of());
    }

    /** Every skill a data scientist needs on a plain project, at the level needed: statistics first. */
    private static final Object[] DATA_SCIENTIST_SKILLS = levels("data-scientist");

    /** A role's skills on a plain project with their levels, as alternating id and level. */
    private static Object[] levels(String role) {
        try {
            return assess(ProjectBuilder.project().member("X", List.of(role))).role(role).orElseThrow().skills()
                    .stream().flatMap(s -> java.util.stream.Stream.of(s.skill(), s.level().value())).toArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMemberWhoDeclaresTheRoleAndMeetsEveryLevelCoversItFully() throws Exception {
        Assessment a = assess(ProjectBuilder.project().member("Ana", List.of("data-scientist"), DATA_SCIENTIST_SKILLS));
        assertEquals("full", a.role("data-scientist").orElseThrow().coverage().get(0).coverage().degree().id());
        assertTrue(a.gaps().stream().noneMatch(g -> "data-scientist".equals(g.role())), a.gaps().toString());
    }

    @Test
    void aMemberALevelShortWithNobodyAtItCoversPartiallyAndTheSkillIsMissing() throws Exception {
        Object[] skills = DATA_SCIENTIST_SKILLS.clone();
        int need = (int) skills[1];
        skills[1] = need - 1;
        Assessment a = assess(ProjectBuilder.project().member("Ana", List.of("data-scientist"), skills));
        assertEquals("partial", a.role("data-scientist").orElseThrow().coverage().get(0).coverage().degree().id());
        List<Gap> about = a.gaps().stream().filter(g -> "data-scientist".equals(g.role())).toList();
        assertEquals(List.of(GapType.MISSING_SKILL), about.stream().map(Gap::type).toList(), about.toString());
        assertEquals("statistics", about.get(0).shortfalls().get(0).skill());
        assertEquals(need - 1, about.get(0).shortfalls().get(0).have());
        // With a teammate on the role at the level, one level under is within reach: met, no gap.
        Assessment paired = assess(ProjectBuilder.project().member("Ana", List.of("data-scientist"), skills)
                .member("Bea", List.of("data-scientist"), DATA_SCIENTIST_SKILLS));
        assertTrue(paired.gaps().stream().noneMatch(g -> "data-scientist".equals(g.role())), paired.gaps().toString());
        assertTrue(paired.role("data-scientist").orElseThrow().coverage().stream().allMatch(c -> c.coverage().isFull()));
    }

    @Test
    void anOverlappingRoleWithHalfTheSkillsCoversPartially() throws Exception {
        // An ML engineer standing in for the data scientist: meets half of the levels, or one fewer.
        int half = (DATA_SCIENTIST_SKILLS.length / 2 + 1) / 2;
        Object[] enough = java.util.Arrays.copyOf(DATA_SCIENTIST_SKILLS, 2 * half);
        Assessment a = assess(ProjectBuilder.project().member("Bo", List.of("ml-engineer"), enough));
        var cover = a.role("data-scientist").orElseThrow().coverage().get(0).coverage();
        assertEquals("partial", cover.degree().id());
        assertEquals("ml-engineer", cover.via());
        Object[] fewer = java.util.Arrays.copyOf(DATA_SCIENTIST_SKILLS, 2 * half - 2);
        Assessment below = assess(ProjectBuilder.project().member("Bo", List.of("ml-engineer"), fewer));
        assertTrue(below.role("data-scientist").orElseThrow().coverage().isEmpty());
        assertTrue(below.gaps().stream().anyMatch(g -> g.type() == GapType.MISSING_ROLE && "data-scientist".equals(g.role())
                && g.severity() == Severity.CRITICAL));
    }

    @Test
    void allocationIsSpreadOverTheRolesAMemberCovers() throws Exception {
        Assessment a = assess(ProjectBuilder.project().set("deployment.mode", "batch")
                .member("Ana", List.of("data-scientist", "ml-engineer"), DATA_SCIENTIST_SKILLS));
        assertEquals(0.5, a.role("data-scientist").orElseThrow().coverage().get(0).fte());
        assertEquals(0.5, a.role("ml-engineer").orElseThrow().coverage().get(0).fte());
    }

    @Test
    void aCriticalProjectCoveredByOnePersonHasASinglePointOfFailure() throws Exception {
        Assessment a = assess(ProjectBuilder.project().set("criticality", "high")
                .member("Ana", List.of("data-scientist"), DATA_SCIENTIST_SKILLS));
        assertTrue(a.gaps().stream().anyMatch(g -> g.type() == GapType.SINGLE_POINT_OF_FAILURE && "Ana".equals(g.member())));
        Assessment two = assess(ProjectBuilder.project().set("criticality", "high")
                .member("Ana", List.of("data-scientist"), DATA_SCIENTIST_SKILLS)
                .member("Bea", List.of("data-scientist"), DATA_SCIENTIST_SKILLS));
        assertTrue(two.gaps().stream().noneMatch(g -> g.type() == GapType.SINGLE_POINT_OF_FAILURE));
    }

    @Test
    void aMemberCoveringThreeRequiredRolesIsOverallocated() throws Exception {
        Assessment a = assess(ProjectBuilder.project().set("deployment.mode", "batch").set("data.sources", 3)
                .member("Ana", List.of("data-scientist", "ml-engineer", "data-engineer"), DATA_SCIENTIST_SKILLS));
        assertTrue(a.gaps().stream().anyMatch(g -> g.type() == GapType.OVERALLOCATED && "Ana".equals(g.member())),
                a.gaps().toString());
    }

    @Test
    void aDeclaredRoleNobodyNeedsIsInformational() throws Exception {
        Assessment a = assess(ProjectBuilder.project().member("Rae", List.of("ml-researcher")));
        Gap gap = a.gaps().stream().filter(g -> g.type() == GapType.UNNEEDED_ROLE).findFirst().orElseThrow();
        assertEquals(Severity.MINOR, gap.severity());
        assertEquals("ml-researcher", gap.role());
    }

    @Test
    void aSkillNobodyHoldsAtItsLevelIsMissing() throws Exception {
        Object[] skills = DATA_SCIENTIST_SKILLS.clone();
        skills[1] = 1;
        Assessment a = assess(ProjectBuilder.project().member("Ana", List.of("data-scientist"), skills));
        Gap gap = a.gaps().stream().filter(g -> g.type() == GapType.MISSING_SKILL).findFirst().orElseThrow();
        assertEquals("statistics", gap.shortfalls().get(0).skill());
        assertEquals(1, gap.shortfalls().get(0).have());
    }
}
