package dev.teamfit.portfolio;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on the workers and hands the results on in input order, with at most a window of items
 * in flight (running, or done and waiting for their turn), so that memory stays flat and the output
 * does not depend on the thread count. While it waits, it watches the workers for rules that run past
 * their limit (see {@link Workers#watch}): such an item's result is its {@code overrun}.
 */
final class Ordered {

    private static final long POLL_MILLIS = 50;

    private Ordered() {
    }

    /**
     * Applies {@code work} to every item on the workers and gives the results to {@code sink} in order;
     * an item whose rules were stopped gets {@code overrun} of the item and the message instead.
     */
    static <T, R> void map(Iterator<T> items, Workers workers, int window, Function<T, R> work,
                           java.util.function.BiFunction<T, String, R> overrun, Consumer<R> sink) {
        ArrayDeque<CompletableFuture<R>> inFlight = new ArrayDeque<>();
        try {
            while (true) {
                while (inFlight.size() < window && items.hasNext()) {
                    T item = items.next();
                    inFlight.add(workers.submit(() -> work.apply(item), message -> overrun.apply(item, message)));
                }
                if (inFlight.isEmpty()) {
                    return;
                }
                sink.accept(await(inFlight.poll(), workers));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <R> R await(CompletableFuture<R> future, Workers workers) {
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    workers.watch();
                }
            }
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
