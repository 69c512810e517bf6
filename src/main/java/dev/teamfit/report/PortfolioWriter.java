package dev.teamfit.report;

import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.PortfolioSummary;

import java.io.IOException;

/**
 * Writes a portfolio's outcomes as they come, in input order, then its summary. Formats that put the
 * summary first keep what comes after it in temporary files until {@link #finish}, never in memory;
 * {@link #close} frees them, whether the run finished or not.
 */
public interface PortfolioWriter extends AutoCloseable {

    void outcome(Outcome outcome) throws IOException;

    void finish(PortfolioSummary summary) throws IOException;

    @Override
    default void close() {
    }
}
