package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.teamfit.plan.Limits;
import dev.teamfit.plan.PlanRequest;
import dev.teamfit.plan.StaffingPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Runs the planner (see the package description): configured in Java, with one solver thread. */
public final class StaffingSolver {

    /** Unused hire placeholders kept per group after the greedy start (see {@link StaffingModel#keepHires}). */
    private static final int SPARE_HIRES = 2;
    /** Up to this many moves, each step of the search tries them all. */
    private static final long WHOLE_NEIGHBOURHOOD = 2_000;

    /** At most this many sampled moves per step on a larger neighbourhood. */
    private static final long SAMPLED_MOVES = 200;

    private StaffingSolver() {
    }

    public static StaffingPlan plan(PlanRequest request, Consumer<String> progress) {
        long started = System.nanoTime();
        Solved solved = solve(request, progress, started);
        ScoreAnalysis<BendableLongScore> analysis = solved.manager().analyze(solved.staffing());
        progress.accept(String.format("done: %s at %d ms", solved.staffing().getScore(), millisSince(started)));
        return PlanWriter.write(solved.model(), solved.staffing(), analysis);
    }

    /** A solved staffing, its model, and the manager that scores and explains it. */
    record Solved(StaffingModel model, Staffing staffing, SolutionManager<Staffing, BendableLongScore> manager) {
    }

    /** The greedy start, then the search: the best staffing found. */
    static Solved solve(PlanRequest request, Consumer<String> progress, long started) {
        StaffingModel model = new StaffingModel(request);
        Greedy.fill(model, Greedy.Variant.PLANNER);
        Staffing staffing = model.staffing();
        model.keepHires(hiresIn(staffing), SPARE_HIRES);
        List<Seat> free = staffing.getSeats().stream().filter(seat -> !seat.isPinned()).toList();
        int movable = free.size();
        long moves = free.stream().mapToLong(seat -> seat.candidates().workers().size()).sum()
                + (long) movable * (movable - 1) / 2;
        SolverFactory<Staffing> factory = SolverFactory.create(config(request.limits(), movable, moves));
        SolutionManager<Staffing, BendableLongScore> manager = SolutionManager.create(factory);
        manager.update(staffing);
        progress.accept(String.format("start: %d seats, %d months, %d workers; greedy plan %s at %d ms",
                staffing.getSeats().size(), model.months().size(), staffing.getWorkers().size(), staffing.getScore(),
                millisSince(started)));
        Staffing best = staffing;
        if (movable == 1) {
            bestForTheOnlySeat(staffing, manager);
        } else if (movable > 1) {
            Solver<Staffing> solver = factory.buildSolver();
            long[] lastReport = {System.nanoTime()};
            solver.addEventListener(event -> {
                if (System.nanoTime() - lastReport[0] > 1_000_000_000L) {
                    lastReport[0] = System.nanoTime();
                    progress.accept(String.format("best %s at %d ms", event.getNewBestScore(), millisSince(started)));
                }
            });
            best = solver.solve(staffing);
            HireRegrouping.apply(model, best, manager);
        }
        return new Solved(model, best, manager);
    }

    /**
     * With a single seat to decide, tabu search cannot run (the seat would be tabu after one step): every
     * candidate is scored instead, the first best kept.
     */
    private static void bestForTheOnlySeat(Staffing staffing, SolutionManager<Staffing, BendableLongScore> manager) {
        Seat seat = staffing.getSeats().stream().filter(s -> !s.isPinned()).findFirst().orElseThrow();
        Worker best = seat.getWorker();
        BendableLongScore bestScore = staffing.getScore();
        List<Worker> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(seat.candidates().workers());
        for (Worker worker : choices) {
            seat.setWorker(worker);
            BendableLongScore score = manager.update(staffing);
            if (score.compareTo(bestScore) > 0) {
                best = worker;
                bestScore = score;
            }
        }
        seat.setWorker(best);
        manager.update(staffing);
    }

    /**
     * Tabu search, as it always moves on from a plan none of whose neighbours it tries is as good (late acceptance
     * would then stall inside a step, as happens on small plans). Each step takes the best move that keeps workers
     * on seats they may take: of all of them when there are at most {@value #WHOLE_NEIGHBOURHOOD}, else of a random
     * sample. The seats moved in the last steps stay put: at most half the seats less one (a swap moves two), so a
     * seat is always free to move; with two seats, only change moves.
     *
     * @param movable the seats the search may change, at least 2 for a search
     * @param moves   how many change and swap moves there are, about
     */
    static SolverConfig config(Limits limits, int movable, long moves) {
        TerminationConfig termination = new TerminationConfig().withUnimprovedStepCountLimit(unimprovedSteps(limits, movable));
        if (limits.timeLimit() != null) {
            termination.setSpentLimit(limits.timeLimit());
        }
        LocalSearchAcceptorConfig tabu = new LocalSearchAcceptorConfig()
                .withEntityTabuSize(Math.max(1, Math.min(movable / 10, (movable - 1) / 2)));
        boolean whole = moves <= WHOLE_NEIGHBOURHOOD;
        LocalSearchForagerConfig forager = new LocalSearchForagerConfig()
                .withAcceptedCountLimit(whole ? Integer.MAX_VALUE : (int) Math.max(50, Math.min(SAMPLED_MOVES, moves / 10)));
        SelectionOrder order = whole ? SelectionOrder.ORIGINAL : SelectionOrder.RANDOM;
        MoveSelectorConfig<?> change = new ChangeMoveSelectorConfig().withFilterClass(EligibleMoves.Change.class)
                .withSelectionOrder(order);
        MoveSelectorConfig<?> moveSelector = movable <= 2 ? change : new UnionMoveSelectorConfig()
                .withMoveSelectors(change, new SwapMoveSelectorConfig().withFilterClass(EligibleMoves.Swap.class)
                        .withSelectionOrder(order))
                .withSelectionOrder(order);
        return new SolverConfig()
                .withSolutionClass(Staffing.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(StaffingConstraints.class)
                .withRandomSeed(limits.seed())
                .withPhases(new LocalSearchPhaseConfig()
                        .withAcceptorConfig(tabu)
                        .withForagerConfig(forager)
                        .withMoveSelectorConfig(moveSelector))
                .withTerminationConfig(termination);
    }

    /**
     * The limit's steps without improvement, or, when it leaves them to the plan ({@link Limits#SIZED}), one per two
     * movable seats, at least 50 and at most 500: a team's plan settles in a few hundred steps, and a count keeps
     * the plan reproducible where a time limit would not.
     */
    static int unimprovedSteps(Limits limits, int movable) {
        return limits.unimprovedSteps() != Limits.SIZED ? limits.unimprovedSteps()
                : Math.max(50, Math.min(500, movable / 2));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Set<Worker> hiresIn(Staffing staffing) {
        return staffing.getSeats().stream().map(Seat::getWorker).filter(Objects::nonNull).filter(Worker::isHire)
                .collect(Collectors.toSet());
    }
}
