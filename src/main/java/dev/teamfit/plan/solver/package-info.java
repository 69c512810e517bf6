/**
 * The optimiser as a Timefold model, read like a Timefold quickstart: {@link dev.teamfit.plan.solver.Staffing}
 * is the planning solution, {@link dev.teamfit.plan.solver.Seat} (a quarter of a person in a role on a project
 * over a run of months) the planning entity, {@link dev.teamfit.plan.solver.Worker} (a person or a hire
 * placeholder) its value, and {@link dev.teamfit.plan.solver.StaffingConstraints} the constraints, one method
 * per rule, whose matches carry {@link dev.teamfit.plan.solver.Because} justifications that become the plan's
 * reasons.
 *
 * <p>{@link dev.teamfit.plan.solver.StaffingSolver} runs it: the model
 * ({@link dev.teamfit.plan.solver.StaffingModel}), a greedy start ({@link dev.teamfit.plan.solver.Greedy}, which
 * makes room along a chain of seats before it hires: a move the local search rarely finds, each of its steps
 * alone making the plan worse), then Timefold's tabu search, configured in Java, with one thread, then
 * {@link dev.teamfit.plan.solver.HireRegrouping} (seats lined up with the run before, hired work regrouped). The greedy start
 * replaces Timefold's construction heuristic, which on a variable that may stay unassigned tries "unassigned"
 * first and evaluates every worker for every seat (millions of moves at the benchmark's size).
 */
package dev.teamfit.plan.solver;
