package dev.teamfit.report;

import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;

import java.io.IOException;

/**
 * Writes a portfolio's outcomes as they come, in input order, then its summary. Formats that put
 * the summary first hold what they need until {@link #finish}.
 */
public interface PortfolioWriter {

    void outcome(Outcome outcome) throws IOException;

    /**
     * Work on one outcome that may run on any thread, in any order, before it is written: a writer
     * that renders each project on its own renders it here, on the thread that assessed it, so that
     * writing is not left to one thread. By default there is none.
     */
    default byte[] prepare(Outcome outcome) {
        return null;
    }

    /** Writes an outcome, given what {@link #prepare} made of it (UTF-8 text, or null). */
    default void outcome(Outcome outcome, byte[] prepared) throws IOException {
        outcome(outcome);
    }

    void finish(PortfolioSummary summary) throws IOException;
}
