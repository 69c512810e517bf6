package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.teamfit.plan.PlanRequest;
import dev.teamfit.plan.StaffingPlan;

/**
 * The baseline the planner is measured against ({@code bench/plan}), with no search: each need, required ones
 * first, takes the best-skilled people with room, then hires, one role per hire.
 */
public final class Baseline {

    private Baseline() {
    }

    public static StaffingPlan plan(PlanRequest request) {
        StaffingModel model = new StaffingModel(request);
        Greedy.fill(model, Greedy.Variant.BASELINE);
        SolutionManager<Staffing, BendableLongScore> manager =
                SolutionManager.create(SolverFactory.create(StaffingSolver.config(request.limits(), 0, 0)));
        return PlanWriter.write(model, model.staffing(), manager.analyze(model.staffing()));
    }
}
