package dev.teamfit.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import dev.teamfit.engine.ProjectBuilder;
import dev.teamfit.input.CatalogReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Coverage;
import dev.teamfit.model.CoverageDegree;
import dev.teamfit.model.Priority;
import dev.teamfit.model.RoleRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The portfolio summary's arithmetic, on portfolios small enough to check by hand. */
class SummaryBuilderTest {

    private static Catalog catalog() throws Exception {
        return CatalogReader.read("rules/catalog.yaml", Files.readAllBytes(Path.of("rules/catalog.yaml")), false);
    }

    private static Assessment.RoleResult role(String role, Priority priority, double fte, Assessment.Cover... covers) {
        double staffed = java.util.Arrays.stream(covers).mapToDouble(Assessment.Cover::fte).sum();
        return new Assessment.RoleResult(new RoleRequirement(role, priority, fte, List.of()), List.of(), List.of(covers),
                staffed, java.util.Map.of());
    }

    private static Assessment.Cover cover(String member, String role, CoverageDegree degree, double fte) {
        return new Assessment.Cover(new Coverage(member, role, degree, role, List.of()), fte);
    }

    /** A project (medium criticality) with its gaps by severity and its roles; required and staffed FTE from the roles. */
    private static Outcome assessed(String id, int critical, int major, int minor, Assessment.RoleResult... roles) {
        ProjectBuilder builder = ProjectBuilder.project().set("id", id).member("X", List.of());
        double required = 0;
        double staffed = 0;
        for (Assessment.RoleResult r : roles) {
            if (r.requirement().isRequired()) {
                required += r.needed();
                staffed += Math.min(r.staffed(), r.needed());
            }
        }
        return new Outcome.Result(new Source(id + ".yaml", 0), new Assessment(builder.build(), List.of(), List.of(),
                List.of(roles), List.of(), List.of(), new Assessment.Summary(0, 0, 0, 0, 0.0, required, staffed,
                critical, major, minor), List.of()));
    }

    @Test
    void demandCountsStaffedFteCappedAtEachProjectsNeed() throws Exception {
        SummaryBuilder builder = new SummaryBuilder(catalog(), 2);
        builder.add(assessed("p1", 1, 2, 0,
                role("data-scientist", Priority.REQUIRED, 1.0,
                        cover("A", "data-scientist", CoverageDegree.FULL, 0.5),
                        cover("B", "data-scientist", CoverageDegree.PARTIAL, 0.5)),   // 1
                role("ml-engineer", Priority.REQUIRED, 0.5,
                        cover("C", "ml-engineer", CoverageDegree.FULL, 1.0)),         // 1.0, capped at 0.5
                role("data-engineer", Priority.REQUIRED, 1.0),
                role("business-analyst", Priority.RECOMMENDED, 0.25)));
        builder.add(assessed("p2", 1, 2, 0,
                role("data-scientist", Priority.REQUIRED, 1.0,
                        cover("D", "data-scientist", CoverageDegree.PARTIAL, 1.0)),   // 1
                role("ml-engineer", Priority.REQUIRED, 0.5),
                role("data-engineer", Priority.REQUIRED, 0.5)));
        builder.add(new Outcome.Failure(new Source("bad.yaml", 0), List.of("bad.yaml: broken.")));
        builder.add(assessed("p3", 2, 0, 0,
                role("ml-engineer", Priority.REQUIRED, 0.5),
                role("data-engineer", Priority.REQUIRED, 0.75)));

        PortfolioSummary s = builder.build(List.of(), PortfolioSummary.Skipped.NONE, List.of());

        assertEquals(4, s.inputs());
        assertEquals(3, s.projects());
        assertEquals(1, s.errors());
        assertEquals(List.of(4, 4, 0), List.of(s.critical(), s.major(), s.minor()));
        // Catalog order; unstaffed = needed - staffed; projects uncovered = requiring projects nobody staffs.
        assertEquals(List.of(
                new PortfolioSummary.RoleDemand("business-analyst", 0, 1, 0, 0, 0, 0),
                new PortfolioSummary.RoleDemand("data-engineer", 3, 0, 2.25, 0, 2.25, 3),
                new PortfolioSummary.RoleDemand("ml-engineer", 3, 0, 1.5, 0.5, 1.0, 2),
                new PortfolioSummary.RoleDemand("data-scientist", 2, 0, 2.0, 2.0, 0, 0)), s.roles());
        // Three unstaffed projects make a shared-team candidate; two (ml-engineer) do not.
        assertEquals(List.of(new PortfolioSummary.SharedTeam("data-engineer", 3, 2.25)), s.shared());
        // Risk = 2 (medium) x (unstaffed + critical + major / 4): p3 6.5, p1 and p2 5 each (then by id); top 2 kept.
        assertEquals(List.of("p3", "p1"), s.risks().stream().map(PortfolioSummary.Risk::project).toList());
        assertEquals(List.of(6.5, 5.0), s.risks().stream().map(PortfolioSummary.Risk::score).toList());
    }

