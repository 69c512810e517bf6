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
 * A greedy plan, in one pass and without search: the baseline the planner is measured against, and, with two
 * refinements, the planner's starting point. Needs are taken required first, then by first month, in the
 * request's project and role order; each empty seat goes to the best person with room ({@link #bestPerson}),
 * else to a hire already opened that has room and may fill the role, else to a new one, else stays empty.
 */
public final class Greedy {

    public enum Variant {
        /** The baseline: a hire fills one role only (on any projects); no room is made before hiring. */
        BASELINE,
        /**
         * The planner's start: room is made before hiring (an augmenting path, as in bipartite matching, which
         * local moves rarely find: each of its steps alone makes the plan worse), and a hire fills any roles of
         * its group.
         */
        PLANNER
    }

    /** Candidates an attempt to make room may look at, so that it stays cheap on a large pool. */
    private static final int ROOM_BUDGET = 4_000;

    private final Map<Worker, int[]> free = new IdentityHashMap<>();
    private final Map<Worker, List<Seat>> held = new IdentityHashMap<>();
    private final Map<Worker, Set<String>> opened = new LinkedHashMap<>();
    private final Map<Worker, Set<Need>> hiredNeeds = new IdentityHashMap<>();
    private final Variant variant;
    /** Each free seat by the key its continuation in the next run starts with. */
    private final Map<Seat.Slot, Seat> byNextKey = new java.util.HashMap<>();
    private int budget;

    private Greedy(StaffingModel model, Variant variant) {
        this.variant = variant;
        for (Seat seat : model.staffing().getSeats()) {
            if (!seat.isBooked()) {
                byNextKey.put(seat.nextKey(), seat);
            }
        }
        for (Worker worker : model.staffing().getWorkers()) {
            free.put(worker, model.months().stream().mapToInt(worker::capacity).toArray());
        }
    }

    public static void fill(StaffingModel model, Variant variant) {
        Greedy greedy = new Greedy(model, variant);
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
            Worker previous = variant == Variant.PLANNER ? previous(seat) : null;
            if (previous != null && !previous.isHire() && (worker == null
                    || (long) (previous.shortfall(need) - worker.shortfall(need)) * need.length()
                    <= dev.teamfit.plan.PlanRule.CHANGE_WEIGHT)) {
                worker = previous;
            }
            if (worker == null && variant == Variant.PLANNER) {
                budget = ROOM_BUDGET;
                worker = makeRoom(seat, 2, new HashSet<>());
            }
            if (worker == null) {
                worker = hire(seat);
            }
            if (worker != null) {
                seat(seat, worker);
                onNeed.add(worker);
            }
        }
    }

    /**
     * Who holds the seat's share in the run before, if they may take this seat and have room for it: keeping
     * them saves a change of person.
     */
    private Worker previous(Seat seat) {
        Seat before = byNextKey.get(seat.startKey());
        Worker worker = before == null ? null : before.getWorker();
        return worker != null && seat.candidates().accepts(worker) && fits(worker, seat.need()) ? worker : null;
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

    /**
     * A person who can take the seat once up to {@code depth} seats are moved along a chain: the person gives
     * up one of their seats covering the months they lack, which another person takes, directly or by making
     * room the same way. The moves are made; null when no chain is found.
     */
    private Worker makeRoom(Seat seat, int depth, Set<Worker> visited) {
        Need need = seat.need();
        for (Worker person : seat.candidates().workers()) {
            if (person.isHire() || visited.contains(person) || budget-- <= 0) {
                continue;
            }
            if (fits(person, need)) {
                return person;
            }
            if (depth == 0) {
                continue;
            }
            visited.add(person);
            for (Seat other : List.copyOf(held.getOrDefault(person, List.of()))) {
                if (!coversShortMonths(other, person, need)) {
                    continue;
                }
                unseat(other);
                Worker next = makeRoom(other, depth - 1, visited);
                if (next != null) {
                    seat(other, next);
                    return person;
                }
                seat(other, person);
            }
        }
        return null;
    }

    /** Whether the seat spans every month in which the person has no quarter free for the need. */
    private boolean coversShortMonths(Seat seat, Worker person, Need need) {
        int[] left = free.get(person);
        for (Month month : need.months()) {
            if (left[month.index()] < 1 && !seat.months().contains(month)) {
                return false;
            }
        }
        return true;
    }

    private void seat(Seat seat, Worker worker) {
        seat.setWorker(worker);
        take(worker, seat.need());
        if (!worker.isHire()) {
            held.computeIfAbsent(worker, w -> new ArrayList<>()).add(seat);
        } else {
            hiredNeeds.computeIfAbsent(worker, w -> new HashSet<>()).add(seat.need());
        }
    }

    private void unseat(Seat seat) {
        Worker worker = seat.getWorker();
        seat.setWorker(null);
        for (Month month : seat.months()) {
            free.get(worker)[month.index()]++;
        }
        held.get(worker).remove(seat);
    }

    private Worker hire(Seat seat) {
        Need need = seat.need();
        Worker previous = variant == Variant.PLANNER ? previous(seat) : null;
        if (previous != null && previous.isHire()) {
            opened.get(previous).add(need.role());
            return previous;
        }
        // The planner's start first tries the hires already on this need, then those already in this role, so
        // that a need's hired share goes to few recruits and a recruit to few roles; the baseline, only the latter.
        for (int pass = variant == Variant.PLANNER ? 0 : 1; pass < 3; pass++) {
            for (Map.Entry<Worker, Set<String>> hire : opened.entrySet()) {
                boolean sameRole = hire.getValue().equals(Set.of(need.role()))
                        || variant == Variant.PLANNER && hire.getValue().contains(need.role());
                boolean eligible = switch (pass) {
                    case 0 -> onNeed(hire.getKey(), need);
                    case 1 -> sameRole;
                    default -> variant == Variant.PLANNER;
                };
                if (eligible && seat.candidates().accepts(hire.getKey()) && fits(hire.getKey(), need)) {
                    hire.getValue().add(need.role());
                    return hire.getKey();
                }
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

    /** Whether the hire already holds a seat of the need. */
    private boolean onNeed(Worker hire, Need need) {
        return hiredNeeds.getOrDefault(hire, Set.of()).contains(need);
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
