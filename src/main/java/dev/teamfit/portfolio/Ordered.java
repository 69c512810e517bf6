package dev.teamfit.portfolio;

import dev.teamfit.engine.Watchdog;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on a thread pool and hands the results on in input order, with at most a small window
 * of items in flight, so that memory stays flat and the output does not depend on the thread count.
 * An item whose work runs past the time limit ends the whole run with a {@link Portfolio.TimedOut}: its thread
 * cannot be stopped (see {@link Watchdog}), only abandoned.
 */
final class Ordered {

    private static final long POLL_MILLIS = 50;

    private Ordered() {
    }

    /**
     * Applies {@code work} to every item on {@code pool} and gives the results to {@code sink} in
     * order; {@code label} names an item in the time-out message.
     */
    static <T, R> void map(Iterator<T> items, ExecutorService pool, int window, Duration limit,
                           Function<T, String> label, Function<T, R> work, Consumer<R> sink) {
        Map<T, Long> running = new ConcurrentHashMap<>();
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                T item = items.next();
                inFlight.add(pool.submit(() -> {
                    running.put(item, System.nanoTime());
                    try {
                        return work.apply(item);
                    } finally {
                        running.remove(item);
                    }
                }));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll(), running, limit, label));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll(), running, limit, label));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <T, R> R await(Future<R> future, Map<T, Long> running, Duration limit, Function<T, String> label) {
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    for (Map.Entry<T, Long> entry : running.entrySet()) {
                        if (now - entry.getValue() > limit.toNanos()) {
                            throw new Portfolio.TimedOut(Watchdog.timedOut(limit, label.apply(entry.getKey())).getMessage());
                        }
                    }
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
