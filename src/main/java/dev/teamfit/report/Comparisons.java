package dev.teamfit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Action;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;

/** What the comparison renderers share: a change's mark and the JSON shape. */
final class Comparisons {

    private Comparisons() {
    }

    /** {@code +} for what the variant adds, {@code -} for what it drops, {@code ~} for what it changes. */
    static char mark(Comparison.Kind kind) {
        return switch (kind) {
            case ROLE_ADDED, SKILL_ADDED, GAP_NEW -> '+';
            case ROLE_REMOVED, SKILL_REMOVED, GAP_GONE -> '-';
            default -> '~';
        };
    }

    /** {@code {"teamfit": "1", "base": {...}, "variants": [{"label", "inputs", "summary", "actions", "changes"}]}}. */
    static ObjectNode json(Comparison c, Catalog catalog) {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode root = nodes.objectNode();
        root.put("teamfit", JsonReport.VERSION);
        root.set("base", headline(c.base(), catalog, nodes));
        ArrayNode variants = root.putArray("variants");
        for (Comparison.Variant v : c.variants()) {
            ObjectNode variant = headline(v.assessment(), catalog, nodes);
            variant.put("label", v.label());
            ArrayNode inputs = variant.putArray("inputs");
            v.inputs().forEach(inputs::add);
            ArrayNode changes = variant.putArray("changes");
            for (Comparison.Change change : v.changes()) {
                ObjectNode item = changes.addObject();
                item.put("kind", change.kind().id());
                item.put("role", change.role());
                item.put("skill", change.skill());
                item.put("gap", change.gap());
                item.put("from", change.from());
                item.put("to", change.to());
                item.put("text", change.text());
                ArrayNode causes = item.putArray("causes");
                change.causes().forEach(causes::add);
            }
            variants.add(variant);
        }
        return root;
    }

    private static ObjectNode headline(Assessment a, Catalog catalog, JsonNodeFactory nodes) {
        ObjectNode node = nodes.objectNode();
        ObjectNode project = node.putObject("project");
        project.put("id", a.project().id());
        project.put("name", a.project().name());
        node.set("summary", new JsonReport(catalog, false).document(a).get("summary"));
        ArrayNode actions = node.putArray("actions");
        for (Action action : a.actions()) {
            actions.add(action.text(catalog));
        }
        return node;
    }
}
