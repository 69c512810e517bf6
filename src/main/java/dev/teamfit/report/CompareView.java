package dev.teamfit.report;

import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the comparison page (template {@code compare/page.jte}) shows: the base and each variant side
 * by side, a row per role and per headline figure, a cell marked where a variant differs from the
 * base; then each variant's changes with their causes, and its top actions.
 */
public final class CompareView {

    /** A cell of the side-by-side table; {@code changed} when it differs from the base's. */
    public record Cell(String text, boolean changed) {
    }

    public record Row(String name, List<Cell> cells) {
    }

    /**
     * A change as the page lists it.
     *
     * @param css     {@code added}, {@code removed} or {@code changed}
     * @param because the input differences behind it, or null
     */
    public record Change(String css, char mark, String text, String because) {
    }

    public record Variant(int n, String label, String inputs, String headline, List<Change> changes,
                          List<String> actions) {
    }

    private final Comparison comparison;
    private final Catalog catalog;

    CompareView(Comparison comparison, Catalog catalog) {
        this.comparison = comparison;
        this.catalog = catalog;
    }

    /** The column headers after the base's. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= comparison.variants().size(); i++) {
            columns.add("Variant " + i);
        }
        return columns;
    }

    /** Staffed FTE and gaps, then every role any column needs, in catalog order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("FTE needed (required)", a -> Fte.format(a.summary().requiredFte())));
        rows.add(row("FTE staffed", a -> a.summary().staffedFte() == null ? "no team given"
                : Fte.format(a.summary().staffedFte())));
        rows.add(row("Gaps", a -> a.summary().critical() + " critical, " + a.summary().major() + " major, "
                + a.summary().minor() + " minor"));
        Set<String> roles = new LinkedHashSet<>();
        for (String role : catalog.roleIds()) {
            if (all().stream().anyMatch(a -> a.role(role).isPresent())) {
                roles.add(role);
            }
        }
        all().forEach(a -> a.roles().forEach(r -> roles.add(r.role())));
        for (String role : roles) {
            rows.add(new Row(catalog.roleName(role), cells(a -> a.role(role).map(r -> r.requirement().priority().id()
                    + ", " + (a.project().teamDeclared() ? Fte.format(r.staffed()) + " of " : "")
                    + Fte.format(r.needed()) + " FTE").orElse("not needed"))));
        }
        return rows;
    }

    public List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        int n = 1;
        for (Comparison.Variant v : comparison.variants()) {
            List<Change> changes = v.changes().stream().map(c -> new Change(css(c.kind()), Comparisons.mark(c.kind()),
                    c.text(), c.causes().isEmpty() ? null : String.join("; ", c.causes()))).toList();
            variants.add(new Variant(n++, v.label(), v.inputs().isEmpty() ? "nothing" : String.join("; ", v.inputs()),
                    TextReport.headline(v.assessment()), changes,
                    v.assessment().actions().stream().map(a -> a.text(catalog)).toList()));
        }
        return variants;
    }

    public String estimates() {
        return TextReport.ESTIMATES;
    }

    public String headline() {
        return TextReport.headline(comparison.base());
    }

    private Row row(String name, Function<Assessment, String> text) {
        return new Row(name, cells(text));
    }

    /** The base's cell, then each variant's, marked where it differs from the base's. */
    private List<Cell> cells(Function<Assessment, String> text) {
        String base = text.apply(comparison.base());
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(base, false));
        for (Comparison.Variant v : comparison.variants()) {
            String cell = text.apply(v.assessment());
            cells.add(new Cell(cell, !cell.equals(base)));
        }
        return cells;
    }

    private List<Assessment> all() {
        List<Assessment> all = new ArrayList<>();
        all.add(comparison.base());
        comparison.variants().forEach(v -> all.add(v.assessment()));
        return all;
    }

    private static String css(Comparison.Kind kind) {
        return switch (Comparisons.mark(kind)) {
            case '+' -> "added";
            case '-' -> "removed";
            default -> "changed";
        };
    }
}
