package dev.teamfit.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.teamfit.engine.RuleBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/openapi.json} is an OpenAPI 3.1 document: valid against the OpenAPI Initiative's own
 * JSON Schema for 3.1 with its schema dialect (the copies vertx-openapi bundles, read from the class path,
 * offline), and it describes exactly the routes the server has, each error status it can answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OAS = "https://spec.openapis.org/oas/3.1/";

    private Serving serving;
    private JsonNode document;

    @BeforeAll
    void start() throws Exception {
        serving = Serving.start(RuleBase.bundled());
        HttpResponse<byte[]> response = serving.get("/api/v1/openapi.json");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        document = JSON.readTree(response.body());
    }

    @AfterAll
    void stop() {
        serving.close();
    }

    private static JsonSchema oas31() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(OAS, "classpath:spec.openapis.org/oas/3.1/")));
        // schema-base: the document, and every Schema Object in it checked against OpenAPI's dialect.
        return factory.getSchema(com.networknt.schema.SchemaLocation.of(OAS + "schema-base/2022-10-07"));
    }

    @Test
    void itIsValidOpenApi31() {
        assertEquals("3.1.0", document.get("openapi").asText());
        Set<ValidationMessage> messages = oas31().validate(document);
        assertEquals(Set.of(), messages, "OpenAPI 3.1 violations");
    }

    @Test
    void theValidatorRefusesABrokenDocument() {
        // The check can fail: a response without its description and a path item of a wrong type.
        com.fasterxml.jackson.databind.node.ObjectNode broken = document.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/paths/~1api~1v1~1health/get/responses/200"))
                .remove("description");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("paths")).put("/api/v1/x", 3);
        assertFalse(oas31().validate(broken).isEmpty());
    }

    @Test
    void itDescribesEveryRouteOfTheServerAndNoOther() throws Exception {
        String server = Files.readString(Path.of("src/main/java/dev/teamfit/serve/Server.java"));
        Set<String> routes = new TreeSet<>();
        Matcher m = Pattern.compile("app\\.(get|post)\\(\"(/api/v1/[^\"]+)\"").matcher(server);
        while (m.find()) {
            routes.add(m.group(1) + " " + m.group(2));
        }
        Set<String> described = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method + " " + path.getKey())));
        assertFalse(routes.isEmpty());
        assertEquals(routes, described);
    }

    @Test
    void everyErrorAnEndpointAnswersIsDescribed() {
        for (String path : List.of("/api/v1/assess", "/api/v1/compare")) {
            JsonNode responses = document.at("/paths/" + path.replace("/", "~1") + "/post/responses");
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            assertEquals(List.of("200", "400", "413", "415", "422", "500", "503"), statuses, path);
        }
        JsonNode portfolio = document.at("/paths/~1api~1v1~1portfolio/post/responses");
        for (String status : List.of("200", "400", "413", "415", "503")) {
            assertTrue(portfolio.has(status), status);
        }
        assertTrue(document.at("/components/schemas/Project/properties/team").isObject(),
                "the project's schema is the one teamfit schema prints");
    }
}
