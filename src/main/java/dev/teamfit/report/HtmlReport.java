package dev.teamfit.report;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;

import java.io.Writer;
import java.util.Map;

/**
 * One assessment as a self-contained HTML page (templates {@code report/*.jte}): a header with the
 * headline numbers, a coverage matrix (roles by members), a skills table per required role, the gaps as
 * cards by severity, and an appendix with the rules behind each role and gap, folded.
 */
public record HtmlReport(Catalog catalog) {

    /** The assessment as a page of its own. */
    public String render(Assessment a) {
        return Html.render("report/page.jte", Map.of("a", a, "v", new HtmlView(catalog, a.project().id(), 1)));
    }

    /** The assessment as a section of a page with several, its title a second-level heading. */
    void section(Assessment a, Writer out) {
        Html.render("report/project.jte", Map.of("a", a, "v", new HtmlView(catalog, a.project().id(), 2)), out);
    }
}
