package dev.teamfit.report;

import dev.teamfit.compare.Comparison;
import dev.teamfit.model.Assessment;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders teamfit's documents in one format. A format offers the documents it implements; the
 * others are not offered on the command line (see {@link Reports#formats}).
 */
public interface Renderer {

    /** One assessment as a whole document. */
    default String assessment(Assessment assessment) {
        throw new UnsupportedOperationException();
    }

    /** A project and its what-if variants: what changes. */
    default String comparison(Comparison comparison) {
        throw new UnsupportedOperationException();
    }

    /** A staffing plan as a whole document. */
    default String plan(dev.teamfit.plan.PortfolioPlan plan) {
        throw new UnsupportedOperationException();
    }

    /** A portfolio, streamed to {@code out} as outcomes arrive. */
    default PortfolioWriter portfolio(Writer out) throws IOException {
        throw new UnsupportedOperationException();
    }
}
