package dev.teamfit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.Level;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.plan.Training;
import dev.teamfit.plan.Unmet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A staffing plan as JSON ({@code teamfit plan --format json}): months as {@code YYYY-MM}, every list in the plan's
 * order, each item with the ids of its rules ({@code rules}) or, with {@code explain}, its reasons in full.
 */
final class PlanJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final boolean explain;

    PlanJson(boolean explain) {
        this.explain = explain;
    }

    String render(PortfolioPlan p) {
        ObjectNode root = NODES.objectNode();
        root.put("teamfit", JsonReport.VERSION);
        root.put("note", PlanFacts.ESTIMATES);
        root.put("from", p.from().toString());
        root.put("until", p.until().toString());
        root.put("pool", p.ownTeams() ? "teams" : "people");
        root.put("seed", p.options().seed());
        root.set("projects", JsonReport.tree(p.projects().stream().map(Project::new).toList()));
        root.set("left", JsonReport.tree(p.left()));
        root.set("rebalanced", JsonReport.tree(p.rebalanced()));
        root.set("assignments", items(p.plan().assignments(), a -> new AssignmentItem(a.project(), a.person(), a.role(),
                JsonReport.number(a.fte()), a.from().toString(), a.until().toString(), a.via(), PlanFacts.kind(a)),
                Assignment::reasons));
        root.set("hires", items(new PlanFacts(p).hiresByDate(), h -> new HireItem(h.id(), h.roles(), levels(h.skills()),
                JsonReport.number(h.fte()), h.from().toString(), h.until().toString(), h.projects()), Hire::reasons));
        root.set("training", items(p.plan().training(), t -> new TrainingItem(t.person(), t.skill(),
                Level.idOf(t.fromLevel()), Level.idOf(t.toLevel()), t.role(), t.project()), Training::reasons));
        root.set("unmet", items(p.plan().unmet(), u -> new UnmetItem(u.project(), u.role(),
                u.required() ? "required" : "recommended", JsonReport.number(u.fte()), u.from().toString(),
                u.until().toString(), id(u.cause()), u.cause().text()), Unmet::reasons));
        root.set("load", JsonReport.tree(p.plan().load().stream().map(l -> new LoadItem(l.person(), l.month().toString(),
                JsonReport.number(l.fte()))).toList()));
        root.set("demand", JsonReport.tree(p.demand().stream().map(d -> new DemandItem(d.role(), d.month().toString(),
                JsonReport.number(d.needed()), JsonReport.number(d.staffed()), JsonReport.number(d.hired()),
                JsonReport.number(d.unmet()), JsonReport.number(d.supply()))).toList()));
        root.set("score", score(p));
        return JsonReport.write(root);
    }

    // The plan's JSON shape: Jackson writes the records' components in order.

    private record Project(String id, String name, String from, String until, List<Need> needs, List<TeamMember> team) {
        Project(PortfolioPlan.ProjectView p) {
            this(p.id(), p.name(), p.start().toString(), p.end().toString(), p.needs().stream().map(n -> new Need(n.role(),
                    n.required() ? "required" : "recommended", JsonReport.number(n.fte()), levels(n.skills()))).toList(),
                    p.team().stream().map(m -> new TeamMember(m.name(), m.roles(), JsonReport.number(m.allocation())))
                            .toList());
        }
    }

    private record Need(String role, String priority, BigDecimal fte, Map<String, String> skills) {
    }

    private record TeamMember(String name, List<String> roles, BigDecimal allocation) {
    }

    private record AssignmentItem(String project, String person, String role, BigDecimal fte, String from, String until,
                                  String via, String kind) {
    }

    private record HireItem(String id, List<String> roles, Map<String, String> skills, BigDecimal fte, String from,
                            String until, List<String> projects) {
    }

    private record TrainingItem(String person, String skill, String from, String to, String role, String project) {
    }

    private record UnmetItem(String project, String role, String priority, BigDecimal fte, String from, String until,
                             String cause, String why) {
    }

    private record LoadItem(String person, String month, BigDecimal fte) {
    }

    private record DemandItem(String role, String month, BigDecimal needed, BigDecimal staffed, BigDecimal hired,
                              BigDecimal unmet, BigDecimal supply) {
    }

    private record Constraint(String rule, String name, String level, long penalty, int matches) {
    }

    /** Each item's fields, then the ids of its rules ({@code rules}) and, with {@code explain}, its reasons in full. */
    private <T> ArrayNode items(List<T> items, Function<T, Record> fields, Function<T, List<Reason>> reasons) {
        ArrayNode array = NODES.arrayNode();
        for (T item : items) {
            ObjectNode node = JsonReport.tree(fields.apply(item));
            node.set("rules", JsonReport.rules(reasons.apply(item)));
            if (explain) {
                node.set("reasons", JsonReport.reasons(reasons.apply(item)));
            }
            array.add(node);
        }
        return array;
    }

    /** Skill levels by skill, as level ids, in the plan's order. */
    private static Map<String, String> levels(Map<String, Integer> skills) {
        Map<String, String> levels = new LinkedHashMap<>();
        skills.forEach((skill, level) -> levels.put(skill, Level.idOf(level.intValue())));
        return levels;
    }

    /** An enum constant as a JSON id: {@code SKILL_SHORTFALL} is {@code skill-shortfall}. */
    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private ObjectNode score(PortfolioPlan p) {
        PlanScore s = p.plan().score();
        ObjectNode score = NODES.objectNode();
        score.put("feasible", s.feasible());
        ObjectNode levels = score.putObject("levels");
        for (PlanScore.Level level : PlanScore.Level.values()) {
            levels.put(id(level), s.level(level));
        }
        score.put("hires", p.plan().hires().size());
        score.put("costCounted", p.costed());
        score.set("constraints", JsonReport.tree(s.constraints().stream().map(c -> new Constraint(c.id(), c.name(),
                id(c.level()), c.penalty(), c.matches())).toList()));
        return score;
    }
}
