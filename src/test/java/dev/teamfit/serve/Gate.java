package dev.teamfit.serve;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A gate a test rule's consequence waits at, holding its worker, until the test opens it. */
public final class Gate {

    private static volatile CountDownLatch open = new CountDownLatch(1);
    private static volatile CountDownLatch reached = new CountDownLatch(1);

    private Gate() {
    }

    /** Called by the rule: says it is here, then waits (a minute at most, so that a failed test ends). */
    public static void pass() {
        reached.countDown();
        try {
            open.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void close() {
        open = new CountDownLatch(1);
        reached = new CountDownLatch(1);
    }

    static boolean awaitReached() throws InterruptedException {
        return reached.await(1, TimeUnit.MINUTES);
    }

    static void open() {
        open.countDown();
    }
}
