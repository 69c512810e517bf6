package dev.teamfit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import dev.teamfit.model.SkillRequirement;
import dev.teamfit.portfolio.Inputs;
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
 *
 * @param lines   a portfolio as JSON Lines rather than one document
 * @param explain a portfolio's conclusions with their reasons in full; without it, only the ids of
 *                the rules behind each ({@code rules}), so that a project's result stays small. An
 *                assessment on its own always has its reasons.
 */
public record JsonReport(Catalog catalog, boolean lines, boolean explain) implements Renderer {

    /** The output format's version, the value of the top-level {@code teamfit} key. */
    public static final String VERSION = "1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder().nodeFactory(NODES).build();

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
        node.set("project", project(a));
        node.set("actions", tree(a.actions().stream().map(action -> action.text(catalog)).toList()));
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
                item.set("coverage", coverage(role));
            }
            if (full) {
                item.set("notAssessed", tree(role.notAssessed().entrySet().stream()
                        .map(e -> new NotAssessed(e.getKey(), e.getValue())).toList()));
            }
            reasons(item, role.requirement().reasons(), full);
        }
        ArrayNode gaps = node.putArray("gaps");
        for (Gap gap : a.gaps()) {
            gap(gaps.addObject(), gap, catalog, full);
        }
        node.set("summary", totals(a.summary()));
        node.set("warnings", tree(a.warnings()));
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
            item.set("shortfalls", tree(gap.shortfalls().stream().map(f -> new Shortfall(f.skill(), f.need().id(),
                    Level.idOf(f.have()), f.member(), f.mentor())).toList()));
        }
        if (full) {
            item.put("message", gap.message(catalog));
            item.put("suggestion", gap.action().text(catalog));
        } else if (gap.action() instanceof Action.Rebalance load) {
            if (load.elsewhere() > 0) {
                item.put("fteInAll", number(load.total()));
                item.put("otherProjects", load.elsewhere());
                item.set("firstOthers", tree(load.first()));
            } else {
                item.set("requiredRoles", tree(load.roles()));
            }
        }
        reasons(item, gap.reasons(), full);
    }

    /** An assessment's headline numbers. */
    static ObjectNode totals(Assessment.Summary s) {
        return tree(new Totals(s.requiredRoles(), s.recommendedRoles(), s.coveredRoles(), s.partialRoles(),
                s.coverage() == null ? null : number(s.coverage()), number(s.requiredFte()),
                s.staffedFte() == null ? null : number(s.staffedFte()), s.critical(), s.major(), s.minor()));
    }

    private record Totals(int requiredRoles, int recommendedRoles, Integer coveredRoles, Integer partialRoles,
                          BigDecimal coverage, BigDecimal requiredFte, BigDecimal staffedFte, int critical, int major,
                          int minor) {
    }

    private record NotAssessed(String member, List<String> skills) {
    }

    private record Shortfall(String skill, String need, String have, String member, String mentor) {
    }

    /** A record (or a list of them) as JSON, its components in order as keys. */
    static <T extends JsonNode> T tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** {@code {"id", "name"}} of an assessment's project. */
    static ObjectNode project(Assessment a) {
        return tree(new Project(a.project().id(), a.project().name()));
    }

    private record Project(String id, String name) {
    }

    /** Who covers a role: each member, how, through which role, and with what share. */
    static ArrayNode coverage(Assessment.RoleResult role) {
        return tree(role.coverage().stream().map(c -> new Cover(c.coverage().member(), c.coverage().degree().id(),
                c.coverage().via(), number(c.fte()))).toList());
    }

    private record Cover(String member, String degree, String via, BigDecimal fte) {
    }

    /** A conclusion's reasons in full, or, in a compact portfolio, the ids of the rules behind it, once each. */
    private static void reasons(ObjectNode item, List<Reason> reasons, boolean full) {
        if (full) {
            item.set("reasons", reasons(reasons));
            return;
        }
        item.set("rules", rules(reasons));
    }

    /** The ids of the rules behind a conclusion, once each. */
    static ArrayNode rules(List<Reason> reasons) {
        return tree(reasons.stream().map(Reason::rule).distinct().toList());
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
            item.set("facts", tree(reason.facts()));
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
        return tree(new InputError(failure.source().file(), failure.source().line() > 0 ? failure.source().line() : null,
                String.join("\n", failure.messages()), failure.messages()));
    }

    private record InputError(String file, Integer line, String message, List<String> problems) {
    }

    static ObjectNode summary(PortfolioSummary s) {
        return MAPPER.valueToTree(new Summary(s));
    }

    // The records below are the summary's JSON shape: Jackson writes their components in order.

    private record Summary(int inputs, int projects, int errors, int critical, int major, int minor, List<Demand> roles,
                           List<Person> people, List<Overallocated> overallocated, List<Risk> risks,
                           List<SharedTeam> sharedTeams, Skipped skipped, WhatIf whatIf) {
        Summary(PortfolioSummary s) {
            this(s.inputs(), s.projects(), s.errors(), s.critical(), s.major(), s.minor(),
                    s.roles().stream().map(Demand::new).toList(), s.people().stream().map(Person::new).toList(),
                    s.overallocated().stream().map(Overallocated::new).toList(), s.risks().stream().map(Risk::new).toList(),
                    s.shared().stream().map(t -> new SharedTeam(t.role(), t.projects(), number(t.fte()))).toList(),
                    new Skipped(s.skipped().count(), s.skipped().first()), s.whatIf() == null ? null : new WhatIf(s.whatIf()));
        }
    }

    /** Demand for one role over the portfolio. */
    private record Demand(String role, int projectsRequiring, int projectsRecommending, BigDecimal fteNeeded,
                          BigDecimal fteStaffed, BigDecimal fteUnstaffed, int projectsUncovered) {
        Demand(PortfolioSummary.RoleDemand d) {
            this(d.role(), d.required(), d.recommended(), number(d.fteNeeded()), number(d.fteStaffed()),
                    number(d.fteUnstaffed()), d.uncovered());
        }
    }

    private record Person(String member, BigDecimal allocation, BigDecimal over, List<String> projects,
                          List<Months> overMonths) {
        Person(PortfolioSummary.Person p) {
            this(p.member(), number(p.fte()), number(p.over()), p.projects(), p.overMonths() == null ? null
                    : p.overMonths().stream().map(m -> new Months(m.from(), m.to(), number(m.peak()))).toList());
        }
    }

    private record Months(String from, String to, BigDecimal peak) {
    }

    private record Overallocated(String member, BigDecimal allocation, BigDecimal over, int projects) {
        Overallocated(PortfolioSummary.Person p) {
            this(p.member(), number(p.fte()), number(p.over()), p.projects().size());
        }
    }

    private record Risk(String project, String name, String criticality, BigDecimal risk, BigDecimal unstaffedFte,
                        int critical, int major, int minor, boolean staffed) {
        Risk(PortfolioSummary.Risk r) {
            this(r.project(), r.name(), r.criticality(), number(r.score()), number(r.unstaffedFte()), r.critical(),
                    r.major(), r.minor(), r.staffed());
        }
    }

    private record SharedTeam(String role, int projects, BigDecimal fte) {
    }

    private record Skipped(int count, List<Inputs.Skipped> paths) {
    }

    /** What a change to every project does to the portfolio: demand per role and ranks, before and after. */
    private record WhatIf(List<String> changes, int projectsCompared, List<RoleChange> roles, List<RiskChange> risks) {
        WhatIf(PortfolioSummary.WhatIf w) {
            this(w.changes(), w.compared(), w.roles().stream().map(RoleChange::new).toList(),
                    w.risks().stream().map(r -> new RiskChange(r.project(), r.name(), r.rank(), r.rankBefore(),
                            number(r.score()), number(r.scoreBefore()))).toList());
        }
    }

    private record RoleChange(String role, Demand before, Demand after, BigDecimal fteNeededChange,
                              BigDecimal fteUnstaffedChange) {
        RoleChange(PortfolioSummary.RoleChange c) {
            this(c.role(), new Demand(c.before()), new Demand(c.after()),
                    number(Fte.round(c.after().fteNeeded() - c.before().fteNeeded())),
                    number(Fte.round(c.after().fteUnstaffed() - c.before().fteUnstaffed())));
        }
    }

    private record RiskChange(String project, String name, Integer rank, Integer rankBefore, BigDecimal risk,
                              BigDecimal riskBefore) {
    }

    @Override
    public String plan(dev.teamfit.plan.PortfolioPlan plan) {
        return new PlanJson(explain).render(plan);
    }
}
