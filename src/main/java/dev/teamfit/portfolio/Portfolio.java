package dev.teamfit.portfolio;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Location;
import dev.teamfit.input.Problem;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.model.MemberLoad;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Assesses a portfolio: every input becomes exactly one {@link Outcome}, handed on in input order
 * whatever the thread count. Two passes: the first validates every input, finds duplicate ids and
 * sums each member's allocations over the portfolio; the second assesses the valid projects with
 * those sums, on one compiled rule base shared by all threads.
 */
public final class Portfolio {

    /**
     * @param threads  threads assessing projects at once
     * @param maxBytes the size limit of one project (a file, or a line of a JSON Lines file)
     * @param top      how many of the riskiest projects the summary ranks
     * @param timeout  the time limit of the rules on one project; past it, the run ends
     * @param keep     how much heap the first pass may fill with the projects it read, for the second
     *                 to use instead of reading them again (an eighth of the heap by default)
     */
    public record Options(int threads, long maxBytes, int top, java.time.Duration timeout, long keep) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }

        public Options(int threads, long maxBytes, int top, java.time.Duration timeout) {
            this(threads, maxBytes, top, timeout, Runtime.getRuntime().maxMemory() / 8);
        }
    }

    /** Told how far the run is: done of total inputs in the current pass, and errors so far. */
    public interface Progress {
        void update(String pass, int done, int total, int errors);
    }

    private record Numbered(int index, Inputs.Item item) {
    }

    private record Parsed(int index, Source source, ProjectReader.Loaded loaded, Outcome.Failure failure, int bytes) {
    }

    /**
     * The first pass keeps the projects it read for the second, which then need not read them again
     * (reading is a third of a run's CPU), within {@link Options#keep}, at an estimated
     * {@value #HEAP_PER_INPUT_BYTE} bytes of heap per input byte (measured: 1.1). Projects past that
     * budget are read again, so memory stays bounded however many projects there are.
     */
    private static final int HEAP_PER_INPUT_BYTE = 2;

    private Portfolio() {
    }

    /** The rules ran past the time limit on one project; the run cannot go on. */
    public static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    /** Runs the portfolio, giving each outcome to {@code sink} in input order, and returns its summary. */
    public static PortfolioSummary run(RuleBase base, List<Path> paths, Options options, Consumer<Outcome> sink,
                                       Progress progress) {
        Inputs inputs = Inputs.of(paths, options.maxBytes());
        ProjectReader reader = new ProjectReader(base.catalog(), options.maxBytes());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "teamfit-portfolio");
            thread.setDaemon(true);
            return thread;
        });
        int window = options.threads() * 16;
        try {
            // Pass 1: validate, find duplicates, sum allocations.
            Tally tally = new Tally();
            Map<Integer, Outcome.Failure> failures = new HashMap<>();
            Map<Integer, ProjectReader.Loaded> kept = new java.util.concurrent.ConcurrentHashMap<>();
            long[] budget = {options.keep()};
            int[] count = {0};
            Ordered.map(numbered(inputs), pool, window, options.timeout(), Portfolio::label, n -> parse(reader, n), parsed -> {
                count[0]++;
                if (parsed.failure() != null) {
                    failures.put(parsed.index(), parsed.failure());
                } else {
                    Source earlier = tally.add(parsed.index(), parsed.source(), parsed.loaded().project());
                    if (earlier != null) {
                        failures.put(parsed.index(), new Outcome.Failure(parsed.source(), List.of(parsed.source().label()
                                + ": duplicate project id '" + parsed.loaded().project().id() + "'; "
                                + earlier.label() + " has it too. Project ids must be unique in a portfolio.")));
                    } else if ((long) parsed.bytes() * HEAP_PER_INPUT_BYTE <= budget[0]) {
                        budget[0] -= (long) parsed.bytes() * HEAP_PER_INPUT_BYTE;
                        kept.put(parsed.index(), parsed.loaded());
                    }
                }
                progress.update("reading", count[0], -1, failures.size());
            });
            int total = count[0];

            // Pass 2: assess, in input order.
            SummaryBuilder summary = new SummaryBuilder(base.catalog(), options.top());
            int[] done = {0};
            int[] errors = {0};
            Ordered.map(numbered(inputs), pool, window, options.timeout(), Portfolio::label, n -> {
                Outcome.Failure failure = failures.get(n.index());
                return failure != null ? failure : assess(base, reader, tally, kept.remove(n.index()), n);
            }, outcome -> {
                done[0]++;
                if (outcome instanceof Outcome.Failure) {
                    errors[0]++;
                }
                summary.add(outcome);
                sink.accept(outcome);
                progress.update("assessing", done[0], total, errors[0]);
            });
            return summary.build(tally.overallocated());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The second pass's work on one input: its failure from the first pass, or its assessment. */
    private static Outcome assess(RuleBase base, ProjectReader reader, Tally tally, ProjectReader.Loaded loaded,
                                  Numbered n) {
        Parsed parsed = loaded != null ? new Parsed(n.index(), n.item().source(), loaded, null, 0)
                : parse(reader, n);
        if (parsed.failure() != null) {
            return parsed.failure();
        }
        List<MemberLoad> loads = tally.loads(n.index(), parsed.loaded().project());
        try {
            return new Outcome.Result(parsed.source(),
                    base.assess(parsed.loaded().project(), parsed.loaded().warnings(), loads));
        } catch (RuleFailure e) {
            return new Outcome.Failure(parsed.source(), List.of(parsed.source().label() + ": " + e.getMessage()));
        }
    }

    private static String label(Numbered n) {
        return n.item().source().label();
    }

    private static Iterator<Numbered> numbered(Inputs inputs) {
        Iterator<Inputs.Item> items = inputs.iterator();
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Numbered next() {
                return new Numbered(index++, items.next());
            }
        };
    }

    private static Parsed parse(ProjectReader reader, Numbered n) {
        Inputs.Item item = n.item();
        Source source = item.source();
        if (item.error() != null) {
            return new Parsed(n.index(), source, null,
                    new Outcome.Failure(source, List.of(source.label() + ": " + item.error())), 0);
        }
        try {
            return new Parsed(n.index(), source, reader.read(source.label(), item.bytes(), item.syntax()), null,
                    item.bytes().length);
        } catch (InvalidInputException e) {
            if (source.line() == 0) {
                return new Parsed(n.index(), source, null, new Outcome.Failure(source, e.lines()), 0);
            }
            // A JSON Lines project is one line: its problems sit on that line of the file.
            List<String> lines = e.problems().stream().map(p -> p.at() == null ? p.format(source.label())
                    : new Problem(new Location(source.line(), p.at().column()), p.path(), p.message())
                            .format(source.file())).toList();
            return new Parsed(n.index(), source, null, new Outcome.Failure(source, lines), 0);
        }
    }
}
