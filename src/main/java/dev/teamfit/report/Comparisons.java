package dev.teamfit.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;

import java.util.List;

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
        return JsonReport.tree(new Document(JsonReport.VERSION, new Base(c.base(), catalog), c.variants().stream()
                .map(v -> new Variant(new Base(v.assessment(), catalog), v)).toList()));
    }

    // The comparison's JSON shape: Jackson writes the records' components in order.

    private record Document(String teamfit, Base base, List<Variant> variants) {
    }

    private record Base(ObjectNode project, ObjectNode summary, List<String> actions) {
        Base(Assessment a, Catalog catalog) {
            this(JsonReport.project(a), JsonReport.totals(a.summary()),
                    a.actions().stream().map(action -> action.text(catalog)).toList());
        }
    }

    private record Variant(ObjectNode project, ObjectNode summary, List<String> actions, String label,
                           List<String> inputs, List<Change> changes) {
        Variant(Base base, Comparison.Variant v) {
            this(base.project(), base.summary(), base.actions(), v.label(), v.inputs(), v.changes().stream()
                    .map(c -> new Change(c.kind().id(), c.role(), c.skill(), c.gap(), c.from(), c.to(), c.text(),
                            c.causes())).toList());
        }
    }

    private record Change(String kind, String role, String skill, String gap, String from, String to, String text,
                          List<String> causes) {
    }
}
