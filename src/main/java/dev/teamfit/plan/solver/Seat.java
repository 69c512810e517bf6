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
    private int slot;
    private Slot startKey;
    private Slot nextKey;
    private boolean booked;
    @PlanningPin
    private boolean pinned;
    private Candidates candidates;
    @PlanningVariable(allowsUnassigned = true)
    private Worker worker;

    public Seat() {
        // For the solver's planning clones.
    }

    /** The {@code slot}-th free quarter of its need; the model sets its candidates once it knows them. */
    public Seat(int id, Need need, int slot, Candidates candidates) {
        this.id = id;
        this.need = need;
        this.slot = slot;
        setCandidates(candidates);
    }

    /** A booking's seat, pinned to its person. */
    public static Seat booked(int id, Need need, Worker person) {
        Seat seat = new Seat(id, need, 0, new Candidates(List.of(person)));
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

    /**
     * Which free quarter of its need it is, counted from 0 in every run of months: the seat of the same project,
     * role and slot in the next run is its continuation, and a different worker there is a change of person.
     */
    public int slot() {
        return slot;
    }

    /** The key it shares with its continuation in the previous run: project, role, slot and first month. */
    public Slot startKey() {
        if (startKey == null) {
            startKey = new Slot(need.project(), need.role(), slot, need.first().index());
        }
        return startKey;
    }

    /** The key its continuation in the next run starts with: project, role, slot and the month after its last. */
    public Slot nextKey() {
        if (nextKey == null) {
            nextKey = new Slot(need.project(), need.role(), slot, need.last().index() + 1);
        }
        return nextKey;
    }

    /** A (project, role, slot) share of need at a month: what a seat and its continuation join on. */
    public record Slot(String project, String role, int slot, int month) {
    }

    public boolean isBooked() {
        return booked;
    }

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
