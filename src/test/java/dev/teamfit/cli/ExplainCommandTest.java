package dev.teamfit.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code teamfit explain}: why a role is needed, why not, what would change it, and one gap's chain. */
class ExplainCommandTest {

    private static final String FRAUD = "samples/card-fraud.yaml";

    @Test
    void aRequiredRoleShowsTheChainFromRuleToInputFacts() {
        CliRunner.Run run = CliRunner.run("explain", FRAUD, "--role", "MLOps Engineer");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("MLOps Engineer (mlops-engineer) is required"), run.out());
        assertTrue(run.out().contains("ROLE-003 \"CI/CD/CT pipelines need an MLOps engineer\" [the document, MLOps Engineer / "
                + "Responsibilities: \"Implement CI/CD/CT pipelines to streamline the development process.\"]"), run.out());
        assertTrue(run.out().contains("facts: deployment.retraining=continuous"), run.out());
        assertTrue(run.out().contains("\n  ci-cd-ct proficient: SKILL-020 "), run.out());
        assertTrue(run.out().contains("Covered by: nobody"), run.out());
        assertTrue(run.out().contains("It would no longer be required if:\n  deployment.mode were none (it is online)"),
                run.out());
    }

    @Test
    void aRoleThatIsNotNeededSaysWhatWouldMakeItNeeded() {
        CliRunner.Run run = CliRunner.run("explain", "samples/demand-forecast.yaml", "--role", "ml-researcher");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ML Researcher (ml-researcher) is not needed"), run.out());
        assertTrue(run.out().contains("problem.novelty were novel (it is established): required by ROLE-006 "
                + "\"Research into new methods needs an ML researcher\""), run.out());
        assertTrue(run.out().contains("problem.novelty were adapted (it is established): recommended by ROLE-038"),
                run.out());
    }

    @Test
    void withoutATargetEveryRoleGetsAnAnswer() {
        CliRunner.Run run = CliRunner.run("explain", "samples/sales-dashboard.yaml");
        assertEquals(0, run.exitCode(), run.err());
        for (String role : new String[] {"data-analyst", "domain-expert", "business-analyst", "data-engineer",
                "mlops-engineer", "ml-engineer", "ml-researcher", "data-scientist", "ml-project-manager"}) {
            assertTrue(run.out().contains("(" + role + ") is "), role + " missing in:\n" + run.out());
        }
        assertTrue(run.out().contains("Data Scientist (data-scientist) is not needed"), run.out());
        assertTrue(run.out().contains("problem.kind were classification (it is analytics): required by"), run.out());
    }

    @Test
    void aGapShowsItsSuggestionAndReasons() {
        CliRunner.Run run = CliRunner.run("explain", FRAUD, "--gap", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Gap 1 of "), run.out());
        assertTrue(run.out().contains("critical MISSING_ROLE · Domain Expert"), run.out());
        assertTrue(run.out().contains("→ Hire a proficient Domain Expert at 0.25 FTE."), run.out());
        assertTrue(run.out().contains("GAP-001 \"A needed role nobody staffs is a gap\" [teamfit estimate: "), run.out());
        assertTrue(run.out().contains("facts: regulated=true"), run.out());
    }

    @Test
    void badTargetsAreUsageErrors() {
        CliRunner.Run role = CliRunner.run("explain", FRAUD, "--role", "wizard");
        assertEquals(2, role.exitCode());
        assertTrue(role.err().startsWith("teamfit: error: --role wizard: not a role. Allowed: data-analyst,"), role.err());
        CliRunner.Run gap = CliRunner.run("explain", FRAUD, "--gap", "99");
        assertEquals(2, gap.exitCode());
        assertTrue(gap.err().contains("give a number from 1 to"), gap.err());
        CliRunner.Run both = CliRunner.run("explain", FRAUD, "--gap", "1", "--role", "ml-engineer");
        assertEquals(2, both.exitCode());
        assertEquals("", both.out());
        CliRunner.Run scoping = CliRunner.run("explain", "samples/clinical-imaging.yaml", "--gap", "1");
        assertEquals(2, scoping.exitCode());
        assertTrue(scoping.err().contains("has no gaps"), scoping.err());
    }
}
