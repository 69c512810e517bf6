package dev.teamfit.portfolio;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on a thread pool and hands the results on in input order, with at most a small window
 * of items in flight, so that memory stays flat and the output does not depend on the thread count.
 */
final class Ordered {

    private Ordered() {
    }

    /** Applies {@code work} to every item on {@code pool} and gives the results to {@code sink} in order. */
    static <T, R> void map(Iterator<T> items, ExecutorService pool, int window, Function<T, R> work, Consumer<R> sink) {
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                T item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
