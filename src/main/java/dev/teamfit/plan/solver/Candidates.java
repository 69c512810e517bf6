package dev.teamfit.plan.solver;

import java.util.BitSet;
import java.util.List;

/**
 * Who may take a need's seats: people who declare its role or an overlapping one and have a quarter free in
 * each of its months, then the hire placeholders allowed for it. The seats of a need share one instance; the
 * search's moves ask it in constant time ({@link EligibleMoves}).
 */
public final class Candidates {

    private final List<Worker> workers;
    private final BitSet indices = new BitSet();

    Candidates(List<Worker> workers) {
        this.workers = List.copyOf(workers);
        this.workers.forEach(worker -> indices.set(worker.index()));
    }

    /** In pool order, then the placeholders by group. */
    public List<Worker> workers() {
        return workers;
    }

    /** Whether the worker may take the seat; anyone may leave it empty. */
    public boolean accepts(Worker worker) {
        return worker == null || indices.get(worker.index());
    }
}
