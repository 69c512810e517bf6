package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.teamfit.plan.Limits;
import dev.teamfit.plan.PlanRequest;
import dev.teamfit.plan.StaffingPlan;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the planner: the model, the greedy start ({@link Greedy}), Timefold's local search from it, and the plan
 * with its score analysis. Configured in Java; one solver thread; stopped by a count of steps without
 * improvement, so the same request and seed give the same plan, unless a time limit stops it first.
 */
public final class StaffingSolver {

    /** Unused hire placeholders kept per group after the greedy start (see {@link StaffingModel#keepHires}). */
    private static final int SPARE_HIRES = 2;

    private StaffingSolver() {
    }

    /** The planner's plan. */
    public static StaffingPlan plan(PlanRequest request, Consumer<String> progress) {
        long started = System.nanoTime();
        StaffingModel model = StaffingModel.of(request);
        Greedy.fill(model, Greedy.Hires.SHARED);
        Staffing staffing = model.staffing();
        model.keepHires(hiresIn(staffing), SPARE_HIRES);
        SolverFactory<Staffing> factory = SolverFactory.create(config(request.limits()));
        SolutionManager<Staffing, BendableLongScore> manager = SolutionManager.create(factory);
        manager.update(staffing);
        progress.accept(String.format("start: %d seats, %d months, %d workers; greedy plan %s at %d ms",
                staffing.getSeats().size(), model.months().size(), staffing.getWorkers().size(), staffing.getScore(),
                millisSince(started)));
        Staffing best = staffing;
        if (staffing.getSeats().stream().anyMatch(seat -> !seat.isBooked())) {
            Solver<Staffing> solver = factory.buildSolver();
            long[] lastReport = {System.nanoTime()};
            solver.addEventListener(event -> {
                if (System.nanoTime() - lastReport[0] > 1_000_000_000L) {
                    lastReport[0] = System.nanoTime();
                    progress.accept(String.format("best %s at %d ms", event.getNewBestScore(), millisSince(started)));
                }
            });
            best = solver.solve(staffing);
        }
        ScoreAnalysis<BendableLongScore> analysis = manager.analyze(best);
        progress.accept(String.format("done: %s at %d ms", best.getScore(), millisSince(started)));
        return PlanWriter.write(model, best, analysis);
    }

    /** The baseline: the greedy plan with a hire per role, no search. */
    public static StaffingPlan greedy(PlanRequest request) {
        StaffingModel model = StaffingModel.of(request);
        Greedy.fill(model, Greedy.Hires.PER_ROLE);
        SolutionManager<Staffing, BendableLongScore> manager =
                SolutionManager.create(SolverFactory.create(config(request.limits())));
        return PlanWriter.write(model, model.staffing(), manager.analyze(model.staffing()));
    }

    static SolverConfig config(Limits limits) {
        TerminationConfig termination = new TerminationConfig().withUnimprovedStepCountLimit(limits.unimprovedSteps());
        if (limits.timeLimit() != null) {
            termination.setSpentLimit(limits.timeLimit());
        }
        return new SolverConfig()
                .withSolutionClass(Staffing.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(StaffingConstraints.class)
                .withRandomSeed(limits.seed())
                .withPhases(experiment(new LocalSearchPhaseConfig())
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig().withFilterClass(EligibleMoves.Change.class),
                                new SwapMoveSelectorConfig().withFilterClass(EligibleMoves.Swap.class))))
                .withTerminationConfig(termination);
    }

    private static LocalSearchPhaseConfig experiment(LocalSearchPhaseConfig config) {
        String type = System.getProperty("plan.ls", "tabu");
        if (type.equals("tabu")) {
            return config.withAcceptorConfig(new ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig()
                    .withEntityTabuRatio(Double.parseDouble(System.getProperty("plan.tabu", "0.1"))))
                    .withForagerConfig(new ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig()
                            .withAcceptedCountLimit(Integer.getInteger("plan.accepted", 1000)));
        }
        return config.withAcceptorConfig(new ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig()
                .withLateAcceptanceSize(Integer.getInteger("plan.la", 400)))
                .withForagerConfig(new ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig()
                        .withAcceptedCountLimit(1));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Set<Worker> hiresIn(Staffing staffing) {
        return staffing.getSeats().stream().map(Seat::getWorker).filter(Objects::nonNull).filter(Worker::isHire)
                .collect(Collectors.toSet());
    }
}
