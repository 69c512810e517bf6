package dev.teamfit.plan.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A greedy plan, in one pass and without search: the planner's starting point, and the baseline it is measured
 * against.
 *
 * <p>Needs are taken required first, then by first month, in the request's project and role order. Each empty
 * seat of a need goes to the best-skilled person with a quarter free in every month of the seat: fewest levels
 * short of the need, then someone who declares the role rather than an overlapping one, then someone already on
 * the need, then the cheaper, then the pool's order. When nobody is free, the seat goes to a hire: the first hire
 * already opened that has room and may fill the role, else a new one; when hiring is not allowed, it stays empty.
 */
public final class Greedy {

    /** How hires are shared between roles. */
    public enum Hires {
        /** A hire fills any roles of its group (roles that all overlap each other): the planner's start. */
        SHARED,
        /** A hire fills one role only, on any projects: the baseline. */
        PER_ROLE
    }

    private final Map<Worker, int[]> free = new IdentityHashMap<>();
    private final Map<Worker, Set<String>> opened = new LinkedHashMap<>();
    private final Hires hires;

    private Greedy(StaffingModel model, Hires hires) {
        this.hires = hires;
        for (Worker worker : model.staffing().getWorkers()) {
            free.put(worker, model.months().stream().mapToInt(worker::capacity).toArray());
        }
    }

    /** Fills the model's empty seats. */
    public static void fill(StaffingModel model, Hires hires) {
        Greedy greedy = new Greedy(model, hires);
        List<Need> needs = new ArrayList<>(model.seats().keySet());
        needs.sort(Comparator.comparing((Need need) -> !need.required()).thenComparingInt(need -> need.first().index()));
        for (Need need : needs) {
            greedy.fill(need, model.seats().get(need));
        }
    }

    private void fill(Need need, List<Seat> seats) {
        Set<Worker> onNeed = new HashSet<>();
        int[] shortfall = null;
        for (Seat seat : seats) {
            if (seat.isBooked() || seat.getWorker() != null) {
                continue;
            }
            List<Worker> candidates = seat.candidates().workers();
            if (shortfall == null) {
                shortfall = candidates.stream().mapToInt(worker -> worker.shortfall(need)).toArray();
            }
            Worker worker = bestPerson(need, candidates, shortfall, onNeed);
            if (worker == null) {
                worker = hire(seat);
            }
            if (worker != null) {
                seat.setWorker(worker);
                take(worker, need);
                onNeed.add(worker);
            }
        }
    }

    /**
     * The best of the candidates with room: fewest levels short, then declaring the role, then already on the
     * need, then the cheaper, then the first.
     */
    private Worker bestPerson(Need need, List<Worker> candidates, int[] shortfall, Set<Worker> onNeed) {
        Worker best = null;
        long[] bestKey = null;
        for (int i = 0; i < candidates.size(); i++) {
            Worker worker = candidates.get(i);
            if (worker.isHire() || !fits(worker, need)) {
                continue;
            }
            long[] key = {shortfall[i], need.role().equals(worker.via(need)) ? 0 : 1, onNeed.contains(worker) ? 0 : 1,
                    worker.cost()};
            if (best == null || java.util.Arrays.compare(key, bestKey) < 0) {
                best = worker;
                bestKey = key;
            }
        }
        return best;
    }

    private Worker hire(Seat seat) {
        Need need = seat.need();
        for (Map.Entry<Worker, Set<String>> hire : opened.entrySet()) {
            boolean mayShare = hires == Hires.SHARED || hire.getValue().equals(Set.of(need.role()));
            if (mayShare && seat.candidates().accepts(hire.getKey()) && fits(hire.getKey(), need)) {
                hire.getValue().add(need.role());
                return hire.getKey();
            }
        }
        for (Worker worker : seat.candidates().workers()) {
            if (worker.isHire() && !opened.containsKey(worker) && fits(worker, need)) {
                opened.put(worker, new HashSet<>(Set.of(need.role())));
                return worker;
            }
        }
        return null;
    }

    private boolean fits(Worker worker, Need need) {
        int[] left = free.get(worker);
        for (Month month : need.months()) {
            if (left[month.index()] < 1) {
                return false;
            }
        }
        return true;
    }

    private void take(Worker worker, Need need) {
        int[] left = free.get(worker);
        for (Month month : need.months()) {
            left[month.index()]--;
        }
    }
}
