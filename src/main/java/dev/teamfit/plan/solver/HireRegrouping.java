package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rearrangements after the search (see the {@link dev.teamfit.plan} package): hires have no skill shortfall
 * and a full person's capacity, so regrouping changes only who of a group's recruits does which hired quarter.
 * The search rarely finds them itself: it moves one or two seats at a time, and each step alone changes nothing
 * or breaks a hire's continuity.
 */
final class HireRegrouping {

    private HireRegrouping() {
    }

    /**
     * Lines up each need's seats with the run before, then regroups the staffing's hired work, each kept when it
     * scores better; the staffing's score is up to date after.
     */
    static void apply(StaffingModel model, Staffing staffing, SolutionManager<Staffing, BendableLongScore> manager) {
        keepIfBetter(staffing, manager, () -> alignSlots(staffing));
        keepIfBetter(staffing, manager, () -> {
            boolean changed = false;
            for (List<Worker> placeholders : model.hires().values()) {
                // A fresh hire for a role first, so that hires share roles least; when that leaves work over, the
                // hires already working first, so that roles share a hire only where the group's hires run out.
                Set<Worker> group = Set.copyOf(placeholders);
                changed |= regroup(model, staffing, group, true) || regroup(model, staffing, group, false);
            }
            return changed;
        });
    }

    private static void keepIfBetter(Staffing staffing, SolutionManager<Staffing, BendableLongScore> manager,
                                     java.util.function.BooleanSupplier change) {
        BendableLongScore before = manager.update(staffing);
        Map<Seat, Worker> original = new IdentityHashMap<>();
        staffing.getSeats().forEach(seat -> original.put(seat, seat.getWorker()));
        if (change.getAsBoolean() && manager.update(staffing).compareTo(before) <= 0) {
            original.forEach(Seat::setWorker);
            manager.update(staffing);
        }
    }

