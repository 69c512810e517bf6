package dev.teamfit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.engine.WhatIf;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Priority;
import dev.teamfit.model.RoleRequirement;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code teamfit explain --format json}: what {@link ExplainReport} says, as data. A role: its priority
 * and FTE (null when it is not needed), the chain of reasons behind it with their basis, its skills and
 * coverage, and every single change to the input that would change its priority ({@code whatIf}, with
 * the rule that would then decide). A gap: the gap and the chain of reasons from it back to the input.
 */
public record ExplainJson(Catalog catalog) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    public String roles(Assessment a, List<WhatIf.Alternative> alternatives) {
        ObjectNode root = document(a);
        ArrayNode roles = root.putArray("roles");
        catalog.roles().forEach(role -> roles.add(roleNode(a, role.id(), alternatives)));
        return JsonReport.write(root);
    }

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
        root.set("project", JsonReport.project(a));
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
        item.set("skills", JsonReport.tree(result.map(r -> r.skills().stream().map(skill -> new Skill(skill.skill(),
                skill.level().id(), JsonReport.reasons(skill.reasons())))).orElse(Stream.of()).toList()));
        item.set("coverage", result.map(JsonReport::coverage).orElse(NODES.arrayNode()));
        item.set("whatIf", JsonReport.tree(alternatives.stream()
                .filter(alternative -> !Objects.equals(alternative.priority(role), current))
                .sorted(Comparator.comparing(WhatIf.Alternative::key).thenComparing(WhatIf.Alternative::to))
                .map(alternative -> {
                    RoleRequirement then = alternative.roles().get(role);
                    return new Change(alternative.key(), alternative.from(), alternative.to(),
                            then == null ? null : then.priority().id(),
                            then == null ? null : JsonReport.reasons(then.reasons().subList(0, 1)).get(0));
                }).toList()));
        return item;
    }

    private record Skill(String skill, String level, ArrayNode reasons) {
    }

    /** A single change to the input that would change the role's priority, and the rule that would then decide. */
    private record Change(String key, String from, String to, String priority, JsonNode reason) {
    }
}
