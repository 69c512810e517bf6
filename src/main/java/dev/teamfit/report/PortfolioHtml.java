package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;
import gg.jte.Content;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portfolio as one self-contained HTML page (template {@code portfolio/page.jte}), written as it
 * comes: each project's section as {@link HtmlReport} renders it, as soon as its outcome arrives; then,
 * once the summary is known, the summary (headline numbers, charts of demand per role, gaps per project
 * and the risk ranking, with their tables), the table of contents and the errors. The summary comes
 * after the projects, rather than in a placeholder before them, so that the page is in reading order
 * without a script; the page's header links to it. Only a line per project is held for the contents
 * and the gaps chart, never a project's HTML.
 */
public final class PortfolioHtml implements PortfolioWriter {

    private static final String PAGE = "portfolio/page.jte";

    private final Catalog catalog;
    private final Writer out;
    private final HtmlReport report;
    private final List<PortfolioHtmlView.Entry> projects = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
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
            projects.add(new PortfolioHtmlView.Entry(a.project().id(), a.project().name(), a.summary(),
                    a.project().teamDeclared()));
        } else {
            errors.addAll(((Outcome.Failure) outcome).messages());
        }
    }

    @Override
    public void finish(PortfolioSummary summary) throws IOException {
        start();
        PortfolioHtmlView view = new PortfolioHtmlView(catalog, projects, errors);
        out.write(Html.split(PAGE, Map.of("end", Html.content("portfolio/end.jte", Map.of("s", summary, "v", view))),
                "projects").after());
        out.flush();
    }

    /** The page up to the first project's section, once. */
    private void start() throws IOException {
        if (!started) {
            started = true;
            // What follows the projects is cut off here, so it can be left empty.
            out.write(Html.split(PAGE, Map.of("end", (Content) output -> { }), "projects").before());
        }
    }
}
