package dev.teamfit.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.BaseSkill;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Overlap;
import dev.teamfit.report.JsonReport;

/** The catalog as JSON, the sections {@code teamfit catalog} prints as tables. */
final class CatalogJson {

    private CatalogJson() {
    }

    static String write(Catalog catalog) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("teamfit", JsonReport.VERSION);
        ArrayNode roles = root.putArray("roles");
        for (Catalog.RoleInfo r : catalog.roles()) {
            ObjectNode role = roles.addObject().put("id", r.id()).put("name", r.name()).put("group", r.group())
                    .put("source", r.source());
            ArrayNode skills = role.putArray("skills");
            for (BaseSkill b : r.skills()) {
                skills.addObject().put("skill", b.skill()).put("level", b.level().id())
                        .put("basis", b.line().isEmpty() ? "estimate" : "seed")
                        .put("says", b.line().isEmpty() ? b.rationale() : b.line());
            }
        }
        ArrayNode levels = root.putArray("levels");
        catalog.levels().forEach(l -> levels.addObject().put("value", l.level().value()).put("id", l.level().id())
                .put("description", l.description()));
        ArrayNode skills = root.putArray("skills");
        for (Catalog.SkillInfo s : catalog.skills()) {
            ObjectNode skill = skills.addObject().put("id", s.id()).put("name", s.name());
            s.aliases().forEach(skill.putArray("aliases")::add);
        }
        ArrayNode responsibilities = root.putArray("responsibilities");
        catalog.responsibilities().forEach(r -> responsibilities.addObject().put("id", r.id()).put("name", r.name())
                .put("source", r.source()));
        ArrayNode overlaps = root.putArray("overlaps");
        for (Overlap o : catalog.overlaps()) {
            ObjectNode overlap = overlaps.addObject().put("role", o.role()).put("partner", o.partner())
                    .put("source", o.source());
            o.shared().forEach(overlap.putArray("shared")::add);
        }
        return JsonReport.write(root);
    }
}
