package dev.teamfit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code explain --format json}: the role or gap, its chain of reasons with their basis, the what-if changes. */
class ExplainJsonTest {

    private static final String FORECAST = "samples/demand-forecast.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode explain(String... args) throws IOException {
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void aRoleNotNeededSaysWhichChangesWouldMakeItNeeded() throws IOException {
        JsonNode root = explain("explain", FORECAST, "--role", "ml-researcher", "--format", "json");
        assertEquals("1", root.get("teamfit").asText());
        assertEquals("demand-forecast", root.at("/project/id").asText());
        JsonNode role = root.get("roles").get(0);
        assertEquals("ml-researcher", role.get("role").asText());
        assertTrue(role.get("priority").isNull(), role.toString());
        assertEquals(0, role.get("reasons").size());
        JsonNode novel = null;
        for (JsonNode change : role.get("whatIf")) {
            if (change.get("key").asText().equals("problem.novelty") && change.get("to").asText().equals("novel")) {
                novel = change;
            }
        }
        assertTrue(novel != null, role.toString());
        assertEquals("established", novel.get("from").asText());
        assertEquals("required", novel.get("priority").asText());
        assertEquals("ROLE-006", novel.at("/reason/rule").asText());
        assertTrue(novel.at("/reason/basis").isTextual(), novel.toString());
    }

    @Test
    void aRoleNeededHasItsReasonsWithTheirBasis() throws IOException {
        JsonNode role = explain("explain", FORECAST, "--role", "data-engineer", "--format", "json").get("roles").get(0);
        assertEquals("required", role.get("priority").asText());
        JsonNode reason = role.get("reasons").get(0);
        for (String key : new String[] {"rule", "name", "basis", "source", "facts"}) {
            assertTrue(reason.has(key), "reason lacks " + key + ": " + reason);
        }
        assertTrue(role.get("skills").size() > 0 && role.get("coverage").isArray(), role.toString());
    }

    @Test
    void aGapHasItsChainBackToTheInput() throws IOException {
        JsonNode gap = explain("explain", FORECAST, "--gap", "1", "--format", "json").get("gap");
        assertEquals(1, gap.get("number").asInt());
        assertEquals("critical", gap.get("severity").asText());
        assertTrue(gap.get("reasons").size() >= 1 && gap.get("suggestion").isTextual(), gap.toString());
    }

    @Test
    void withoutARoleOrGapEveryRoleIsExplained() throws IOException {
        JsonNode roles = explain("explain", FORECAST, "--format", "json").get("roles");
        assertEquals(9, roles.size());
        assertEquals("data-analyst", roles.get(0).get("role").asText());
    }

    @Test
    void textStaysTheDefault() {
        assertEquals(CliRunner.run("explain", FORECAST, "--role", "ml-researcher").out(),
                CliRunner.run("explain", FORECAST, "--role", "ml-researcher", "--format", "text").out());
    }
}