    @Test
    void riskRanksByScoreThenId() throws Exception {
        SummaryBuilder builder = new SummaryBuilder(catalog(), 10);
        builder.add(assessed("y", 0, 4, 0));   // 2 x 1 = 2
        builder.add(assessed("x", 1, 0, 0));   // 2 x 1 = 2
        builder.add(assessed("z", 2, 0, 9));   // 2 x 2 = 4: minor gaps do not count
        List<String> order = builder.build(List.of(), PortfolioSummary.Skipped.NONE, List.of()).risks().stream()
                .map(PortfolioSummary.Risk::project).toList();
        assertEquals(List.of("z", "x", "y"), order);
    }

    /**
     * Three tiny projects through the real CLI, all 6 months long (so each requires a 0.5 FTE project manager
     * that nobody staffs). t1: a data analyst, 1 FTE of a 1 FTE role. t2: a data scientist at 0.6 FTE of a
     * 1 FTE role. t3: two data scientists at 1 FTE each: each gives the role half, 1 in all.
     */
    @Test
    void theCliSummaryOfATinyPortfolioAddsUpByHand(@TempDir Path dir) throws Exception {
        String competentScientist = "    roles: [data-scientist]\n    skills: {statistics: competent, scikit-learn: "
                + "competent, python: competent, data-analysis: competent, feature-engineering: competent, "
                + "model-development: competent}\n";
        Files.writeString(dir.resolve("t1.yaml"), "id: t1\nname: Tiny one\nduration-months: 6\n"
                + "problem: {kind: analytics}\nreporting: {dashboards: true}\nteam:\n  - name: Hana Sato\n"
                + "    roles: [data-analyst]\n"
                + "    skills: {sql: expert, data-analysis: proficient, tableau: proficient, communication: proficient}\n");
        Files.writeString(dir.resolve("t2.yaml"), "id: t2\nname: Tiny two\nduration-months: 6\n"
                + "problem: {kind: classification}\nteam:\n  - name: Ana Ruiz\n    roles: [data-scientist]\n"
                + "    allocation: 0.6\n    skills: {statistics: expert, python: proficient}\n");
        Files.writeString(dir.resolve("t3.yaml"), "id: t3\nname: Tiny three\nduration-months: 6\n"
                + "problem: {kind: classification}\nteam:\n  - name: Ben Okoye\n" + competentScientist
                + "  - name: Cleo Diaz\n" + competentScientist);
        CliRunner.Run run = CliRunner.run("portfolio", dir.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");

        List<String> roles = new ArrayList<>();
        for (JsonNode r : summary.get("roles")) {
            roles.add(r.get("role").asText() + " requiring=" + r.get("projectsRequiring") + " recommending="
                    + r.get("projectsRecommending") + " needed=" + r.get("fteNeeded") + " staffed="
                    + r.get("fteStaffed") + " unstaffed=" + r.get("fteUnstaffed") + " in=" + r.get("projectsUncovered"));
        }
        assertEquals(List.of(
                "data-analyst requiring=1 recommending=0 needed=1 staffed=1 unstaffed=0 in=0",
                "data-scientist requiring=2 recommending=0 needed=2 staffed=1.6 unstaffed=0.4 in=0",
                "ml-project-manager requiring=3 recommending=0 needed=1.5 staffed=0 unstaffed=1.5 in=3"), roles);
        assertEquals("[{\"role\":\"ml-project-manager\",\"projects\":3,\"fte\":1.5}]",
                summary.get("sharedTeams").toString());
        List<String> risks = new ArrayList<>();
        summary.get("risks").forEach(r -> risks.add(r.get("project").asText() + " " + r.get("risk") + " "
                + r.get("unstaffedFte") + " " + r.get("critical") + "/" + r.get("major")));
        // 2 (medium) x (unstaffed + critical + major / 4): t2 0.4 of its data scientist and the 0.5 project
        // manager unstaffed; t3's two competent data scientists miss the proficient statistics (a major gap).
        assertEquals(List.of("t2 3.8 0.9 1/0", "t3 3.5 0.5 1/1", "t1 3 0.5 1/0"), risks);
        assertEquals(0, summary.get("overallocated").size());
    }
}
