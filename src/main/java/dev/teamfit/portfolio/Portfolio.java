package dev.teamfit.portfolio;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.Problem;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.MemberLoad;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Assesses a portfolio: every input becomes exactly one {@link Outcome}, handed on in input order
 * whatever the thread count. Two passes over one reading of the inputs: the first reads each input
 * once, keeps its bytes in a private temporary file ({@link Spool}), validates it, finds duplicate ids
 * and sums each member's allocations over the portfolio; the second assesses the valid projects from
 * that copy with those sums, on one compiled rule base shared by all threads. A file that changes or
 * disappears during the run, or a FIFO, is read exactly once.
 */
public final class Portfolio {

    /** The heap a result in flight is counted at, to bound how many there are whatever the thread count. */
    private static final long HEAP_PER_RESULT = 2L << 20;

    /**
     * @param threads  threads assessing projects at once
     * @param maxBytes the size limit of one project (a file, or a line of a JSON Lines file)
     * @param top      how many of the riskiest projects the summary ranks
     * @param timeout  the CPU time the rules may take on one project; past it, that project is an error
     * @param strict   an unknown skill id is an error, not a warning
     * @param changes  what-if changes made to every project ({@code --set}), or none
     * @param window   results in flight at most (running, or done and waiting for their turn)
     */
    public record Options(int threads, long maxBytes, int top, Duration timeout, boolean strict, Overrides changes,
                          int window) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1");
            }
        }

        public Options(int threads, long maxBytes, int top, Duration timeout) {
            this(threads, maxBytes, top, timeout, false, Overrides.none(), window(threads));
        }

        /**
         * Results in flight for a thread count: four per thread to keep them busy, but never more than
         * the heap holds at {@value #HEAP_PER_RESULT} bytes each, however many threads are asked for.
         */
        public static int window(int threads) {
            long heap = Runtime.getRuntime().maxMemory() / HEAP_PER_RESULT;
            return (int) Math.max(2, Math.min(4L * threads, heap));
        }
    }

    /** Told how far the run is, and of each path left out. */
    public interface Progress {
        /** Done of total inputs in the current pass (total -1 while unknown), and errors so far. */
        void update(String pass, int done, int total, int errors);

        /** A path left out of the portfolio, and why. */
        default void skipped(Inputs.Skipped skipped) {
        }
    }

    private record Numbered(int index, Inputs.Item item) {
    }

    /** A project as read: changed by the what-if, and as it was (null without a what-if or when invalid). */
    private record Parsed(ProjectReader.Loaded changed, ProjectReader.Loaded baseline) {
    }

    /** What the first pass makes of an input: a project, a failure, or a reason to leave it out. */
    private record Read(Source source, Parsed parsed, Outcome.Failure failure, String skip) {
    }

    /** A project whose id an earlier one has. */
    private record Duplicate(String id, Source earlier) {
    }

    private Portfolio() {
    }

    /** Runs the portfolio, giving each outcome to {@code sink} in input order, and returns its summary. */
    public static PortfolioSummary run(RuleBase base, List<java.nio.file.Path> paths, Options options,
                                       Consumer<Outcome> sink, Progress progress) {
        return run(base, Inputs.of(paths, options.maxBytes()), options, sink, progress);
    }

    /** Runs the portfolio of inputs already expanded. */
    public static PortfolioSummary run(RuleBase base, Inputs inputs, Options options, Consumer<Outcome> sink,
                                       Progress progress) {
        Reading reading = new Reading(base, options);
        Skips skips = new Skips(progress);
        inputs.skipped().forEach(skips::add);
        try (Workers workers = new Workers(options.threads(), options.timeout()); Spool spool = Spool.create()) {
            // Pass 1: read each input once into the spool; validate, find duplicates, sum allocations.
            Tally tally = new Tally();
            BitSet skipped = new BitSet();
            Map<Integer, Duplicate> duplicates = new HashMap<>();
            int[] count = {0};
            int[] errors = {0};
            DataOutputStream records = new DataOutputStream(spool.output());
            Ordered.map(numbered(inputs.iterator(), records), workers, options.window(), reading::read,
                    (n, message) -> new Read(n.item().source(), null, reading.failure(n, message), null), read -> {
                        int index = count[0]++;
                        if (read.skip() != null) {
                            skipped.set(index);
                            skips.add(new Inputs.Skipped(read.source().label(), read.skip()));
                        } else if (read.failure() != null) {
                            errors[0]++;
                        } else {
                            String id = read.parsed().changed().project().id();
                            Source earlier = tally.add(index, read.source(), read.parsed().changed().project());
                            if (earlier != null) {
                                duplicates.put(index, new Duplicate(id, earlier));
                                errors[0]++;
                            }
                        }
                        progress.update("reading", count[0], -1, errors[0]);
                    });
            flush(records);
            int total = count[0] - skipped.cardinality();

            // Pass 2: assess, in input order, from the spool.
            SummaryBuilder summary = new SummaryBuilder(base.catalog(), options.top());
            int[] done = {0};
            errors[0] = 0;
            try (DataInputStream in = new DataInputStream(spool.input())) {
                Iterator<Numbered> again = spooled(in, skipped);
                Ordered.map(again, workers, options.window(), n -> {
                    Duplicate duplicate = duplicates.get(n.index());
                    if (duplicate != null) {
                        Source source = n.item().source();
                        return new Outcome.Failure(source, List.of(source.label() + ": duplicate project id '"
                                + duplicate.id() + "'; " + duplicate.earlier().label() + " has it too. Project ids "
                                + "must be unique in a portfolio."));
                    }
                    return reading.assess(n, tally, workers);
                }, reading::failure, outcome -> {
                    done[0]++;
                    if (outcome instanceof Outcome.Failure) {
                        errors[0]++;
                    }
                    summary.add(outcome);
                    sink.accept(outcome);
                    progress.update("assessing", done[0], total, errors[0]);
                });
            } catch (IOException e) {
                throw new Spool.Failure(e);
            }
            return summary.build(tally.shared(), skips.summary(), changes(options.changes()));
        }
    }

    /** The what-if changes as the user wrote them: {@code deployment.retraining=continuous}. */
    private static List<String> changes(Overrides overrides) {
        return overrides.changes().stream().map(c -> c.option().replaceFirst("^--set ", "")).toList();
    }

    private static void flush(DataOutputStream records) {
        try {
            records.flush();
        } catch (IOException e) {
            throw new Spool.Failure(e);
        }
    }

    /** Paths left out: every one told to {@link Progress#skipped}, the first few kept for the summary. */
    private static final class Skips {
        private final Progress progress;
        private final List<Inputs.Skipped> first = new ArrayList<>();
        private int count;

        Skips(Progress progress) {
            this.progress = progress;
        }

        void add(Inputs.Skipped skipped) {
            count++;
            if (first.size() < PortfolioSummary.SKIPPED_SHOWN) {
                first.add(skipped);
            }
            progress.skipped(skipped);
        }

        PortfolioSummary.Skipped summary() {
            return count == 0 ? PortfolioSummary.Skipped.NONE : new PortfolioSummary.Skipped(count, first);
        }
    }

    /** Reading and assessing one input; shared by the worker threads. */
    private record Reading(RuleBase base, Options options, ProjectReader reader, TreeReader trees) {

        Reading(RuleBase base, Options options) {
            this(base, options, new ProjectReader(base.catalog(), options.maxBytes(), options.strict()),
                    new TreeReader(options.maxBytes()));
        }

        Outcome.Failure failure(Numbered n, String message) {
            return new Outcome.Failure(n.item().source(), List.of(n.item().source().label() + ": " + message));
        }

        /**
         * Parses and validates an input, and tells whether it is a project at all; with a what-if, the
         * project is read changed and as it was.
         */
        Read read(Numbered n) {
            Inputs.Item item = n.item();
            Source source = item.source();
            if (item.skip() != null) {
                return new Read(source, null, null, item.skip());
            }
            if (item.error() != null) {
                return new Read(source, null, failure(n, item.error()), null);
            }
            try {
                Node root = trees.parse(source.label(), item.bytes(), item.syntax());
                if (item.found() && !Inputs.looksLikeProject(root)) {
                    return new Read(source, null, null, "not a project: no id or problem at its top");
                }
                ProjectReader.Loaded changed = reader.bind(source.label(), options.changes().isEmpty() || !(root
                        instanceof Node.Mapping mapping) ? root : options.changes().apply(mapping));
                ProjectReader.Loaded unchanged = null;
                if (!options.changes().isEmpty()) {
                    try {
                        unchanged = reader.bind(source.label(), root);
                    } catch (InvalidInputException e) {
                        // Valid only with the change: assessed, but left out of the comparison.
                    }
                }
                return new Read(source, new Parsed(changed, unchanged), null, null);
            } catch (InvalidInputException e) {
                return new Read(source, null, new Outcome.Failure(source, lines(source, e)), null);
            }
        }

        /** The second pass's work: the project, parsed again from the spool, assessed; or its failure. */
        Outcome assess(Numbered n, Tally tally, Workers workers) {
            Read read = read(n);
            if (read.failure() != null) {
                return read.failure();
            }
            Parsed parsed = read.parsed();
            Source source = n.item().source();
            ProjectReader.Loaded changed = parsed.changed();
            List<MemberLoad> loads = tally.loads(n.index(), changed.project());
            try {
                String what = "project " + changed.project().id();
                Assessment assessment = workers.timed(what,
                        () -> base.assess(changed.project(), changed.warnings(), loads));
                Assessment baseline = null;
                if (parsed.baseline() != null) {
                    ProjectReader.Loaded unchanged = parsed.baseline();
                    baseline = workers.timed(what + " (unchanged)",
                            () -> base.assess(unchanged.project(), unchanged.warnings(), loads));
                }
                return new Outcome.Result(source, assessment, baseline);
            } catch (RuleFailure e) {
                return new Outcome.Failure(source, List.of(source.label() + ": " + e.getMessage()));
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }

        /**
         * A file's problems, at most {@link InvalidInputException#SHOWN}: a JSON Lines project's on its
         * line, and one that a {@code --set} caused under the file's name and the option.
         */
        private static List<String> lines(Source source, InvalidInputException e) {
            return e.lines(source.label(), p -> line(source, p));
        }

        private static String line(Source source, Problem p) {
            if (p.at() != null && p.at().origin() != null) {
                return source.label() + ": " + p.format(source.label());
            }
            return p.at() == null || source.line() == 0 ? p.format(source.label())
                    : p.onLine(source.line()).format(source.file());
        }
    }

    /** The inputs numbered in order, each written to the spool as it is read. */
    private static Iterator<Numbered> numbered(Iterator<Inputs.Item> items, DataOutputStream records) {
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Numbered next() {
                Inputs.Item item = items.next();
                try {
                    write(records, item);
                } catch (IOException e) {
                    throw new Spool.Failure(e);
                }
                return new Numbered(index++, item);
            }
        };
    }

    /** The spooled inputs in order, but those the first pass left out. */
    private static Iterator<Numbered> spooled(DataInputStream in, BitSet skipped) {
        return new Lookahead<>() {
            private int index;

            @Override
            Numbered fetch() {
                try {
                    for (Inputs.Item item = read(in); item != null; item = read(in)) {
                        if (!skipped.get(index++)) {
                            return new Numbered(index - 1, item);
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new Spool.Failure(e);
                }
            }
        };
    }

    private static void write(DataOutputStream out, Inputs.Item item) throws IOException {
        out.writeByte(1);
        text(out, item.source().file());
        out.writeInt(item.source().line());
        out.writeByte(item.syntax() == null ? -1 : item.syntax().ordinal());
        text(out, item.error());
        out.writeBoolean(item.found());
        text(out, item.skip());
        out.writeInt(item.bytes() == null ? -1 : item.bytes().length);
        if (item.bytes() != null) {
            out.write(item.bytes());
        }
    }

    /** The next spooled input, or null at the end. */
    private static Inputs.Item read(DataInputStream in) throws IOException {
        try {
            in.readByte();
        } catch (EOFException e) {
            return null;
        }
        Source source = new Source(text(in), in.readInt());
        int syntax = in.readByte();
        String error = text(in);
        boolean found = in.readBoolean();
        String skip = text(in);
        int length = in.readInt();
        byte[] bytes = length < 0 ? null : in.readNBytes(length);
        return new Inputs.Item(source, bytes, syntax < 0 ? null : TreeReader.Syntax.values()[syntax], error, found, skip);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
