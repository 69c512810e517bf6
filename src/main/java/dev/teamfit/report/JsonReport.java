package dev.teamfit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.SkillRequirement;

import java.math.BigDecimal;
import java.util.List;

/** The JSON output of SPEC §5: stable key order, sorted lists, the same bytes for the same input. */
public final class JsonReport {

    /** The output format's version, the value of the top-level {@code teamfit} key. */
    public static final String VERSION = "1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private final Catalog catalog;

    public JsonReport(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One assessment as a document of its own. */
    public String render(Assessment assessment) {
        ObjectNode root = NODES.objectNode();
        root.put("teamfit", VERSION);
        root.setAll(assessment(assessment));
        return write(root);
    }

    /** Two-space indentation, {@code "key": value}, and {@code []} for empty lists. */
    static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** Pretty-prints a node, two-space indented, ending with a newline. */
    public static String write(ObjectNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object of one project (without the version key), as portfolio output nests it. */
    public ObjectNode assessment(Assessment a) {
        ObjectNode node = NODES.objectNode();
        ObjectNode project = node.putObject("project");
        project.put("id", a.project().id());
        project.put("name", a.project().name());
        ArrayNode responsibilities = node.putArray("responsibilities");
        for (Responsibility r : a.responsibilities()) {
            ObjectNode item = responsibilities.addObject();
            item.put("id", r.id());
            item.put("name", catalog.responsibility(r.id()).map(Catalog.ResponsibilityInfo::name).orElse(r.id()));
            item.set("reasons", reasons(r.reasons()));
        }
        ArrayNode roles = node.putArray("roles");
        for (Assessment.RoleResult role : a.roles()) {
            ObjectNode item = roles.addObject();
            item.put("role", role.role());
            item.put("priority", role.requirement().priority().id());
            item.put("fte", number(role.requirement().fte()));
            ArrayNode skills = item.putArray("skills");
            for (SkillRequirement skill : role.skills()) {
                ObjectNode s = skills.addObject();
                s.put("skill", skill.skill());
                s.put("level", skill.level().id());
                s.put("levelValue", skill.level().value());
                s.set("reasons", reasons(skill.reasons()));
            }
            ArrayNode coverage = item.putArray("coverage");
            for (Assessment.Cover cover : role.coverage()) {
                ObjectNode c = coverage.addObject();
                c.put("member", cover.coverage().member());
                c.put("degree", cover.coverage().degree().id());
                c.put("via", cover.coverage().via());
                c.put("fte", number(cover.fte()));
            }
            item.set("reasons", reasons(role.requirement().reasons()));
        }
        ArrayNode gaps = node.putArray("gaps");
        for (Gap gap : a.gaps()) {
            ObjectNode g = gaps.addObject();
            g.put("type", gap.type().id());
            g.put("severity", gap.severity().id());
            g.put("role", gap.role());
            g.put("member", gap.member());
            g.put("skill", gap.skill());
            g.put("have", gap.have() == null ? null : Level.idOf(gap.have()));
            g.put("need", gap.need() == null ? null : gap.need().id());
            g.put("message", gap.message(catalog));
            g.put("suggestion", gap.suggestion().text(catalog));
            g.set("reasons", reasons(gap.reasons()));
        }
        Assessment.Summary s = a.summary();
        ObjectNode summary = node.putObject("summary");
        summary.put("requiredRoles", s.requiredRoles());
        summary.put("recommendedRoles", s.recommendedRoles());
        summary.put("coveredRoles", s.coveredRoles());
        summary.put("partialRoles", s.partialRoles());
        summary.put("coverage", s.coverage() == null ? null : number(s.coverage()));
        summary.put("requiredFte", number(s.requiredFte()));
        summary.put("critical", s.critical());
        summary.put("major", s.major());
        summary.put("minor", s.minor());
        ArrayNode warnings = node.putArray("warnings");
        a.warnings().forEach(warnings::add);
        return node;
    }

    static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode array = NODES.arrayNode();
        for (Reason reason : reasons) {
            ObjectNode r = array.addObject();
            r.put("rule", reason.rule());
            r.put("name", reason.name());
            r.put("source", reason.source());
            ArrayNode facts = r.putArray("facts");
            reason.facts().forEach(facts::add);
        }
        return array;
    }

    /** A number as JSON with at most two decimals and no trailing zeros: 0.5, 1, 0.67. */
    static BigDecimal number(double value) {
        BigDecimal decimal = new BigDecimal(Fte.format(value));
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
