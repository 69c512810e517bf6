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

    void finish(PortfolioSummary summary) throws IOException;
}
