package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * A quarter of a person in a role on a project over a run of months: the planning entity. The solver seats a
 * worker in it or leaves it empty. A booked seat is pinned to its person, and a seat nobody may take stays empty.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private Integer id;
    private Need need;
    private boolean booked;
    @PlanningPin
    private boolean pinned;
    private Candidates candidates;
    @PlanningVariable(allowsUnassigned = true)
    private Worker worker;

    public Seat() {
        // For the solver's planning clones.
    }

    /** A seat whose candidates the model sets once it knows them. */
    public Seat(int id, Need need, Candidates candidates) {
        this.id = id;
        this.need = need;
        setCandidates(candidates);
    }

    /** A booking's seat, pinned to its person. */
    public static Seat booked(int id, Need need, Worker person) {
        Seat seat = new Seat(id, need, new Candidates(List.of(person)));
        seat.booked = true;
        seat.pinned = true;
        seat.worker = person;
        return seat;
    }

    public Integer getId() {
        return id;
    }

    public Need need() {
        return need;
    }

    public boolean isBooked() {
        return booked;
    }

    /** Who may take it. */
    public Candidates candidates() {
        return candidates;
    }

    void setCandidates(Candidates candidates) {
        this.candidates = candidates;
        this.pinned = booked || candidates == null || candidates.workers().isEmpty();
    }

    /** Whether the search leaves it as it is: a booking's seat, or one nobody may take. */
    public boolean isPinned() {
        return pinned;
    }

    public Worker getWorker() {
        return worker;
    }

    public void setWorker(Worker worker) {
        this.worker = worker;
    }

    /** The months of its run. */
    public List<Month> months() {
        return need.months();
    }

    /** How many months it spans: what every per-seat penalty is multiplied by. */
    public int length() {
        return need.length();
    }

    public String project() {
        return need.project();
    }

    @Override
    public String toString() {
        return need + "#" + id + "=" + worker;
    }
}
