package dev.teamfit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.Load;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.plan.RoleNeed;
import dev.teamfit.plan.Training;
import dev.teamfit.plan.Unmet;

import java.util.List;

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
        ArrayNode projects = root.putArray("projects");
        for (PortfolioPlan.ProjectView project : p.projects()) {
            ObjectNode item = projects.addObject();
            item.put("id", project.id());
            item.put("name", project.name());
            item.put("from", project.start().toString());
            item.put("until", project.end().toString());
            ArrayNode needs = item.putArray("needs");
            for (RoleNeed need : project.needs()) {
                ObjectNode n = needs.addObject();
                n.put("role", need.role());
                n.put("priority", need.required() ? "required" : "recommended");
                n.put("fte", JsonReport.number(need.fte()));
                ObjectNode skills = n.putObject("skills");
                need.skills().forEach((skill, level) -> skills.put(skill, Level.idOf(level.intValue())));
            }
            ArrayNode team = item.putArray("team");
            for (Member m : project.team()) {
                ObjectNode member = team.addObject();
                member.put("name", m.name());
                ArrayNode roles = member.putArray("roles");
                m.roles().forEach(roles::add);
                member.put("allocation", JsonReport.number(m.allocation()));
            }
        }
        ArrayNode left = root.putArray("left");
        p.left().forEach(left::add);
        ArrayNode rebalanced = root.putArray("rebalanced");
        p.rebalanced().forEach(rebalanced::add);
        ArrayNode assignments = root.putArray("assignments");
        for (Assignment a : p.plan().assignments()) {
            ObjectNode item = assignments.addObject();
            item.put("project", a.project());
            item.put("person", a.person());
            item.put("role", a.role());
            item.put("fte", JsonReport.number(a.fte()));
            item.put("from", a.from().toString());
            item.put("until", a.until().toString());
            item.put("via", a.via());
            item.put("kind", PlanFacts.kind(a));
            reasons(item, a.reasons());
        }
        ArrayNode hires = root.putArray("hires");
        for (Hire h : new PlanFacts(p).hiresByDate()) {
            ObjectNode item = hires.addObject();
            item.put("id", h.id());
            ArrayNode roles = item.putArray("roles");
            h.roles().forEach(roles::add);
            ObjectNode skills = item.putObject("skills");
            h.skills().forEach((skill, level) -> skills.put(skill, Level.idOf(level.intValue())));
            item.put("fte", JsonReport.number(h.fte()));
            item.put("from", h.from().toString());
            item.put("until", h.until().toString());
            ArrayNode on = item.putArray("projects");
            h.projects().forEach(on::add);
            reasons(item, h.reasons());
        }
        ArrayNode training = root.putArray("training");
        for (Training t : p.plan().training()) {
            ObjectNode item = training.addObject();
            item.put("person", t.person());
            item.put("skill", t.skill());
            item.put("from", Level.idOf(t.fromLevel()));
            item.put("to", Level.idOf(t.toLevel()));
            item.put("role", t.role());
            item.put("project", t.project());
            reasons(item, t.reasons());
        }
        ArrayNode unmet = root.putArray("unmet");
        for (Unmet u : p.plan().unmet()) {
            ObjectNode item = unmet.addObject();
            item.put("project", u.project());
            item.put("role", u.role());
            item.put("priority", u.required() ? "required" : "recommended");
            item.put("fte", JsonReport.number(u.fte()));
            item.put("from", u.from().toString());
            item.put("until", u.until().toString());
            item.put("cause", u.cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.put("why", u.cause().text());
            reasons(item, u.reasons());
        }
        ArrayNode load = root.putArray("load");
        for (Load l : p.plan().load()) {
            load.addObject().put("person", l.person()).put("month", l.month().toString())
                    .put("fte", JsonReport.number(l.fte()));
        }
        ArrayNode demand = root.putArray("demand");
        for (PortfolioPlan.Demand d : p.demand()) {
            demand.addObject().put("role", d.role()).put("month", d.month().toString())
                    .put("needed", JsonReport.number(d.needed())).put("staffed", JsonReport.number(d.staffed()))
                    .put("hired", JsonReport.number(d.hired())).put("unmet", JsonReport.number(d.unmet()))
                    .put("supply", JsonReport.number(d.supply()));
        }
        root.set("score", score(p));
        return JsonReport.write(root);
    }

    private ObjectNode score(PortfolioPlan p) {
        PlanScore s = p.plan().score();
        ObjectNode score = NODES.objectNode();
        score.put("feasible", s.feasible());
        ObjectNode levels = score.putObject("levels");
        for (PlanScore.Level level : PlanScore.Level.values()) {
            levels.put(level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), s.level(level));
        }
        score.put("hires", p.plan().hires().size());
        score.put("costCounted", p.costed());
        ArrayNode constraints = score.putArray("constraints");
        for (PlanScore.ConstraintScore c : s.constraints()) {
            constraints.addObject().put("rule", c.id()).put("name", c.name())
                    .put("level", c.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .put("penalty", c.penalty()).put("matches", c.matches());
        }
        return score;
    }

    private void reasons(ObjectNode item, List<Reason> reasons) {
        ArrayNode rules = item.putArray("rules");
        reasons.stream().map(Reason::rule).distinct().forEach(rules::add);
        if (explain) {
            item.set("reasons", JsonReport.reasons(reasons));
        }
    }
}
