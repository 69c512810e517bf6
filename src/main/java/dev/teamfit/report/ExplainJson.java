package dev.teamfit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.engine.WhatIf;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Level;
import dev.teamfit.model.Priority;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.SkillRequirement;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code teamfit explain --format json}: what {@link ExplainReport} says, as data. A role: its priority
 * and FTE (null when it is not needed), the chain of reasons behind it with their basis, its skills and
 * coverage, and every single change to the input that would change its priority ({@code whatIf}, with
 * the rule that would then decide). A gap: the gap and the chain of reasons from it back to the input.
 */
public final class ExplainJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Catalog catalog;

    public ExplainJson(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every role of the catalog. */
    public String roles(Assessment a, List<WhatIf.Alternative> alternatives) {
        ObjectNode root = document(a);
        ArrayNode roles = root.putArray("roles");
        catalog.roles().forEach(role -> roles.add(roleNode(a, role.id(), alternatives)));
        return JsonReport.write(root);
    }

    /** One role. */
    public String role(Assessment a, String role, List<WhatIf.Alternative> alternatives) {
        ObjectNode root = document(a);
        root.putArray("roles").add(roleNode(a, role, alternatives));
        return JsonReport.write(root);
    }

    /** One gap, by its 1-based number in the report. */
    public String gap(Assessment a, int number) {
        Gap gap = a.gaps().get(number - 1);
        ObjectNode root = document(a);
        ObjectNode item = root.putObject("gap");
        item.put("number", number);
        JsonReport.gap(item, gap, catalog, true);
        return JsonReport.write(root);
    }

    private static ObjectNode document(Assessment a) {
        ObjectNode root = NODES.objectNode();
        root.put("teamfit", JsonReport.VERSION);
        ObjectNode project = root.putObject("project");
        project.put("id", a.project().id());
        project.put("name", a.project().name());
        return root;
    }

    private ObjectNode roleNode(Assessment a, String role, List<WhatIf.Alternative> alternatives) {
        ObjectNode item = NODES.objectNode();
        item.put("role", role);
        item.put("name", catalog.roleName(role));
        Optional<Assessment.RoleResult> result = a.role(role);
        Priority current = result.map(r -> r.requirement().priority()).orElse(null);
        item.put("priority", current == null ? null : current.id());
        item.put("fte", result.map(r -> JsonReport.number(r.requirement().fte())).orElse(null));
        item.set("reasons", JsonReport.reasons(result.map(r -> r.requirement().reasons()).orElse(List.of())));
        ArrayNode skills = item.putArray("skills");
        ArrayNode coverage = item.putArray("coverage");
        result.ifPresent(r -> {
            for (SkillRequirement skill : r.skills()) {
                ObjectNode s = skills.addObject();
                s.put("skill", skill.skill());
                s.put("level", skill.level().id());
                s.set("reasons", JsonReport.reasons(skill.reasons()));
            }
            for (Assessment.Cover cover : r.coverage()) {
                ObjectNode c = coverage.addObject();
                c.put("member", cover.coverage().member());
                c.put("degree", cover.coverage().degree().id());
                c.put("via", cover.coverage().via());
                c.put("fte", JsonReport.number(cover.fte()));
            }
        });
        ArrayNode whatIf = item.putArray("whatIf");
        alternatives.stream()
                .filter(alternative -> !Objects.equals(alternative.priority(role), current))
                .sorted(Comparator.comparing(WhatIf.Alternative::key).thenComparing(WhatIf.Alternative::to))
                .forEach(alternative -> {
                    ObjectNode change = whatIf.addObject();
                    change.put("key", alternative.key());
                    change.put("from", alternative.from());
                    change.put("to", alternative.to());
                    RoleRequirement then = alternative.roles().get(role);
                    change.put("priority", then == null ? null : then.priority().id());
                    if (then == null) {
                        change.putNull("reason");
                    } else {
                        change.set("reason", JsonReport.reasons(then.reasons().subList(0, 1)).get(0));
                    }
                });
        return item;
    }
}
