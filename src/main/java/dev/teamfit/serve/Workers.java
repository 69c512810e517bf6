package dev.teamfit.serve;

import io.javalin.http.Context;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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

    private final ExecutorService pool;
    private final int places;
    /** One permit for each request at work or waiting, given back before its response is complete. */
    private final Semaphore permits;

    Workers(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "teamfit-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        places = threads + queue;
        permits = new Semaphore(places);
    }

    /** 503 at once when every worker is busy and the queue is full, before a body is read. */
    void admit() {
        if (permits.availablePermits() == 0) {
            throw HttpProblem.overloaded();
        }
    }

    /**
     * Runs the work on a worker; Javalin writes the response when it is done. The permit goes back
     * before the response is complete, so a client that sends its next request on the answer to the
     * last one finds the place free.
     */
    void run(Context ctx, Work work) {
        if (!permits.tryAcquire()) {
            throw HttpProblem.overloaded();
        }
        ctx.future(() -> CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            } finally {
                permits.release();
            }
        }, pool));
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
        return places - permits.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
