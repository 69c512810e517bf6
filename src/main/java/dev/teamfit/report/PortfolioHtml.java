package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.output.WriterOutput;

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
            After rest = new After(out);
            Html.render(PAGE, Map.of("projects", rest.slot(),
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

    /**
     * Passes on only what the page writes after its projects' slot (what precedes it was written at the start):
     * the page's end, rendered whole without holding it.
     */
    private static final class After implements TemplateOutput {
        private final TemplateOutput out;
        private boolean passing;

        After(Writer out) {
            this.out = new WriterOutput(out);
        }

        /** The slot's content, which writes nothing: from here on, the page is passed on. */
        Content slot() {
            return output -> passing = true;
        }

        @Override
        public void writeContent(String value) {
            if (passing) {
                out.writeContent(value);
            }
        }

        @Override
        public void writeContent(String value, int begin, int end) {
            if (passing) {
                out.writeContent(value, begin, end);
            }
        }
    }
}
