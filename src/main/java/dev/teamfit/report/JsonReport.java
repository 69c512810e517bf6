package dev.teamfit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.Shortfall;
import dev.teamfit.model.SkillRequirement;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON output: stable key order, sorted lists, the same bytes for the same input. A portfolio is
 * one document, {@code {"teamfit": "1", "projects": [...], "errors": [...], "summary": {...}}}, or JSON
 * Lines (one result or error object per line as projects finish, then a summary line).
 */
public final class JsonReport implements Renderer {

    /** The output format's version, the value of the top-level {@code teamfit} key. */
    public static final String VERSION = "1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Catalog catalog;
    private final boolean lines;

    /** @param lines a portfolio as JSON Lines rather than one document */
    public JsonReport(Catalog catalog, boolean lines) {
        this.catalog = catalog;
        this.lines = lines;
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

    /** Pretty-prints a tree, ending with a newline. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writer(prettyPrinter()).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String assessment(Assessment assessment) {
        return write(document(assessment));
    }

    /** One assessment as a document of its own: the version, then its fields. */
    public ObjectNode document(Assessment a) {
        ObjectNode node = NODES.objectNode();
        node.put("teamfit", VERSION);
        ObjectNode project = node.putObject("project");
        project.put("id", a.project().id());
        project.put("name", a.project().name());
        ArrayNode actions = node.putArray("actions");
        a.actions().forEach(action -> actions.add(action.text(catalog)));
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
            item.put("fte", number(role.needed()));
            item.put("fteNeeded", number(role.needed()));
            item.put("fteStaffed", a.project().teamDeclared() ? number(role.staffed()) : null);
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
            ArrayNode notAssessed = item.putArray("notAssessed");
            role.notAssessed().forEach((member, missing) -> {
                ObjectNode entry = notAssessed.addObject();
                entry.put("member", member);
                ArrayNode list = entry.putArray("skills");
                missing.forEach(list::add);
            });
            item.set("reasons", reasons(role.requirement().reasons()));
        }
        ArrayNode gaps = node.putArray("gaps");
        for (Gap gap : a.gaps()) {
            ObjectNode item = gaps.addObject();
            item.put("type", gap.type().id());
            item.put("severity", gap.severity().id());
            item.put("role", gap.role());
            item.put("member", gap.member());
            item.put("skill", gap.skill());
            item.put("have", gap.skill() == null ? null : Level.idOf(gap.have()));
            item.put("need", gap.need() == null ? null : gap.need().id());
            if (gap.needed() != null) {
                item.put("fteNeeded", number(gap.needed()));
                item.put("fteStaffed", number(gap.staffed()));
            }
            if (!gap.shortfalls().isEmpty()) {
                ArrayNode shortfalls = item.putArray("shortfalls");
                for (Shortfall f : gap.shortfalls()) {
                    ObjectNode sf = shortfalls.addObject();
                    sf.put("skill", f.skill());
                    sf.put("need", f.need().id());
                    sf.put("have", Level.idOf(f.have()));
                    sf.put("member", f.member());
                    sf.put("mentor", f.mentor());
                }
            }
            item.put("message", gap.message(catalog));
            item.put("suggestion", gap.action().text(catalog));
            item.set("reasons", reasons(gap.reasons()));
        }
        Assessment.Summary s = a.summary();
        ObjectNode summary = node.putObject("summary");
        summary.put("requiredRoles", s.requiredRoles());
        summary.put("recommendedRoles", s.recommendedRoles());
        summary.put("coveredRoles", s.coveredRoles());
        summary.put("partialRoles", s.partialRoles());
        summary.put("coverage", s.coverage() == null ? null : number(s.coverage()));
        summary.put("requiredFte", number(s.requiredFte()));
        summary.put("staffedFte", s.staffedFte() == null ? null : number(s.staffedFte()));
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
            ObjectNode item = array.addObject();
            item.put("rule", reason.rule());
            item.put("name", reason.name());
            item.put("basis", reason.basis().id());
            item.put("source", reason.source());
            item.put(reason.basis() == Reason.Basis.DOCUMENT ? "quote" : "rationale", reason.says());
            ArrayNode facts = item.putArray("facts");
            reason.facts().forEach(facts::add);
        }
        return array;
    }

    /** A number as JSON with at most two decimals and no trailing zeros: 0.5, 1, 0.67. */
    static BigDecimal number(double value) {
        BigDecimal decimal = new BigDecimal(Fte.format(value));
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    @Override
    public String comparison(dev.teamfit.compare.Comparison comparison) {
        return write(Comparisons.json(comparison, catalog));
    }

    @Override
    public PortfolioWriter portfolio(Writer out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (lines) {
            generator.setRootValueSeparator(null);
        } else {
            generator.setPrettyPrinter(prettyPrinter());
            generator.writeStartObject();
            generator.writeStringField("teamfit", VERSION);
            generator.writeArrayFieldStart("projects");
        }
        List<ObjectNode> errors = new ArrayList<>();
        return new PortfolioWriter() {
            @Override
            public void outcome(Outcome outcome) throws IOException {
                ObjectNode node;
                if (outcome instanceof Outcome.Result result) {
                    node = document(result.assessment());
                    if (!lines) {
                        node.remove("teamfit");
                    }
                } else if (lines) {
                    node = NODES.objectNode().put("teamfit", VERSION);
                    node.set("error", error((Outcome.Failure) outcome));
                } else {
                    errors.add(error((Outcome.Failure) outcome));
                    return;
                }
                line(node);
            }

            @Override
            public void finish(PortfolioSummary summary) throws IOException {
                if (lines) {
                    ObjectNode node = NODES.objectNode().put("teamfit", VERSION);
                    node.set("summary", summary(summary));
                    line(node);
                } else {
                    generator.writeEndArray();
                    generator.writeArrayFieldStart("errors");
                    for (ObjectNode error : errors) {
                        generator.writeTree(error);
                    }
                    generator.writeEndArray();
                    generator.writeFieldName("summary");
                    generator.writeTree(summary(summary));
                    generator.writeEndObject();
                    generator.flush();
                    out.write('\n');
                }
                out.flush();
            }

            private void line(ObjectNode node) throws IOException {
                generator.writeTree(node);
                generator.flush();
                if (lines) {
                    out.write('\n');
                }
            }
        };
    }

    /** An input that could not be assessed: its file, its line in a JSON Lines file, and its problems. */
    static ObjectNode error(Outcome.Failure failure) {
        ObjectNode node = NODES.objectNode();
        node.put("file", failure.source().file());
        node.put("line", failure.source().line() > 0 ? failure.source().line() : null);
        node.put("message", String.join("\n", failure.messages()));
        ArrayNode problems = node.putArray("problems");
        failure.messages().forEach(problems::add);
        return node;
    }

    /** The portfolio summary object. */
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
            role.put("fteNeeded", number(d.fteNeeded()));
            role.put("fteStaffed", number(d.fteStaffed()));
            role.put("fteUnstaffed", number(d.fteUnstaffed()));
            role.put("projectsUncovered", d.uncovered());
        }
        ArrayNode people = node.putArray("overallocated");
        for (MemberLoad load : s.overallocated()) {
            ObjectNode person = people.addObject();
            person.put("member", load.member());
            person.put("allocation", number(load.total()));
            ArrayNode projects = person.putArray("projects");
            load.elsewhere().forEach(projects::add);
        }
        ArrayNode risks = node.putArray("risks");
        for (PortfolioSummary.Risk r : s.risks()) {
            ObjectNode risk = risks.addObject();
            risk.put("project", r.project());
            risk.put("name", r.name());
            risk.put("criticality", r.criticality());
            risk.put("risk", number(r.score()));
            risk.put("unstaffedFte", number(r.unstaffedFte()));
            risk.put("critical", r.critical());
            risk.put("major", r.major());
            risk.put("minor", r.minor());
            risk.put("staffed", r.staffed());
        }
        ArrayNode shared = node.putArray("sharedTeams");
        for (PortfolioSummary.SharedTeam t : s.shared()) {
            ObjectNode team = shared.addObject();
            team.put("role", t.role());
            team.put("projects", t.projects());
            team.put("fte", number(t.fte()));
        }
        return node;
    }
}
