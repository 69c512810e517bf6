package dev.teamfit.plan;

import dev.teamfit.plan.solver.StaffingSolver;

import java.util.function.Consumer;

/**
 * The staffing optimiser's entry point: from the roles projects need and a pool of people, a plan of who fills
 * which role at what FTE month by month, what to train, and the fewest hires. See the package description for
 * the objective and how hires are modelled.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * Plans the request.
     *
     * @param progress receives a line now and then while the search runs (its text is for people, not parsing)
     * @throws IllegalArgumentException when the request has no project, repeats a project id or a person's
     *                                  name, or books someone who is not in the pool
     */
    public static StaffingPlan plan(PlanRequest request, Consumer<String> progress) {
        return StaffingSolver.plan(request, progress);
    }
}
