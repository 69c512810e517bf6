package dev.teamfit.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs rules under a time limit. Drools can stop a rule set that re-fires itself (the firing limit),
 * but not a consequence that spins in plain Java: no call interrupts it. So the work runs on a
 * daemon thread of its own; past the limit it is abandoned (interrupted, in case it listens) and
 * the caller gets a {@link RuleFailure}; the process exit ends the thread.
 *
 * <p>The limit is on the CPU time of the rules' thread, not on the clock: a loaded machine, a
 * garbage collector short of heap or many threads on few cores slow a project down without making
 * it a runaway. A thread that stops using CPU without finishing (blocked in a consequence) is
 * abandoned after {@link #WALL_FACTOR} times the limit on the clock.
 */
public final class Watchdog {

    /** How many times the CPU limit a thread may take on the clock, whatever it does. */
    public static final int WALL_FACTOR = 20;

    private static final long POLL_MILLIS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = cpuTimeSupported();

    private Watchdog() {
    }

    /** The work's result, or a failure naming {@code what} when it takes longer than {@code limit}. */
    public static <T> T within(Duration limit, String what, Callable<T> work) throws RuleFailure {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "teamfit-rules");
        thread.setDaemon(true);
        long wallStart = System.nanoTime();
        thread.start();
        try {
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (overdue(thread, 0, wallStart, limit, 1)) {
                        thread.interrupt();
                        throw timedOut(limit, what);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleFailure("interrupted while the rules ran on " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RuleFailure("the rules failed on " + what + ": " + e.getCause(), e.getCause());
        }
    }

    /** The CPU time {@code thread} has used so far, in nanoseconds, or -1 where the JVM cannot tell. */
    public static long cpuNanos(Thread thread) {
        return CPU_TIME ? THREADS.getThreadCpuTime(thread.getId()) : -1;
    }

    /**
     * Whether work that started on {@code thread} when it had used {@code cpuStart} nanoseconds of CPU,
     * at {@code wallStart} on the clock, is past the limit: over {@code limit} of the thread's CPU time,
     * or over {@link #WALL_FACTOR} x {@code sharing} x {@code limit} on the clock, where {@code sharing}
     * is how many such threads share each core (a thread that gets a sixteenth of a core takes sixteen
     * times as long). Where the JVM cannot measure CPU time, the clock alone counts, at {@code limit}
     * x {@code sharing}.
     */
    public static boolean overdue(Thread thread, long cpuStart, long wallStart, Duration limit, int sharing) {
        long wall = System.nanoTime() - wallStart;
        long cpu = cpuNanos(thread);
        if (cpu < 0) {
            return wall > limit.toNanos() * Math.max(1, sharing);
        }
        return cpu - cpuStart > limit.toNanos() || wall > limit.toNanos() * WALL_FACTOR * Math.max(1, sharing);
    }

    /** The failure for work on {@code what} that ran past {@code limit}. */
    public static RuleFailure timedOut(Duration limit, String what) {
        return new RuleFailure("the rules did not finish " + what + " within " + seconds(limit)
                + " s of CPU time and were stopped; a rule's consequence may loop in plain Java. Raise --rule-timeout "
                + "if the rules are only slow.");
    }

    private static String seconds(Duration limit) {
        return dev.teamfit.model.Fte.format(limit.toMillis() / 1000.0);
    }

    private static boolean cpuTimeSupported() {
        try {
            if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
