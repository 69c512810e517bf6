package dev.teamfit.report;

import java.util.List;

/**
 * A table of text as the template {@code components/table.jte} draws it: a row header, then cells;
 * numbers right-aligned.
 *
 * @param label names the table's scroll region for screen readers
 */
public record HtmlTable(String label, List<Column> columns, List<Row> rows) {

    public HtmlTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column's heading. @param number whether its cells are numbers */
    public record Column(String name, boolean number) {
    }

    /** A row. @param href where its header links to in the page, or null */
    public record Row(String header, String href, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The column of a cell, by its position after the row header. */
    public Column column(int cell) {
        return columns.get(cell + 1);
    }
}
