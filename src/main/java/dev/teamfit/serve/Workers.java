package dev.teamfit.serve;

import io.javalin.http.Context;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that assesses: {@code threads} at work and {@code queue} waiting, and a 503 with
 * {@code Retry-After} beyond. Jetty's own threads only read requests and write responses, so a slow
 * upload holds a connection, never a worker: a handler reads its body first, then hands the work here.
 */
final class Workers implements AutoCloseable {

    /** Work that may throw, run on a worker. */
    interface Work {
        void run() throws Exception;
    }

    private final ThreadPoolExecutor pool;

    Workers(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "teamfit-serve-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** 503 at once when every worker is busy and the queue is full, before a body is read. */
    void admit() {
        if (pool.getActiveCount() >= pool.getMaximumPoolSize() && pool.getQueue().remainingCapacity() == 0) {
            throw HttpProblem.overloaded();
        }
    }

    /** Runs the work on a worker; Javalin writes the response when it is done. */
    void run(Context ctx, Work work) {
        ctx.future(() -> {
            try {
                return CompletableFuture.runAsync(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, pool);
            } catch (RejectedExecutionException e) {
                throw HttpProblem.overloaded();
            }
        });
    }

    /** Runs work on uploaded files on a worker: the files go when it ends, or at once when it cannot start. */
    void run(Context ctx, Uploads uploads, Work work) {
        try {
            run(ctx, () -> {
                try (uploads) {
                    work.run();
                }
            });
        } catch (RuntimeException e) {
            uploads.close();
            throw e;
        }
    }

    /** Requests at work and waiting. */
    int busy() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
