package dev.teamfit.cli;

import dev.teamfit.portfolio.Inputs;
import dev.teamfit.portfolio.Portfolio;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on stderr for portfolio runs longer than a second, when stderr is a terminal:
 * projects done of total, rate, errors so far. Nothing otherwise, so logs and pipes stay clean.
 */
final class Progress implements Portfolio.Progress {

    /** Set by {@link Main} when the process's stderr is a terminal; in-process runs never show progress. */
    static volatile boolean terminal;

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final PrintWriter notes;
    private final long start = System.nanoTime();
    private String pass = "";
    private long passStart = start;
    private long last;
    private boolean shown;

    Progress(PrintWriter err) {
        // The line redraws itself with a carriage return, which the process's stderr would escape.
        this.err = err instanceof Streams.Stderr stderr ? stderr.raw() : err;
        this.notes = err;
    }

    /**
     * Whether the process talks to a person at a terminal that can redraw a line: Java sees a console,
     * and neither {@code TERM=dumb} nor {@code NO_COLOR} asks for plain output.
     */
    static boolean stderrIsTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM")) && System.getenv("NO_COLOR") == null;
    }

    @Override
    public void update(String pass, int done, int total, int errors) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (!pass.equals(this.pass)) {
            this.pass = pass;
            passStart = now;
        }
        if (now - start < DELAY_NANOS || now - last < EVERY_NANOS && done != total) {
            return;
        }
        last = now;
        shown = true;
        double seconds = Math.max(1e-3, (now - passStart) / 1e9);
        String count = total < 0 ? String.format(Locale.ROOT, "%,d", done) : String.format(Locale.ROOT, "%,d/%,d", done, total);
        err.print(String.format(Locale.ROOT, "\rteamfit: %s %s projects · %,.0f/s · %d error%s   ", pass, count,
                done / seconds, errors, errors == 1 ? "" : "s"));
        err.flush();
    }

    /**
     * The optimiser's best plan so far, as the solver reports it ({@code best [0/-12/...] at 1234 ms}): one line,
     * redrawn, after the first second and no more often than every quarter second.
     */
    void best(String line) {
        if (!terminal || !line.startsWith("best ")) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        String score = line.substring("best ".length()).replaceFirst(" at \\d+ ms$", "");
        err.print(String.format(Locale.ROOT, "\rteamfit: planning · %.0f s · best score %s   ",
                (now - start) / 1e9, score));
        err.flush();
    }

    /** A path the portfolio leaves out, on its own line even off a terminal; the progress line gives way. */
    @Override
    public void skipped(Inputs.Skipped skipped) {
        done();
        shown = false;
        notes.println("teamfit: note: left out " + skipped.path() + ": " + skipped.reason() + ".");
        notes.flush();
    }

    /** Clears the line, so that what follows starts clean. */
    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
        }
    }
}
