package dev.teamfit.plan.solver;

import dev.teamfit.plan.Generated;
import dev.teamfit.plan.Limits;
import dev.teamfit.plan.PlanRequest;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import dev.teamfit.plan.PlanRule;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * On small generated requests (up to 3 projects, 8 people, 6 months), a branch-and-bound search through every
 * way to fill the seats, scored from the constraints' definitions rather than their streams, finds no plan better
 * than the planner's; and those definitions score the planner's own plan as the constraints do.
 */
class ExhaustiveSearchTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void thePlannerFindsTheOptimum(long seed) {
        PlanRequest request = Plans.with(Generated.request(seed, Generated.Size.small(seed)), new Limits(seed, 200, null, 6));
        StaffingSolver.Solved solved = StaffingSolver.solve(request, line -> { }, System.nanoTime());
        long[] planned = levels(solved.staffing().getScore());
        Search check = new Search(solved.model(), solved.staffing(), planned, false);
        assertArrayEquals(planned, check.score(check.seats.size()),
                "seed " + seed + ": the constraints and their definitions score the plan alike");

        StaffingModel model = new StaffingModel(request);
        Search search = new Search(model, model.staffing(), planned, true);
        search.run();
        assertNull(search.better, () -> "seed " + seed + ": a better plan exists: " + Arrays.toString(search.better)
                + " than " + Arrays.toString(planned));
    }

    /** Penalties level by level, as {@link PlanScore#levels()} has them. */
    private static long[] levels(BendableLongScore score) {
        long[] levels = new long[Staffing.HARD_LEVELS + Staffing.SOFT_LEVELS];
        levels[0] = -score.hardScore(0);
        for (int i = 0; i < Staffing.SOFT_LEVELS; i++) {
            levels[i + 1] = -score.softScore(i);
        }
        return levels;
    }

    /**
     * Depth-first search for a plan strictly better than the planner's, over the movable seats of a model with
     * every hire placeholder: a group's placeholders opened in order (they are interchangeable; a need's seats are
     * not, as each continues its slot of the run before). A branch is cut when a level-by-level lower bound on
     * its every completion is no better than the planner's score.
     */
    private static final class Search {
        private final StaffingModel model;
        private final Map<Need, List<Seat>> byNeed = new java.util.LinkedHashMap<>();
        private final List<Seat> seats = new ArrayList<>();
        private final Map<Worker, int[]> load = new IdentityHashMap<>();
        private final Map<Worker, Integer> hireOrdinal = new IdentityHashMap<>();
        private final Map<Worker, List<Worker>> groupOf = new IdentityHashMap<>();
        private final Map<Seat, Integer> position = new IdentityHashMap<>();
        private final int months;
        private final long[] planned;
        private long[] better;

        /**
         * @param staffing the model's staffing, or a solved copy of it
         * @param empty    whether to empty the movable seats first (else they are scored as they are)
         */
        Search(StaffingModel model, Staffing staffing, long[] planned, boolean empty) {
            this.model = model;
            staffing.getSeats().forEach(seat -> byNeed.computeIfAbsent(seat.need(), n -> new ArrayList<>()).add(seat));
            this.months = model.months().size();
            this.planned = planned;
            byNeed.values().forEach(list -> list.stream().filter(seat -> !seat.isPinned()).forEach(seats::add));
            model.hires().values().forEach(group -> {
                for (int i = 0; i < group.size(); i++) {
                    hireOrdinal.put(group.get(i), i);
                    groupOf.put(group.get(i), group);
                }
            });
            if (empty) {
                seats.forEach(seat -> seat.setWorker(null));
            }
            for (int i = 0; i < seats.size(); i++) {
                position.put(seats.get(i), i);
            }
        }

        void run() {
            descend(0);
        }

        private void descend(int index) {
            if (better != null) {
                return;
            }
            if (index == seats.size()) {
                long[] score = score(index);
                if (Arrays.compare(score, planned) < 0) {
                    better = score;
                }
                return;
            }
            if (Arrays.compare(bound(index), planned) >= 0) {
                return;
            }
            Seat seat = seats.get(index);
            List<Worker> values = new ArrayList<>();
            values.add(null);
            values.addAll(seat.candidates().workers());
            // A need's seats are not interchangeable: each continues the same slot of the run before (continuity).
            for (int v = 0; v < values.size(); v++) {
                Worker worker = values.get(v);
                if (worker != null && (!fits(worker, seat) || !nextPlaceholder(worker))) {
                    continue;
                }
                seat.setWorker(worker);
                take(worker, seat, 1);
                descend(index + 1);
                take(worker, seat, -1);
                seat.setWorker(null);
            }
        }

        private boolean fits(Worker worker, Seat seat) {
            int[] used = load.get(worker);
            return seat.months().stream().allMatch(m -> worker.capacity(m) - (used == null ? 0 : used[m.index()]) >= 1);
        }

        /** A placeholder is used only once every earlier one of its group is. */
        private boolean nextPlaceholder(Worker worker) {
            if (!worker.isHire() || load.containsKey(worker)) {
                return true;
            }
            List<Worker> group = groupOf.get(worker);
            int ordinal = hireOrdinal.get(worker);
            return ordinal == 0 || load.containsKey(group.get(ordinal - 1));
        }

        private void take(Worker worker, Seat seat, int sign) {
            if (worker == null) {
                return;
            }
            int[] used = load.computeIfAbsent(worker, w -> new int[months]);
            seat.months().forEach(m -> used[m.index()] += sign);
            if (Arrays.stream(used).allMatch(q -> q == 0)) {
                load.remove(worker);
            }
        }

        /**
         * A lower bound on every completion of the seats before {@code index}, level by level. Empty seats only
         * add to the unstaffed level, so when that level already equals the planner's, a completion no better
         * fills every remaining seat; and when the hires already equal the planner's too, it fills each with a
         * person or a hire already working: at least the fewest levels short and the lowest cost among those
         * who still have room (room only shrinks deeper down).
         */
        private long[] bound(int index) {
            long[] bound = score(index);
            bound[PlanScore.Level.PACKING.ordinal()] = Long.MIN_VALUE / 2;
            if (bound[PlanScore.Level.UNSTAFFED.ordinal()] < planned[PlanScore.Level.UNSTAFFED.ordinal()]) {
                Arrays.fill(bound, PlanScore.Level.HIRES.ordinal(), bound.length, Long.MIN_VALUE / 2);
                return bound;
            }
            boolean newHires = bound[PlanScore.Level.HIRES.ordinal()] < planned[PlanScore.Level.HIRES.ordinal()];
            for (Seat seat : seats.subList(index, seats.size())) {
                long shortfall = Long.MAX_VALUE;
                long cost = Long.MAX_VALUE;
                for (Worker worker : seat.candidates().workers()) {
                    boolean open = !worker.isHire() || newHires || load.containsKey(worker);
                    if (open && fits(worker, seat)) {
                        shortfall = Math.min(shortfall, (long) worker.shortfall(seat.need()) * seat.length());
                        cost = Math.min(cost, worker.cost() * seat.length());
                    }
                }
                if (shortfall == Long.MAX_VALUE) {
                    // Nobody left for it: it stays empty, which is worse on the unstaffed level.
                    bound[PlanScore.Level.UNSTAFFED.ordinal()] += (long) seat.need().weight() * seat.length();
                    return bound;
                }
                bound[PlanScore.Level.SKILL_SHORTFALL.ordinal()] += shortfall;
                bound[PlanScore.Level.COST.ordinal()] += cost;
            }
            return bound;
        }

        /**
         * The seats decided so far (the pinned ones and the movable ones before {@code decided}), scored from the
         * constraints' definitions.
         */
        long[] score(int decided) {
            long[] score = new long[PlanScore.Level.values().length];
            Map<Worker, int[]> quarters = new IdentityHashMap<>();
            Map<Worker, Map<Integer, Set<String>>> projects = new IdentityHashMap<>();
            Map<Worker, Long> hired = new HashMap<>();
            for (List<Seat> list : byNeed.values()) {
                for (Seat seat : list) {
                    Worker worker = seat.getWorker();
                    if (position.getOrDefault(seat, -1) >= decided) {
                        continue;
                    }
                    if (worker == null) {
                        score[PlanScore.Level.UNSTAFFED.ordinal()] += (long) seat.need().weight() * seat.length();
                        continue;
                    }
                    String via = worker.via(seat.need());
                    if (!seat.isBooked()) {
                        int[] q = quarters.computeIfAbsent(worker, w -> new int[months]);
                        seat.months().forEach(m -> q[m.index()]++);
                        if (via == null) {
                            score[PlanScore.Level.HARD.ordinal()] += seat.length();
                        } else if (!worker.isHire() && !via.equals(seat.need().role())) {
                            score[PlanScore.Level.SPREAD.ordinal()] += seat.length();
                        }
                    }
                    if (worker.isHire()) {
                        hired.merge(worker, (long) seat.length(), Long::sum);
                    } else {
                        seat.months().forEach(m -> projects.computeIfAbsent(worker, w -> new HashMap<>())
                                .computeIfAbsent(m.index(), i -> new HashSet<>()).add(seat.project()));
                    }
                    score[PlanScore.Level.SKILL_SHORTFALL.ordinal()] += (long) worker.shortfall(seat.need()) * seat.length();
                    score[PlanScore.Level.COST.ordinal()] += worker.cost() * seat.length();
                }
            }
            Map<Seat.Slot, Seat> byStart = new HashMap<>();
            Map<Worker, Set<String>> hireRoles = new IdentityHashMap<>();
            for (List<Seat> list : byNeed.values()) {
                for (Seat seat : list) {
                    if (!seat.isBooked() && position.getOrDefault(seat, -1) < decided && seat.getWorker() != null) {
                        byStart.put(seat.startKey(), seat);
                        if (seat.getWorker().isHire()) {
                            hireRoles.computeIfAbsent(seat.getWorker(), w -> new HashSet<>()).add(seat.need().role());
                        }
                    }
                }
            }
            for (Seat seat : byStart.values()) {
                Seat next = byStart.get(seat.nextKey());
                if (next != null && next.getWorker() != seat.getWorker()) {
                    score[PlanScore.Level.SKILL_SHORTFALL.ordinal()] += PlanRule.CHANGE_WEIGHT;
                }
            }
            hireRoles.values().forEach(roles ->
                    score[PlanScore.Level.SPREAD.ordinal()] += (roles.size() - 1L) * PlanRule.EXTRA_ROLE_WEIGHT);
            quarters.forEach((worker, q) -> model.months().forEach(m ->
                    score[PlanScore.Level.HARD.ordinal()] += Math.max(0, q[m.index()] - worker.capacity(m))));
            projects.values().forEach(byMonth -> byMonth.values().forEach(set ->
                    score[PlanScore.Level.SPREAD.ordinal()] += set.size() - 1));
            score[PlanScore.Level.HIRES.ordinal()] = hired.size();
            score[PlanScore.Level.PACKING.ordinal()] = -hired.values().stream().mapToLong(n -> n * n).sum();
            return score;
        }
    }
}
