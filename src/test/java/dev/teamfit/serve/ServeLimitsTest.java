package dev.teamfit.serve;

import dev.teamfit.engine.FixtureRules;
import com.fasterxml.jackson.databind.JsonNode;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.teamfit.serve.Serving.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits of a request that need rules of a test's own: a worker held by a rule waiting at a
 * {@link Gate} fills a pool of one with no queue, so the next request is a 503 with Retry-After; a rule
 * that spins is stopped at the rule time limit, and the server goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeLimitsTest {

    private RuleBase rules;

    @BeforeAll
    void compile(@TempDir Path dir) throws Exception {
        Path folder = FixtureRules.folder(dir.resolve("rules"),
                new FixtureRules.Rule("GATE-001", "A test fixture waits at the gate", "gate", "dev.teamfit.serve.Gate.pass();"),
                new FixtureRules.Rule("SPIN-001", "A test fixture spins until it is stopped", "spin",
                        "while (!Thread.currentThread().isInterrupted()) { }"));
        rules = RuleBase.compile(List.of(RuleFolder.bundled(), RuleFolder.of(folder)), RuleBase.DEFAULT_FIRING_LIMIT);
    }

    private static String project(String domain) {
        return "id: p\nname: P\ndomain: " + domain + "\nproblem:\n  kind: classification\n";
    }

    @Test
    void aFullPoolAndQueueIs503WithRetryAfterAndTheServerGoesOn() throws Exception {
        Gate.close();
        try (Serving serving = new Serving(rules, Serving.settings(1, 0, 1 << 20, Duration.ofSeconds(30)))) {
            CompletableFuture<HttpResponse<byte[]>> held = CompletableFuture.supplyAsync(() ->
                    serving.post("/api/v1/assess", "application/yaml", project("gate")));
            assertTrue(Gate.awaitReached(), "the first request reached the gate");
            HttpResponse<byte[]> refused = serving.post("/api/v1/assess", "application/yaml", project("x"));
            assertEquals(503, refused.statusCode(), text(refused));
            assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
            JsonNode problem = ServeApiTest.problem(refused);
            assertTrue(problem.get("detail").asText().contains("Every worker is busy"), text(refused));
            assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    serving.get("/api/v1/health").body()).get("busy").asInt(), "health still answers");

            Gate.open();
            assertEquals(200, held.get().statusCode(), text(held.get()));
            assertEquals(200, serving.post("/api/v1/assess", "application/yaml", project("x")).statusCode());
        } finally {
            Gate.open();
        }
    }

    @Test
    void aRuleThatSpinsIsStoppedAtTheTimeLimitAsOneProblem() throws Exception {
        try (Serving serving = new Serving(rules, Serving.settings(1, 4, 1 << 20, Duration.ofMillis(300)))) {
            HttpResponse<byte[]> response = serving.post("/api/v1/assess", "application/yaml", project("spin"));
            assertEquals(500, response.statusCode(), text(response));
            JsonNode problem = ServeApiTest.problem(response);
            assertEquals("urn:teamfit:problem:rule-failure", problem.get("type").asText());
            assertTrue(problem.get("detail").asText().contains("within 0.3 s of CPU time"), text(response));
            assertEquals(200, serving.post("/api/v1/assess", "application/yaml", project("x")).statusCode(),
                    "the next request is assessed");
        }
    }
}
