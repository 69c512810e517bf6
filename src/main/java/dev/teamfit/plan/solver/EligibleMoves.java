package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

/**
 * Filters that keep the search from trying a worker on a seat they may not take (see {@link Candidates}): such
 * a move breaks a hard constraint, so evaluating it would only waste time.
 */
public final class EligibleMoves {

    private EligibleMoves() {
    }

    /** A change move seats a candidate, or empties the seat. */
    public static final class Change implements SelectionFilter<Staffing, ChangeMove<Staffing>> {
        @Override
        public boolean accept(ScoreDirector<Staffing> scoreDirector, ChangeMove<Staffing> move) {
            return ((Seat) move.getEntity()).candidates().accepts((Worker) move.getToPlanningValue());
        }
    }

    /** A swap move leaves each worker on a seat they may take. */
    public static final class Swap implements SelectionFilter<Staffing, SwapMove<Staffing>> {
        @Override
        public boolean accept(ScoreDirector<Staffing> scoreDirector, SwapMove<Staffing> move) {
            Seat left = (Seat) move.getLeftEntity();
            Seat right = (Seat) move.getRightEntity();
            return left.candidates().accepts(right.getWorker()) && right.candidates().accepts(left.getWorker());
        }
    }
}
