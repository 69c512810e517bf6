package dev.teamfit.report;

import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Spool;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A portfolio writer for a format that puts the summary first: what follows it arrives before it, so it
 * waits in temporary files ({@link Spool}), not in memory, until the summary is known.
 */
abstract class SummaryFirst implements PortfolioWriter {

    protected final Writer out;
    private final List<Spool> spools = new ArrayList<>();

    SummaryFirst(Writer out) {
        this.out = out;
    }

    /** A temporary file for a part of the document, freed with the writer. */
    final Spool spool() {
        Spool spool = Spool.create();
        spools.add(spool);
        return spool;
    }

    /** The whole document but what was written already, the spooled parts included. */
    abstract void write(PortfolioSummary summary) throws IOException;

    @Override
    public final void finish(PortfolioSummary summary) throws IOException {
        try {
            write(summary);
            out.flush();
        } finally {
            close();
        }
    }

    @Override
    public final void close() {
        spools.forEach(Spool::close);
    }
}
