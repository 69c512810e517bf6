package dev.teamfit.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.input.SchemaWriter;
import dev.teamfit.model.Catalog;
import dev.teamfit.report.JsonReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 document of {@code /api/v1}: written by hand ({@code serve/openapi.json}), with the
 * project's schema put in from the one definition of the format, as {@code teamfit schema} prints it.
 */
final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {
    }

    static String document(Catalog catalog) {
        try (InputStream in = OpenApi.class.getResourceAsStream("/serve/openapi.json")) {
            ObjectNode document = (ObjectNode) JSON.readTree(in);
            ObjectNode project = (ObjectNode) JSON.readTree(SchemaWriter.write(catalog));
            // Its own resource, so that its references (#/$defs/...) resolve inside it, not in this document.
            project.put("$id", "urn:teamfit:schema:project");
            // A Schema Object of the document is in OpenAPI 3.1's dialect (draft 2020-12 and OpenAPI's
            // keywords), which the document declares once; a $schema of its own must name that dialect.
            project.remove("$schema");
            ((ObjectNode) document.path("components").path("schemas")).set("Project", project);
            return JsonReport.write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
