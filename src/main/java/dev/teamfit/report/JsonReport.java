package dev.teamfit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.SkillRequirement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON output of SPEC §5: stable key order, sorted lists, the same bytes for the same input.
 * Assessments are streamed straight to a {@link JsonGenerator} (no tree, no {@code ObjectMapper}):
 * a portfolio writes tens of kilobytes per project, and a one-shot run saves the mapper's set-up.
 */
public final class JsonReport {

    /** The output format's version, the value of the top-level {@code teamfit} key. */
    public static final String VERSION = "1";

    /** Generators with Jackson's default settings, as an {@code ObjectMapper} would make them. */
    static final JsonFactory FACTORY = new JsonFactory();

    private final Catalog catalog;

    public JsonReport(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One assessment as a document of its own. */
    public String render(Assessment assessment) {
        StringWriter out = new StringWriter(16_384);
        try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(prettyPrinter())) {
            g.writeStartObject();
            g.writeStringField("teamfit", VERSION);
            fields(assessment, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Two-space indentation, {@code "key": value}, and {@code []} for empty lists. */
    static DefaultPrettyPrinter prettyPrinter() {
        return prettyPrinter(0);
    }

    /**
     * The same, for a value that sits {@code nesting} levels deep in a document written by another
     * generator (which then writes it raw).
     */
    static DefaultPrettyPrinter prettyPrinter(int nesting) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        if (nesting == 0) {
            return printer;
        }
        final class Nested extends DefaultPrettyPrinter {
            private static final long serialVersionUID = 1L;

            Nested() {
                super(printer);
                _nesting = nesting;
            }
        }
        return new Nested();
    }

    /** Pretty-prints a node, two-space indented, ending with a newline. */
    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(prettyPrinter())) {
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Writes a tree as an {@code ObjectMapper} would, without needing one. */
    static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    g.writeFieldName(field.getKey());
                    write(field.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : node) {
                    write(item, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> {
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    g.writeNumber(node.longValue());
                } else if (node.isBigDecimal() || node.isBigInteger()) {
                    g.writeNumber(node.decimalValue());
                } else {
                    g.writeNumber(node.doubleValue());
                }
            }
            default -> throw new IllegalArgumentException("no JSON for a " + node.getNodeType() + " node");
        }
    }

    /** The fields of one project's object (without the version key), as portfolio output nests it. */
    public void fields(Assessment a, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("project");
        g.writeStringField("id", a.project().id());
        g.writeStringField("name", a.project().name());
        g.writeEndObject();
        g.writeArrayFieldStart("responsibilities");
        for (Responsibility r : a.responsibilities()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", catalog.responsibility(r.id()).map(Catalog.ResponsibilityInfo::name).orElse(r.id()));
            reasons(r.reasons(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
        for (Assessment.RoleResult role : a.roles()) {
            g.writeStartObject();
            g.writeStringField("role", role.role());
            g.writeStringField("priority", role.requirement().priority().id());
            g.writeFieldName("fte");
            g.writeNumber(number(role.requirement().fte()));
            g.writeArrayFieldStart("skills");
            for (SkillRequirement skill : role.skills()) {
                g.writeStartObject();
                g.writeStringField("skill", skill.skill());
                g.writeStringField("level", skill.level().id());
                g.writeNumberField("levelValue", skill.level().value());
                reasons(skill.reasons(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("coverage");
            for (Assessment.Cover cover : role.coverage()) {
                g.writeStartObject();
                g.writeStringField("member", cover.coverage().member());
                g.writeStringField("degree", cover.coverage().degree().id());
                g.writeStringField("via", cover.coverage().via());
                g.writeFieldName("fte");
                g.writeNumber(number(cover.fte()));
                g.writeEndObject();
            }
            g.writeEndArray();
            reasons(role.requirement().reasons(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("gaps");
        for (Gap gap : a.gaps()) {
            g.writeStartObject();
            g.writeStringField("type", gap.type().id());
            g.writeStringField("severity", gap.severity().id());
            g.writeStringField("role", gap.role());
            g.writeStringField("member", gap.member());
            g.writeStringField("skill", gap.skill());
            g.writeStringField("have", gap.have() == null ? null : Level.idOf(gap.have()));
            g.writeStringField("need", gap.need() == null ? null : gap.need().id());
            g.writeStringField("message", gap.message(catalog));
            g.writeStringField("suggestion", gap.suggestion().text(catalog));
            reasons(gap.reasons(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        Assessment.Summary s = a.summary();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("requiredRoles", s.requiredRoles());
        g.writeNumberField("recommendedRoles", s.recommendedRoles());
        writeNumberOrNull(g, "coveredRoles", s.coveredRoles());
        writeNumberOrNull(g, "partialRoles", s.partialRoles());
        g.writeFieldName("coverage");
        if (s.coverage() == null) {
            g.writeNull();
        } else {
            g.writeNumber(number(s.coverage()));
        }
        g.writeFieldName("requiredFte");
        g.writeNumber(number(s.requiredFte()));
        g.writeNumberField("critical", s.critical());
        g.writeNumberField("major", s.major());
        g.writeNumberField("minor", s.minor());
        g.writeEndObject();
        g.writeArrayFieldStart("warnings");
        for (String warning : a.warnings()) {
            g.writeString(warning);
        }
        g.writeEndArray();
    }

    private static void writeNumberOrNull(JsonGenerator g, String name, Integer value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString FACTS = new SerializedString("facts");

    /**
     * The rules' ids, names and sources as Jackson keeps them ready to write (quoted and encoded
     * once): every project repeats them, and reasons are half of what a portfolio writes. Bounded
     * by the rule base.
     */
    private final Map<String, SerializedString> ruleTexts = new ConcurrentHashMap<>();

    private SerializedString ruleText(String text) {
        SerializedString ready = ruleTexts.get(text);
        return ready != null ? ready : ruleTexts.computeIfAbsent(text, SerializedString::new);
    }

    private void reasons(List<Reason> reasons, JsonGenerator g) throws IOException {
        g.writeFieldName(REASONS);
        g.writeStartArray();
        for (Reason reason : reasons) {
            g.writeStartObject();
            g.writeFieldName(RULE);
            g.writeString(ruleText(reason.rule()));
            g.writeFieldName(NAME);
            g.writeString(ruleText(reason.name()));
            g.writeFieldName(SOURCE);
            g.writeString(ruleText(reason.source()));
            g.writeFieldName(FACTS);
            g.writeStartArray();
            for (String fact : reason.facts()) {
                g.writeString(fact);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A number as JSON with at most two decimals and no trailing zeros: 0.5, 1, 0.67. */
    static BigDecimal number(double value) {
        BigDecimal decimal = new BigDecimal(Fte.format(value));
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
