package dev.teamfit.portfolio;

import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.Watchdog;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The threads that assess a portfolio's projects, a fixed number at work. The rules on one project
 * run under a limit of CPU time ({@link #timed}); past it, the project gets its failure at once, and
 * its thread, which nothing can stop (see {@link Watchdog}), is interrupted, left to finish or spin
 * on its own, and replaced, so that the pool keeps its size and the run goes on. A rules folder
 * whose consequences spin on many projects would leave as many spinning threads: after {@link
 * #MAX_ABANDONED}, the rules are not run on the remaining projects, which fail at once.
 */
final class Workers implements AutoCloseable {

    /** Threads abandoned to spinning rules before the rest of the run is refused. */
    static final int MAX_ABANDONED = 16;

    /** A piece of work and where its result goes; {@code overrun} makes the result of work stopped with a message. */
    private record Task<R>(Callable<R> work, Function<String, R> overrun, CompletableFuture<R> result) {
        void run() {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** Rules running on a worker: since when (its CPU time and the wall clock), on what. */
    private record Section(Task<?> task, long cpuStart, long wallStart, String what) {
    }

    private final class Worker extends Thread {
        volatile Task<?> task;
        volatile Section section;
        volatile boolean abandoned;

        Worker() {
            super("teamfit-portfolio");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!abandoned && !closed) {
                Task<?> next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                task = next;
                try {
                    next.run();
                } finally {
                    task = null;
                    section = null;
                }
            }
        }
    }

    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final Duration limit;
    private final int perCore;
    private volatile boolean closed;
    private volatile int abandoned;

    Workers(int threads, Duration limit) {
        this.limit = limit;
        this.perCore = Math.max(1, (threads + Runtime.getRuntime().availableProcessors() - 1)
                / Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < threads; i++) {
            start();
        }
    }

    private void start() {
        Worker worker = new Worker();
        workers.add(worker);
        worker.start();
    }

    /** Runs {@code work} on a worker; if its rules are stopped, the result is {@code overrun} of the message. */
    <R> CompletableFuture<R> submit(Callable<R> work, Function<String, R> overrun) {
        Task<R> task = new Task<>(work, overrun, new CompletableFuture<>());
        queue.add(task);
        return task.result();
    }

    /**
     * Runs rules, on a worker thread, under the limit: {@link #watch} abandons the thread if they use
     * more CPU time than that. Off a worker thread, they simply run.
     */
    <V> V timed(String what, Callable<V> rules) throws Exception {
        if (!(Thread.currentThread() instanceof Worker worker)) {
            return rules.call();
        }
        if (worker.abandoned) {
            throw new RuleFailure("stopped");
        }
        if (abandoned >= MAX_ABANDONED) {
            throw new RuleFailure("not assessed: the rules ran past the time limit on " + MAX_ABANDONED
                    + " projects already, each leaving a thread that cannot be stopped, so they are not run on "
                    + "the rest. Fix the rules' consequences, or raise --rule-timeout if the rules are only slow.");
        }
        worker.section = new Section(worker.task, Math.max(0, Watchdog.cpuNanos(worker)), System.nanoTime(), what);
        try {
            return rules.call();
        } finally {
            worker.section = null;
        }
    }

    /** Abandons and replaces every worker whose rules ran past the limit; called while waiting for results. */
    void watch() {
        for (Worker worker : workers) {
            Section section = worker.section;
            if (section == null
                    || !Watchdog.overdue(worker, section.cpuStart(), section.wallStart(), limit, perCore)) {
                continue;
            }
            worker.abandoned = true;
            workers.remove(worker);
            abandoned++;
            start();
            complete(section.task(), Watchdog.timedOut(limit, section.what()).getMessage());
            worker.interrupt();
        }
    }

    private static <R> void complete(Task<R> task, String message) {
        task.result().complete(task.overrun().apply(message));
    }

    /** Threads abandoned so far. */
    int abandoned() {
        return abandoned;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        workers.forEach(Thread::interrupt);
    }
}
