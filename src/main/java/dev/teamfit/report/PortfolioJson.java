package dev.teamfit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio as one JSON document (SPEC §5), streamed: {@code {"teamfit": "1", "projects": [...],
 * "errors": [...], "summary": {...}}}; or, with {@code lines}, as JSON Lines: one result or error
 * object per line as projects finish, then a summary line, so that memory stays flat. Written as
 * UTF-8 bytes, the same bytes as the text reports' UTF-8: a character outside the Basic Multilingual
 * Plane is one 4-byte sequence, not an escaped surrogate pair (the reader refuses unpaired ones).
 */
public final class PortfolioJson implements PortfolioWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Jackson's defaults, as {@link JsonReport#FACTORY}, but surrogate pairs encoded as UTF-8 proper. */
    private static final JsonFactory UTF8 = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final JsonReport report;
    private final OutputStream out;
    private final boolean lines;
    private final JsonGenerator generator;
    private final List<Outcome.Failure> errors = new ArrayList<>();

    public PortfolioJson(Catalog catalog, OutputStream out, boolean lines) throws IOException {
        this.report = new JsonReport(catalog);
        this.out = out;
        this.lines = lines;
        this.generator = UTF8.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        if (lines) {
            generator.setRootValueSeparator(null);
        } else {
            generator.setPrettyPrinter(JsonReport.prettyPrinter());
            generator.writeStartObject();
            generator.writeStringField("teamfit", JsonReport.VERSION);
            generator.writeArrayFieldStart("projects");
        }
    }

    /** A project's object, rendered as {@link #outcome} would write it: one line, or pretty at its depth. */
    @Override
    public byte[] prepare(Outcome outcome) {
        if (!(outcome instanceof Outcome.Result result)) {
            return null;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream(lines ? 65_536 : 131_072);
        try (JsonGenerator g = UTF8.createGenerator(text, JsonEncoding.UTF8)) {
            if (lines) {
                g.writeStartObject();
                g.writeStringField("teamfit", JsonReport.VERSION);
            } else {
                // Inside {"projects": [...]}: two levels deep.
                g.setPrettyPrinter(JsonReport.prettyPrinter(2));
                g.writeStartObject();
            }
            report.fields(result.assessment(), g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toByteArray();
    }

    @Override
    public void outcome(Outcome outcome) throws IOException {
        outcome(outcome, null);
    }

    /** Writes an outcome: a project as {@link #prepare} rendered it (rendering it now if it was not), or an error. */
    @Override
    public void outcome(Outcome outcome, byte[] prepared) throws IOException {
        if (outcome instanceof Outcome.Failure failure) {
            if (lines) {
                generator.writeStartObject();
                generator.writeStringField("teamfit", JsonReport.VERSION);
                generator.writeFieldName("error");
                JsonReport.write(error(failure), generator);
                generator.writeEndObject();
                generator.flush();
                out.write('\n');
            } else {
                errors.add(failure);
            }
            return;
        }
        byte[] project = prepared != null ? prepared : prepare(outcome);
        if (lines) {
            out.write(project);
            out.write('\n');
        } else {
            // The generator writes the separator before an array item and counts it; the item follows.
            generator.writeRawValue("");
            generator.flush();
            out.write(project);
        }
    }

    @Override
    public void finish(PortfolioSummary summary) throws IOException {
        if (lines) {
            generator.writeStartObject();
            generator.writeStringField("teamfit", JsonReport.VERSION);
            generator.writeFieldName("summary");
            JsonReport.write(summary(summary), generator);
            generator.writeEndObject();
            generator.flush();
            out.write('\n');
            out.flush();
            return;
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("errors");
        for (Outcome.Failure failure : errors) {
            JsonReport.write(error(failure), generator);
        }
        generator.writeEndArray();
        generator.writeFieldName("summary");
        JsonReport.write(summary(summary), generator);
        generator.writeEndObject();
        generator.flush();
        out.write('\n');
        out.flush();
    }

    /** An input that could not be assessed: its file, its line in a JSON Lines file, and its problems. */
    static ObjectNode error(Outcome.Failure failure) {
        ObjectNode node = NODES.objectNode();
        node.put("file", failure.source().file());
        if (failure.source().line() > 0) {
            node.put("line", failure.source().line());
        } else {
            node.putNull("line");
        }
        node.put("message", String.join("\n", failure.messages()));
        ArrayNode problems = node.putArray("problems");
        failure.messages().forEach(problems::add);
        return node;
    }

    /** The summary object, shared with other formats that embed it. */
    static ObjectNode summary(PortfolioSummary s) {
        ObjectNode node = NODES.objectNode();
        node.put("inputs", s.inputs());
        node.put("projects", s.projects());
        node.put("errors", s.errors());
        node.put("critical", s.critical());
        node.put("major", s.major());
        node.put("minor", s.minor());
        ArrayNode roles = node.putArray("roles");
        for (PortfolioSummary.RoleDemand d : s.roles()) {
            ObjectNode role = roles.addObject();
            role.put("role", d.role());
            role.put("projectsRequiring", d.required());
            role.put("projectsRecommending", d.recommended());
            role.put("fteNeeded", JsonReport.number(d.fteNeeded()));
            role.put("fteCovered", JsonReport.number(d.fteCovered()));
            role.put("fteUncovered", JsonReport.number(d.fteUncovered()));
            role.put("projectsUncovered", d.uncovered());
        }
        ArrayNode people = node.putArray("overallocated");
        for (MemberLoad load : s.overallocated()) {
            ObjectNode person = people.addObject();
            person.put("member", load.member());
            person.put("allocation", JsonReport.number(load.total()));
            ArrayNode projects = person.putArray("projects");
            load.elsewhere().forEach(projects::add);
        }
        ArrayNode risks = node.putArray("risks");
        for (PortfolioSummary.Risk r : s.risks()) {
            ObjectNode risk = risks.addObject();
            risk.put("project", r.project());
            risk.put("name", r.name());
            risk.put("critical", r.critical());
            risk.put("major", r.major());
            risk.put("minor", r.minor());
            risk.put("coverage", r.coverage() == null ? null : JsonReport.number(r.coverage()));
        }
        ArrayNode shared = node.putArray("sharedTeams");
        for (PortfolioSummary.SharedTeam t : s.shared()) {
            ObjectNode team = shared.addObject();
            team.put("role", t.role());
            team.put("projects", t.projects());
            team.put("fte", JsonReport.number(t.fte()));
        }
        return node;
    }
}
