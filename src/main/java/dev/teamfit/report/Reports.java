package dev.teamfit.report;

import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;

import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The one table from an output format to its renderer, used by every command: a command asks for
 * the document it writes in the format the user chose.
 */
public final class Reports {

    /** A kind of document teamfit writes. */
    public enum Document { ASSESSMENT, PORTFOLIO, COMPARISON, PLAN }

    private Reports() {
    }

    /**
     * The renderer of a format.
     *
     * @param explain in the text format, also show the reasons behind each role and gap; in a JSON
     *                portfolio, give each conclusion its reasons in full rather than its rules' ids
     */
    public static Renderer of(Format format, Catalog catalog, boolean explain) {
        return switch (format) {
            case TEXT -> new TextReport(catalog, explain);
            case JSON -> new JsonReport(catalog, false, explain);
            case JSONL -> new JsonReport(catalog, true, explain);
            case MARKDOWN -> new MarkdownReport(catalog);
            case CSV -> new CsvReport(catalog);
            case HTML -> new Renderer() {
                @Override
                public String assessment(Assessment assessment) {
                    return new HtmlReport(catalog).render(assessment);
                }

                @Override
                public String comparison(Comparison comparison) {
                    return Html.render("compare/page.jte", Map.of("c", comparison, "v",
                            new CompareView(comparison, catalog)));
                }

                @Override
                public String plan(dev.teamfit.plan.PortfolioPlan plan) {
                    return Html.render("plan/page.jte", Map.of("p", plan, "v", new PlanHtmlView(plan, catalog)));
                }

                @Override
                public PortfolioWriter portfolio(Writer out) {
                    return new PortfolioHtml(catalog, out);
                }
            };
        };
    }

    /** The formats a document is offered in. */
    public static List<Format> formats(Document document) {
        return switch (document) {
            case ASSESSMENT -> List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.CSV, Format.HTML);
            case PORTFOLIO -> List.of(Format.TEXT, Format.JSON, Format.JSONL, Format.MARKDOWN, Format.CSV, Format.HTML);
            case COMPARISON -> List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML);
            case PLAN -> List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.CSV, Format.HTML);
        };
    }
}
