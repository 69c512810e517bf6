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
import dev.teamfit.model.Action;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.Reason;
import dev.teamfit.model.Responsibility;
import dev.teamfit.model.Shortfall;
import dev.teamfit.model.SkillRequirement;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
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
    private final boolean explain;

    /** @param lines a portfolio as JSON Lines rather than one document */
    public JsonReport(Catalog catalog, boolean lines) {
        this(catalog, lines, false);
    }

    /**
     * @param lines   a portfolio as JSON Lines rather than one document
     * @param explain a portfolio's conclusions with their reasons in full; without it, only the ids of
     *                the rules behind each ({@code rules}), so that a project's result stays small. An
     *                assessment on its own always has its reasons.
     */
    public JsonReport(Catalog catalog, boolean lines, boolean explain) {
        this.catalog = catalog;
        this.lines = lines;
        this.explain = explain;
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

    /** One assessment as a document of its own: the version, then its fields, reasons in full. */
    public ObjectNode document(Assessment a) {
        return document(a, true);
    }

    /**
     * One assessment: the version, then its fields.
     *
     * @param full each conclusion with its reasons, as {@code assess} writes it; else the compact form of a
     *             portfolio without {@code --explain}: each conclusion with the ids of its rules only
     *             ({@code rules}), without the responsibilities, a role's skill levels and the members whose
     *             levels are not given, without a gap's sentences (the actions keep the suggestions that
     *             matter), and without the keys that would be null or empty
     */
    public ObjectNode document(Assessment a, boolean full) {
        ObjectNode node = NODES.objectNode();
        node.put("teamfit", VERSION);
        ObjectNode project = node.putObject("project");
        project.put("id", a.project().id());
        project.put("name", a.project().name());
        ArrayNode actions = node.putArray("actions");
        a.actions().forEach(action -> actions.add(action.text(catalog)));
        if (full) {
            ArrayNode responsibilities = node.putArray("responsibilities");
            for (Responsibility r : a.responsibilities()) {
                ObjectNode item = responsibilities.addObject();
                item.put("id", r.id());
                item.put("name", catalog.responsibility(r.id()).map(Catalog.ResponsibilityInfo::name).orElse(r.id()));
                reasons(item, r.reasons(), true);
            }
        }
        ArrayNode roles = node.putArray("roles");
        for (Assessment.RoleResult role : a.roles()) {
            ObjectNode item = roles.addObject();
            item.put("role", role.role());
            item.put("priority", role.requirement().priority().id());
            if (full) {
                item.put("fte", number(role.needed()));
            }
            item.put("fteNeeded", number(role.needed()));
            if (full || a.project().teamDeclared()) {
                item.put("fteStaffed", a.project().teamDeclared() ? number(role.staffed()) : null);
            }
            if (full) {
                ArrayNode skills = item.putArray("skills");
                for (SkillRequirement skill : role.skills()) {
                    ObjectNode s = skills.addObject();
                    s.put("skill", skill.skill());
                    s.put("level", skill.level().id());
                    s.put("levelValue", skill.level().value());
                    reasons(s, skill.reasons(), true);
                }
            }
            if (full || !role.coverage().isEmpty()) {
                ArrayNode coverage = item.putArray("coverage");
                for (Assessment.Cover cover : role.coverage()) {
                    ObjectNode c = coverage.addObject();
                    c.put("member", cover.coverage().member());
                    c.put("degree", cover.coverage().degree().id());
                    c.put("via", cover.coverage().via());
                    c.put("fte", number(cover.fte()));
                }
            }
            if (full) {
                ArrayNode notAssessed = item.putArray("notAssessed");
                role.notAssessed().forEach((member, missing) -> {
                    ObjectNode entry = notAssessed.addObject();
                    entry.put("member", member);
                    ArrayNode list = entry.putArray("skills");
                    missing.forEach(list::add);
                });
            }
            reasons(item, role.requirement().reasons(), full);
        }
        ArrayNode gaps = node.putArray("gaps");
        for (Gap gap : a.gaps()) {
            gap(gaps.addObject(), gap, catalog, full);
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

    /**
     * A gap's fields, its sentences and its reasons; or, compact, its fields that are not null, the load of an
     * over-allocated member as numbers (FTE in all, how many other projects, the first few), and the ids of
     * its rules.
     */
    static void gap(ObjectNode item, Gap gap, Catalog catalog, boolean full) {
        item.put("type", gap.type().id());
        item.put("severity", gap.severity().id());
        if (full || gap.role() != null) {
            item.put("role", gap.role());
        }
        if (full || gap.member() != null) {
            item.put("member", gap.member());
        }
        if (full || gap.skill() != null) {
            item.put("skill", gap.skill());
            item.put("have", gap.skill() == null ? null : Level.idOf(gap.have()));
        }
        if (full || gap.need() != null) {
            item.put("need", gap.need() == null ? null : gap.need().id());
        }
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
        if (full) {
            item.put("message", gap.message(catalog));
            item.put("suggestion", gap.action().text(catalog));
        } else if (gap.action() instanceof Action.Rebalance load) {
            if (load.elsewhere() > 0) {
                item.put("fteInAll", number(load.total()));
                item.put("otherProjects", load.elsewhere());
                ArrayNode first = item.putArray("firstOthers");
                load.first().forEach(first::add);
            } else {
                ArrayNode requiredRoles = item.putArray("requiredRoles");
                load.roles().forEach(requiredRoles::add);
            }
        }
        reasons(item, gap.reasons(), full);
    }

    /** A conclusion's reasons in full, or, in a compact portfolio, the ids of the rules behind it, once each. */
    private static void reasons(ObjectNode item, List<Reason> reasons, boolean full) {
        if (full) {
            item.set("reasons", reasons(reasons));
            return;
        }
        ArrayNode rules = item.putArray("rules");
        reasons.stream().map(Reason::rule).distinct().forEach(rules::add);
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

    /**
     * A portfolio, streamed: each result as it comes (compact unless {@code explain}), the errors (kept
     * in a temporary file until the projects are written, in the one-document form), then the summary.
     */
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
        return new SummaryFirst(out) {
            private Spool errors;

            @Override
            public void outcome(Outcome outcome) throws IOException {
                ObjectNode node;
                if (outcome instanceof Outcome.Result result) {
                    node = document(result.assessment(), explain);
                    if (!lines) {
                        node.remove("teamfit");
                    }
                } else if (lines) {
                    node = NODES.objectNode().put("teamfit", VERSION);
                    node.set("error", error((Outcome.Failure) outcome));
                } else {
                    if (errors == null) {
                        errors = spool();
                    }
                    errors.writer().write(MAPPER.writeValueAsString(error((Outcome.Failure) outcome)));
                    errors.writer().write('\n');
                    return;
                }
                line(node);
            }

            @Override
            void write(PortfolioSummary summary) throws IOException {
                if (lines) {
                    ObjectNode node = NODES.objectNode().put("teamfit", VERSION);
                    node.set("summary", summary(summary));
                    line(node);
                    return;
                }
                generator.writeEndArray();
                generator.writeArrayFieldStart("errors");
                if (errors != null) {
                    errors.eachLine(text -> {
                        try {
                            generator.writeTree(MAPPER.readTree(text));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                generator.writeEndArray();
                generator.writeFieldName("summary");
                generator.writeTree(summary(summary));
                generator.writeEndObject();
                generator.flush();
                out.write('\n');
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

    /** Demand for one role over the portfolio. */
    private static ObjectNode demand(PortfolioSummary.RoleDemand d) {
        ObjectNode role = NODES.objectNode();
        role.put("role", d.role());
        role.put("projectsRequiring", d.required());
        role.put("projectsRecommending", d.recommended());
        role.put("fteNeeded", number(d.fteNeeded()));
        role.put("fteStaffed", number(d.fteStaffed()));
        role.put("fteUnstaffed", number(d.fteUnstaffed()));
        role.put("projectsUncovered", d.uncovered());
        return role;
    }

    /** The outputs a JSON Schema describes. */
    public enum Output {
        /** {@code assess --format json}. */
        ASSESS("assessment", "teamfit assess --format json"),
        /** {@code portfolio --format json}, and each line of {@code --format jsonl}. */
        PORTFOLIO("portfolio", "teamfit portfolio --format json or jsonl (each line)"),
        /** {@code plan --format json}. */
        PLAN("plan", "teamfit plan --format json");

        private final String root;
        private final String title;

        Output(String root, String title) {
            this.root = root;
            this.title = title;
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of an output: one set of definitions for both outputs, read from
     * {@code output.schema.json} beside this class, its closed sets of values written from the code's
     * own types, rooted at the output's definition.
     */
    public static String schema(Output output) {
        ObjectNode defs;
        try (java.io.InputStream in = JsonReport.class.getResourceAsStream("output.schema.json")) {
            defs = (ObjectNode) MAPPER.readTree(in).get("$defs");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the output schema is missing from the build", e);
        }
        enumOf(defs, "priority", dev.teamfit.model.Priority.values());
        enumOf(defs, "degree", dev.teamfit.model.CoverageDegree.values());
        enumOf(defs, "gapType", dev.teamfit.model.GapType.values());
        enumOf(defs, "severity", dev.teamfit.model.Severity.values());
        enumOf(defs, "level", Level.values());
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", output.title);
        schema.put("$ref", "#/$defs/" + output.root);
        schema.set("$defs", defs);
        return write(schema);
    }

    private static void enumOf(ObjectNode defs, String name, dev.teamfit.model.Named[] values) {
        ArrayNode ids = ((ObjectNode) defs.get(name)).putArray("enum");
        for (dev.teamfit.model.Named value : values) {
            ids.add(value.id());
        }
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
            roles.add(demand(d));
        }
        ArrayNode people = node.putArray("people");
        for (PortfolioSummary.Person p : s.people()) {
            ObjectNode person = people.addObject();
            person.put("member", p.member());
            person.put("allocation", number(p.fte()));
            person.put("over", number(p.over()));
            ArrayNode projects = person.putArray("projects");
            p.projects().forEach(projects::add);
            if (p.overMonths() == null) {
                person.putNull("overMonths");
            } else {
                ArrayNode months = person.putArray("overMonths");
                for (PortfolioSummary.Months m : p.overMonths()) {
                    months.addObject().put("from", m.from()).put("to", m.to()).put("peak", number(m.peak()));
                }
            }
        }
        ArrayNode over = node.putArray("overallocated");
        for (PortfolioSummary.Person p : s.overallocated()) {
            over.addObject().put("member", p.member()).put("allocation", number(p.fte())).put("over", number(p.over()))
                    .put("projects", p.projects().size());
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
        ObjectNode skipped = node.putObject("skipped");
        skipped.put("count", s.skipped().count());
        ArrayNode paths = skipped.putArray("paths");
        s.skipped().first().forEach(p -> paths.addObject().put("path", p.path()).put("reason", p.reason()));
        node.set("whatIf", s.whatIf() == null ? null : whatIf(s.whatIf()));
        return node;
    }

    /** What a change to every project does to the portfolio: demand per role and ranks, before and after. */
    private static ObjectNode whatIf(PortfolioSummary.WhatIf w) {
        ObjectNode node = NODES.objectNode();
        ArrayNode changes = node.putArray("changes");
        w.changes().forEach(changes::add);
        node.put("projectsCompared", w.compared());
        ArrayNode roles = node.putArray("roles");
        for (PortfolioSummary.RoleChange c : w.roles()) {
            ObjectNode role = roles.addObject();
            role.put("role", c.role());
            role.set("before", demand(c.before()));
            role.set("after", demand(c.after()));
            role.put("fteNeededChange", number(Fte.round(c.after().fteNeeded() - c.before().fteNeeded())));
            role.put("fteUnstaffedChange", number(Fte.round(c.after().fteUnstaffed() - c.before().fteUnstaffed())));
        }
        ArrayNode risks = node.putArray("risks");
        for (PortfolioSummary.RiskChange r : w.risks()) {
            risks.addObject().put("project", r.project()).put("name", r.name()).put("rank", r.rank())
                    .put("rankBefore", r.rankBefore()).put("risk", number(r.score()))
                    .put("riskBefore", number(r.scoreBefore()));
        }
        return node;
    }

    @Override
    public String plan(dev.teamfit.plan.PortfolioPlan plan) {
        return new PlanJson(explain).render(plan);
    }
}
