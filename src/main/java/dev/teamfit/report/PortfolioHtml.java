package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
import gg.jte.Content;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The portfolio as one self-contained HTML page (template {@code portfolio/page.jte}), written as it
 * comes: each project's section as {@link HtmlReport} renders it, as soon as its outcome arrives; then,
 * once the summary is known, the summary (headline numbers, charts of demand per role, gaps per project
 * and the risk ranking, with their tables, the people on several projects), the table of contents and
 * the errors, rendered straight to the output. The summary comes after the projects, rather than in a
 * placeholder before them, so that the page is in reading order without a script; the page's header
 * links to it. What the contents and the gaps chart need of each project, and the errors, wait in
 * temporary files, so that memory does not grow with the portfolio.
 */
public final class PortfolioHtml implements PortfolioWriter {

    private static final String PAGE = "portfolio/page.jte";
    /** Where the projects' sections stand in the page: what precedes it was written at the start. */
    private static final String MARK = "<!--teamfit:projects-->";

    private final Catalog catalog;
    private final Writer out;
    private final HtmlReport report;
    private final PortfolioHtmlView.Entries entries = new PortfolioHtmlView.Entries();
    private boolean started;

    public PortfolioHtml(Catalog catalog, Writer out) {
        this.catalog = catalog;
        this.out = out;
        this.report = new HtmlReport(catalog);
    }

    @Override
    public void outcome(Outcome outcome) throws IOException {
        start();
        if (outcome instanceof Outcome.Result result) {
            Assessment a = result.assessment();
            report.section(a, out);
            entries.project(a);
        } else {
            entries.errors(((Outcome.Failure) outcome).messages());
        }
    }

    @Override
    public void finish(PortfolioSummary summary) throws IOException {
        try {
            start();
            PortfolioHtmlView view = new PortfolioHtmlView(catalog, entries);
            Writer rest = new After(out, MARK);
            Html.render(PAGE, Map.of("projects", (Content) output -> output.writeContent(MARK),
                    "end", Html.content("portfolio/end.jte", Map.of("s", summary, "v", view))), rest);
            out.flush();
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        entries.close();
    }

    /** The page up to the first project's section, once. */
    private void start() throws IOException {
        if (!started) {
            started = true;
            // What follows the projects is cut off here, so it can be left empty.
            out.write(Html.split(PAGE, Map.of("end", (Content) output -> { }), "projects").before());
        }
    }

    /** Passes on only what is written after a mark: the page's end, rendered whole without holding it. */
    private static final class After extends Writer {
        private final Writer out;
        private final String mark;
        private int matched;

        After(Writer out, String mark) {
            this.out = out;
            this.mark = mark;
        }

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            int i = off;
            while (matched < mark.length() && i < off + len) {
                matched = buffer[i] == mark.charAt(matched) ? matched + 1 : buffer[i] == mark.charAt(0) ? 1 : 0;
                i++;
            }
            if (matched == mark.length()) {
                out.write(buffer, i, off + len - i);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