    /**
     * The workers of each need's free seats put in the slots where they were the run before, in run order: the
     * seats of a need are alike but for which slot of the next run continues them, so this changes nothing but
     * the changes of person the search left between slots.
     */
    private static boolean alignSlots(Staffing staffing) {
        Map<Need, List<Seat>> byNeed = new LinkedHashMap<>();
        Map<Seat.Slot, Seat> byNext = new HashMap<>();
        for (Seat seat : staffing.getSeats()) {
            if (!seat.isPinned()) {
                byNeed.computeIfAbsent(seat.need(), n -> new ArrayList<>()).add(seat);
                byNext.put(seat.nextKey(), seat);
            }
        }
        List<Need> needs = new ArrayList<>(byNeed.keySet());
        needs.sort(Comparator.comparing(Need::project).thenComparing(Need::role)
                .thenComparingInt(need -> need.first().index()));
        boolean changed = false;
        for (Need need : needs) {
            List<Seat> seats = byNeed.get(need);
            seats.sort(Comparator.comparingInt(Seat::slot));
            List<Worker> left = new ArrayList<>(seats.stream().map(Seat::getWorker).toList());
            Worker[] placed = new Worker[seats.size()];
            for (int i = 0; i < seats.size(); i++) {
                Seat before = byNext.get(seats.get(i).startKey());
                Worker previous = before == null ? null : before.getWorker();
                if (previous != null && left.remove(previous)) {
                    placed[i] = previous;
                }
            }
            for (int i = 0; i < seats.size(); i++) {
                if (placed[i] == null) {
                    placed[i] = left.remove(0);
                }
                if (seats.get(i).getWorker() != placed[i]) {
                    seats.get(i).setWorker(placed[i]);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** One group's hired seats, dealt out again; false when they do not fit the group's hires in use. */
    private static boolean regroup(StaffingModel model, Staffing staffing, Set<Worker> group, boolean freshFirst) {
        List<Seat> hired = staffing.getSeats().stream()
                .filter(seat -> !seat.isPinned() && seat.getWorker() != null && group.contains(seat.getWorker()))
                .toList();
        List<Worker> bins = staffing.getSeats().stream().map(Seat::getWorker)
                .filter(worker -> worker != null && group.contains(worker)).distinct()
                .sorted(Comparator.comparingInt(Worker::index)).toList();
        if (bins.size() < 2) {
            return false;
        }
        // Chains: a seat and its continuations in the next runs, all hired.
        Map<Seat.Slot, Seat> byStart = new HashMap<>();
        hired.forEach(seat -> byStart.put(seat.startKey(), seat));
        Set<Seat> continued = new HashSet<>();
        hired.forEach(seat -> {
            Seat next = byStart.get(seat.nextKey());
            if (next != null) {
                continued.add(next);
            }
        });
        List<List<Seat>> chains = new ArrayList<>();
        for (Seat seat : hired) {
            if (!continued.contains(seat)) {
                List<Seat> chain = new ArrayList<>();
                for (Seat s = seat; s != null; s = byStart.get(s.nextKey())) {
                    chain.add(s);
                }
                chains.add(chain);
            }
        }
        // Roles with the most hired work first; within a role, by project, slot and first month.
        Map<String, Integer> work = new HashMap<>();
        chains.forEach(chain -> chain.forEach(s -> work.merge(s.need().role(), s.length(), Integer::sum)));
        chains.sort(Comparator.<List<Seat>>comparingInt(chain -> -work.get(chain.get(0).need().role()))
                .thenComparing(chain -> chain.get(0).need().role())
                .thenComparing(chain -> chain.get(0).project())
                .thenComparingInt(chain -> chain.get(0).need().first().index())
                .thenComparingInt(chain -> chain.get(0).slot()));
        int months = model.months().size();
        Map<Worker, int[]> load = new LinkedHashMap<>();
        Map<Worker, Set<String>> roles = new HashMap<>();
        Map<Worker, Set<String>> shares = new HashMap<>();
        bins.forEach(bin -> {
            load.put(bin, new int[months]);
            roles.put(bin, new HashSet<>());
            shares.put(bin, new HashSet<>());
        });
        Map<Seat, Worker> chosen = new IdentityHashMap<>();
        for (List<Seat> chain : chains) {
            // The whole chain on one hire if one has room; else seat by seat, each on its predecessor's hire if
            // it can.
            Worker whole = place(bins, chain, load, roles, shares, freshFirst, null);
            List<List<Seat>> parts = whole != null ? List.of(chain) : chain.stream().map(List::of).toList();
            Worker previous = whole;
            for (List<Seat> part : parts) {
                Worker bin = whole != null ? whole : place(bins, part, load, roles, shares, freshFirst, previous);
                if (bin == null) {
                    return false;
                }
                int[] binLoad = load.get(bin);
                for (Seat seat : part) {
                    chosen.put(seat, bin);
                    seat.months().forEach(m -> binLoad[m.index()]++);
                }
                roles.get(bin).add(part.get(0).need().role());
                shares.get(bin).add(part.get(0).project() + "/" + part.get(0).need().role());
                previous = bin;
            }
        }
        chosen.forEach(Seat::setWorker);
        return true;
    }

    /** The hire for the seats: the previous one, one on the share, in the role, fresh or working, or any. */
    private static Worker place(List<Worker> bins, List<Seat> seats, Map<Worker, int[]> load,
                                Map<Worker, Set<String>> roles, Map<Worker, Set<String>> shares, boolean freshFirst,
                                Worker previous) {
        String role = seats.get(0).need().role();
        String share = seats.get(0).project() + "/" + role;
        if (previous != null && fits(previous, seats, load.get(previous))) {
            return previous;
        }
        Worker bin = pick(bins, seats, load, b -> shares.get(b).contains(share));
        if (bin == null) {
            bin = pick(bins, seats, load, b -> roles.get(b).contains(role));
        }
        if (bin == null) {
            bin = pick(bins, seats, load, b -> roles.get(b).isEmpty() == freshFirst);
        }
        return bin != null ? bin : pick(bins, seats, load, b -> true);
    }

    /** The first hire that may take every seat of the chain and has a quarter free in each of its months. */
    private static Worker pick(List<Worker> bins, List<Seat> chain, Map<Worker, int[]> load,
                               java.util.function.Predicate<Worker> wanted) {
        for (Worker bin : bins) {
            if (wanted.test(bin) && fits(bin, chain, load.get(bin))) {
                return bin;
            }
        }
        return null;
    }

    private static boolean fits(Worker bin, List<Seat> chain, int[] load) {
        for (Seat seat : chain) {
            if (!seat.candidates().accepts(bin)) {
                return false;
            }
            for (Month month : seat.months()) {
                if (load[month.index()] + 1 > bin.capacity(month)) {
                    return false;
                }
            }
        }
        return true;
    }
}
