package dev.teamfit.engine;

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
 * the caller gets a {@link RuleFailure}, to end the run; the process exit ends the thread.
 */
public final class Watchdog {

    private Watchdog() {
    }

    /** The work's result, or a failure naming {@code what} when it takes longer than {@code limit}. */
    public static <T> T within(Duration limit, String what, Callable<T> work) throws RuleFailure {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "teamfit-rules");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw timedOut(limit, what);
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

    /** The failure for work on {@code what} that ran past {@code limit}. */
    public static RuleFailure timedOut(Duration limit, String what) {
        return new RuleFailure("the rules did not finish " + what + " within " + seconds(limit)
                + " s and were stopped; a rule's consequence may loop in plain Java. Raise --rule-timeout if the "
                + "rules are only slow.");
    }

    private static String seconds(Duration limit) {
        return dev.teamfit.model.Fte.format(limit.toMillis() / 1000.0);
    }
}
