package dev.teamfit.plan.bench;

import dev.teamfit.plan.Generated;
import dev.teamfit.plan.Limits;
import dev.teamfit.plan.PlanRequest;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.Planner;
import dev.teamfit.plan.Plans;
import dev.teamfit.plan.StaffingPlan;
import dev.teamfit.plan.solver.Baseline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The staffing optimiser against its greedy baseline on a generated portfolio (run by {@code bench/plan}).
 * Arguments: projects, people, months, the search's time limit in seconds, the seed; by default 200 projects,
 * 1,000 people, 24 months, 20 s, seed 42.
 *
 * <p>The baseline ({@link Baseline}): needs taken required first, each seat to the best-skilled person
 * with a quarter free in all its months, then a hire, one role per hire, shared across projects.
 */
public final class PlanBench {

    private PlanBench() {
    }

    public static void main(String[] args) {
        int projects = intArg(args, 0, 200);
        int people = intArg(args, 1, 1_000);
        int months = intArg(args, 2, 24);
        int seconds = intArg(args, 3, 20);
        long seed = intArg(args, 4, 42);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        Generated.Size size = new Generated.Size(projects, people, months, Math.max(1, months / 3), 9, 8, 2, projects / 2, 0.2, true);
        PlanRequest request = Plans.with(Generated.request(seed, size),
                new Limits(seed, 1_000_000, Duration.ofSeconds(seconds), 4));
        System.out.printf("portfolio: %d projects, %d people, %d months, %d bookings, seed %d; heap max %d MiB; %d cores%n",
                projects, people, months, request.bookings().size(), seed,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        long[] firstFeasible = {-1};
        long planStart = System.nanoTime();
        StaffingPlan plan = Planner.plan(request, line -> {
            if (firstFeasible[0] < 0 && line.startsWith("start:") && line.contains("[0]hard")) {
                firstFeasible[0] = System.nanoTime();
            }
            System.err.println("  " + line);
        });
        double planSeconds = seconds(planStart);
        // The baseline runs second, in a JVM the planner has warmed up: its time flatters it, not the planner.
        long start = System.nanoTime();
        StaffingPlan greedy = Baseline.plan(request);
        double greedySeconds = seconds(start);
        sampler.interrupt();

        System.out.printf("greedy baseline:      %s in %.2f s (%d hires)%n", levels(greedy.score()), greedySeconds,
                greedy.hires().size());
        System.out.printf("planner:              %s in %.2f s (%d hires)%n", levels(plan.score()), planSeconds,
                plan.hires().size());
        System.out.printf("first feasible plan:  %s%n", firstFeasible[0] < 0 ? "never"
                : String.format("%.2f s", (firstFeasible[0] - planStart) / 1e9));
        System.out.printf("planner better:       %s%n", Arrays.compare(array(plan.score()), array(greedy.score())) < 0);
        StringBuilder ratios = new StringBuilder();
        for (PlanScore.Level level : PlanScore.Level.values()) {
            long g = greedy.score().level(level);
            long p = plan.score().level(level);
            ratios.append(String.format("%s %s ", level.name().toLowerCase(), g == 0 ? (p == 0 ? "=" : "n/a")
                    : String.format("%.3f", (double) p / g)));
        }
        System.out.println("ratio planner/greedy: " + ratios.toString().trim());
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap:            %d MiB sampled in use, %d MiB sum of pool peaks%n", peak.get() >> 20,
                pools >> 20);
    }

    /** The levels only, such as {@code [0 | 0, 2, 14, 3, 0, -96]}: hard, then the soft levels. */
    private static String levels(PlanScore score) {
        List<Long> levels = score.levels();
        return "[" + levels.get(0) + " | " + levels.subList(1, levels.size()).stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + "]";
    }

    /** The levels, to compare two scores level by level (lower is better). */
    private static long[] array(PlanScore score) {
        return score.levels().stream().mapToLong(Long::longValue).toArray();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
