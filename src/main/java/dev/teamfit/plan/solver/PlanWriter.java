package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.Assignment;
import dev.teamfit.plan.Hire;
import dev.teamfit.plan.Hiring;
import dev.teamfit.plan.Load;
import dev.teamfit.plan.Person;
import dev.teamfit.plan.PlanRule;
import dev.teamfit.plan.PlanScore;
import dev.teamfit.plan.StaffingPlan;
import dev.teamfit.plan.Training;
import dev.teamfit.plan.Unmet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Turns a solved staffing and its score analysis into the plan: seats merged into runs of months at one FTE,
 * hires numbered, training and unmet needs listed, each with the reasons of the constraint matches behind it.
 */
final class PlanWriter {

    /** Rules whose matches explain an item; cost and packing only show in the score. */
    private static final Set<PlanRule> EXPLAINING = EnumSet.complementOf(EnumSet.of(PlanRule.COST, PlanRule.PACKING));

    private final StaffingModel model;
    private final Staffing staffing;
    private final Map<Seat, List<Because>> bySeat = new IdentityHashMap<>();
    private final Map<Worker, List<Because>> byWorker = new IdentityHashMap<>();
    private final Map<Worker, String> names = new IdentityHashMap<>();
    private final Function<Worker, String> name = names::get;
    /** Quarters per month of each worker's seats, bookings left out. */
    private final Map<Worker, int[]> planned = new IdentityHashMap<>();

    private PlanWriter(StaffingModel model, Staffing staffing) {
        this.model = model;
        this.staffing = staffing;
        for (Seat seat : staffing.getSeats()) {
            if (seat.getWorker() != null && !seat.isBooked()) {
                int[] quarters = planned.computeIfAbsent(seat.getWorker(), w -> new int[model.months().size()]);
                seat.months().forEach(m -> quarters[m.index()]++);
            }
        }
    }

    private int planned(Worker worker, Month month) {
        int[] quarters = planned.get(worker);
        return quarters == null ? 0 : quarters[month.index()];
    }

    static StaffingPlan write(StaffingModel model, Staffing staffing, ScoreAnalysis<BendableLongScore> analysis) {
        return new PlanWriter(model, staffing).write(analysis);
    }

    private StaffingPlan write(ScoreAnalysis<BendableLongScore> analysis) {
        for (ConstraintAnalysis<BendableLongScore> constraint : analysis.constraintAnalyses()) {
            for (MatchAnalysis<BendableLongScore> match : constraint.matches()) {
                if (match.justification() instanceof Because because && EXPLAINING.contains(because.rule())) {
                    if (because.seat() != null) {
                        bySeat.computeIfAbsent(because.seat(), s -> new ArrayList<>()).add(because);
                    } else {
                        byWorker.computeIfAbsent(because.worker(), w -> new ArrayList<>()).add(because);
                    }
                }
            }
        }
        // Matches come in no fixed order (score analysis groups them by hash): order them, so that reasons do too.
        Comparator<Because> order = Comparator.comparing(Because::rule)
                .thenComparingInt(b -> b.month() == null ? -1 : b.month().index())
                .thenComparingInt(b -> b.seat() == null ? -1 : b.seat().getId())
                .thenComparing(b -> b.details().toString());
        bySeat.values().forEach(list -> list.sort(order));
        byWorker.values().forEach(list -> list.sort(order));
        model.persons().keySet().forEach(worker -> names.put(worker, worker.id()));
        List<Hire> hires = hires();
        return new StaffingPlan(assignments(), hires, training(), unmet(), load(), score(analysis));
    }

    /** A run of months at one number of quarters, as horizon indices. */
    private record Run(int first, int last, int quarters) {
    }

    /** The runs of contiguous months with the same non-zero quarters. */
    private static List<Run> runs(int[] quarters) {
        List<Run> runs = new ArrayList<>();
        for (int m = 0; m < quarters.length; m++) {
            int first = m;
            while (m + 1 < quarters.length && quarters[m + 1] == quarters[first]) {
                m++;
            }
            if (quarters[first] > 0) {
                runs.add(new Run(first, m, quarters[first]));
            }
        }
        return runs;
    }

    private int[] perMonth(List<Seat> seats) {
        int[] quarters = new int[model.months().size()];
        seats.forEach(seat -> seat.months().forEach(month -> quarters[month.index()]++));
        return quarters;
    }

    /** The reasons of the seats' matches in the run, and of their workers' matches in its months, one per rule. */
    private List<Reason> reasons(List<Seat> seats, Run run, List<Reason> first) {
        List<List<Reason>> lists = new ArrayList<>();
        lists.add(first);
        for (Seat seat : seats) {
            if (seat.need().first().index() <= run.last() && seat.need().last().index() >= run.first()) {
                for (Because because : bySeat.getOrDefault(seat, List.of())) {
                    lists.add(List.of(because.reason(name)));
                }
            }
        }
        Worker worker = seats.get(0).getWorker();
        if (worker != null) {
            for (Because because : byWorker.getOrDefault(worker, List.of())) {
                boolean inRun = because.month() != null && because.month().index() >= run.first()
                        && because.month().index() <= run.last();
                if (inRun && (because.rule() != PlanRule.FOCUS || mentions(because, seats.get(0).project()))) {
                    lists.add(List.of(because.reason(name)));
                }
            }
        }
        return Reason.merge(lists);
    }

    /** Whether a focus match lists the project among the person's projects that month. */
    private static boolean mentions(Because because, String project) {
        return because.details().stream().anyMatch(detail -> detail.startsWith("projects=")
                && List.of(detail.substring("projects=".length()).split(",")).contains(project));
    }

    private List<Hire> hires() {
        Map<Worker, List<Seat>> seatsOf = new LinkedHashMap<>();
        for (Seat seat : staffing.getSeats()) {
            if (seat.getWorker() != null && seat.getWorker().isHire()) {
                seatsOf.computeIfAbsent(seat.getWorker(), w -> new ArrayList<>()).add(seat);
            }
        }
        // A hire before it is numbered; its span holds its first and last month and its peak quarters.
        record Draft(Worker worker, List<String> roles, Map<String, Integer> skills, Run span, List<String> projects) {
        }
        List<Draft> drafts = new ArrayList<>();
        seatsOf.forEach((worker, seats) -> {
            TreeSet<String> roles = new TreeSet<>();
            TreeSet<String> projects = new TreeSet<>();
            Map<String, Integer> skills = new TreeMap<>();
            for (Seat seat : seats) {
                roles.add(seat.need().role());
                projects.add(seat.project());
                seat.need().skills().forEach((skill, level) -> skills.merge(skill, level, Math::max));
            }
            int[] quarters = perMonth(seats);
            int[] busy = IntStream.range(0, quarters.length).filter(m -> quarters[m] > 0).toArray();
            Run span = new Run(busy[0], busy[busy.length - 1], IntStream.of(quarters).max().orElseThrow());
            drafts.add(new Draft(worker, List.copyOf(roles), skills, span, List.copyOf(projects)));
        });
        drafts.sort(Comparator.comparing((Draft d) -> d.roles().toString()).thenComparingInt(d -> d.span().first())
                .thenComparingInt(d -> d.span().last()).thenComparing(d -> d.projects().toString())
                .thenComparing(d -> d.skills().toString()).thenComparingInt(d -> d.span().quarters()));
        List<Hire> hires = new ArrayList<>();
        for (Draft draft : drafts) {
            String id = "hire-" + (hires.size() + 1);
            names.put(draft.worker(), id);
            List<Reason> all = new ArrayList<>();
            for (Because because : byWorker.getOrDefault(draft.worker(), List.of())) {
                Reason match = because.reason(name);
                List<String> facts = new ArrayList<>(match.facts());
                facts.addAll(List.of("roles=" + String.join(",", draft.roles()),
                        "projects=" + String.join(",", draft.projects()),
                        Because.months(model.months().get(draft.span().first()), model.months().get(draft.span().last())),
                        "fte=" + Fte.format(draft.span().quarters() / 4.0)));
                all.add(new Reason(match.rule(), match.name(), match.source(), match.basis(), match.says(), facts));
            }
            all.addAll(sharedHire(id, draft.roles()));
            Run span = draft.span();
            hires.add(new Hire(id, draft.roles(), draft.skills(), span.quarters() / 4.0, month(span.first()),
                    month(span.last()), draft.projects(), all));
        }
        return hires;
    }

    /**
     * Why one recruit may fill several roles: each pair of them overlaps, as a seed section says. One reason per
     * pair, kept apart from {@link Reason#merge}, which would join them under the rule's id and one source.
     */
    private List<Reason> sharedHire(String id, List<String> roles) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                String source = model.partners().getOrDefault(roles.get(i), Map.of()).get(roles.get(j));
                reasons.add(PlanRule.SHARED_HIRE.reason(source,
                        List.of("person=" + id, "roles=" + roles.get(i) + "," + roles.get(j))));
            }
        }
        return reasons;
    }

    private java.time.YearMonth month(int index) {
        return model.months().get(index).month();
    }

    private List<Assignment> assignments() {
        record Key(String project, String role, Worker worker, String via, Assignment.Kind kind) {
        }
        Map<Key, List<Seat>> groups = new LinkedHashMap<>();
        for (Seat seat : staffing.getSeats()) {
            Worker worker = seat.getWorker();
            if (worker != null) {
                Assignment.Kind kind = seat.isBooked() ? Assignment.Kind.BOOKED
                        : worker.isHire() ? Assignment.Kind.HIRE : Assignment.Kind.PLANNED;
                String via = worker.via(seat.need());
                groups.computeIfAbsent(new Key(seat.project(), seat.need().role(), worker,
                        via == null ? seat.need().role() : via, kind), k -> new ArrayList<>()).add(seat);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        groups.forEach((key, seats) -> {
            for (Run run : runs(perMonth(seats))) {
                List<Reason> first = switch (key.kind()) {
                    case BOOKED -> List.of(PlanRule.BOOKING.reason(facts(key.worker(), key.project(), key.role(), run)));
                    case PLANNED -> List.of(PlanRule.ELIGIBILITY.reason(
                            key.via().equals(key.role()) ? PlanRule.ESTIMATE
                                    : seats.get(0).need().partners().get(key.via()),
                            facts(key.worker(), key.project(), key.role(), run, "via=" + key.via())));
                    case HIRE -> List.of(PlanRule.HIRES.reason(facts(key.worker(), key.project(), key.role(), run)));
                };
                assignments.add(new Assignment(key.project(), name.apply(key.worker()), key.role(), run.quarters() / 4.0,
                        month(run.first()), month(run.last()), key.via(), key.kind(), reasons(seats, run, first)));
            }
        });
        assignments.sort(Comparator.comparing(Assignment::project).thenComparing(Assignment::role)
                .thenComparing(Assignment::from).thenComparing(Assignment::person).thenComparing(Assignment::kind));
        return assignments;
    }

    private List<String> facts(Worker worker, String project, String role, Run run, String... more) {
        return Stream.concat(Stream.of("person=" + name.apply(worker), "project=" + project, "role=" + role,
                Because.months(model.months().get(run.first()), model.months().get(run.last())),
                "fte=" + Fte.format(run.quarters() / 4.0)), Stream.of(more)).toList();
    }

    private List<Training> training() {
        record Key(String person, String skill, String role, String project) {
        }
        Map<Key, int[]> levels = new TreeMap<>(Comparator.comparing(Key::person).thenComparing(Key::skill)
                .thenComparing(Key::project).thenComparing(Key::role));
        Map<Key, List<List<Reason>>> reasons = new HashMap<>();
        for (Seat seat : staffing.getSeats()) {
            Worker worker = seat.getWorker();
            if (worker == null || worker.isHire()) {
                continue;
            }
            seat.need().skills().forEach((skill, needed) -> {
                int level = worker.level(skill);
                if (level < needed) {
                    Key key = new Key(worker.id(), skill, seat.need().role(), seat.project());
                    levels.merge(key, new int[] {level, needed}, (a, b) -> new int[] {a[0], Math.max(a[1], b[1])});
                    List<List<Reason>> list = reasons.computeIfAbsent(key, k -> new ArrayList<>());
                    bySeat.getOrDefault(seat, List.of()).stream().filter(b -> b.rule() == PlanRule.SKILLS)
                            .forEach(b -> list.add(List.of(b.reason(name))));
                }
            });
        }
        List<Training> training = new ArrayList<>();
        levels.forEach((key, level) -> training.add(new Training(key.person(), key.skill(), level[0], level[1], key.role(),
                key.project(), Reason.merge(reasons.getOrDefault(key, List.of())))));
        return training;
    }

    private List<Unmet> unmet() {
        record Key(String project, String role, boolean required, Unmet.Cause cause) {
        }
        Map<Key, List<Seat>> groups = new LinkedHashMap<>();
        Map<Need, Unmet.Cause> causes = new HashMap<>();
        for (Seat seat : staffing.getSeats()) {
            if (seat.getWorker() == null) {
                Unmet.Cause cause = causes.computeIfAbsent(seat.need(), this::cause);
                groups.computeIfAbsent(new Key(seat.project(), seat.need().role(), seat.need().required(), cause),
                        k -> new ArrayList<>()).add(seat);
            }
        }
        List<Unmet> unmet = new ArrayList<>();
        groups.forEach((key, seats) -> {
            for (Run run : runs(perMonth(seats))) {
                unmet.add(new Unmet(key.project(), key.role(), key.required(), run.quarters() / 4.0, month(run.first()),
                        month(run.last()), key.cause(), reasons(seats, run, List.of())));
            }
        });
        unmet.sort(Comparator.comparing(Unmet::project).thenComparing(Unmet::role).thenComparing(Unmet::from)
                .thenComparing(Unmet::cause));
        return unmet;
    }

    /** Why the need's empty seats stay empty in this plan. */
    private Unmet.Cause cause(Need need) {
        if (model.hireable(need)) {
            return Unmet.Cause.SEARCH_STOPPED;
        }
        if (model.request().hiring() == Hiring.REQUIRED) {
            return Unmet.Cause.RECOMMENDED_NOT_HIRED;
        }
        boolean anyone = model.persons().keySet().stream().anyMatch(worker -> worker.via(need) != null);
        if (!anyone) {
            return Unmet.Cause.NOBODY_WITH_THE_ROLE;
        }
        boolean room = model.persons().keySet().stream().anyMatch(worker -> worker.via(need) != null
                && need.months().stream().allMatch(m -> worker.capacity(m) - planned(worker, m) >= 1));
        return room ? Unmet.Cause.SEARCH_STOPPED : Unmet.Cause.NOBODY_AVAILABLE;
    }

    private List<Load> load() {
        List<Load> load = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Worker, Person> person : model.persons().entrySet()) {
            for (Month month : model.months()) {
                int quarters = planned(person.getKey(), month) + model.booked(index, month);
                if (quarters > 0) {
                    load.add(new Load(person.getValue().name(), month.month(), quarters / 4.0));
                }
            }
            index++;
        }
        load.sort(Comparator.comparing(Load::person).thenComparing(Load::month));
        return load;
    }

    private static PlanScore score(ScoreAnalysis<BendableLongScore> analysis) {
        BendableLongScore score = analysis.score();
        List<Long> levels = new ArrayList<>();
        levels.add(-score.hardScore(0));
        for (int i = 0; i < Staffing.SOFT_LEVELS; i++) {
            levels.add(-score.softScore(i));
        }
        List<PlanScore.ConstraintScore> constraints = new ArrayList<>();
        for (ConstraintAnalysis<BendableLongScore> constraint : analysis.constraintAnalyses()) {
            PlanRule rule = PlanRule.bySentence(constraint.constraintName());
            BendableLongScore s = constraint.score();
            long value = rule.level() == PlanScore.Level.HARD ? s.hardScore(0) : s.softScore(rule.level().ordinal() - 1);
            constraints.add(new PlanScore.ConstraintScore(rule.id(), rule.sentence(), rule.level(), -value,
                    constraint.matchCount()));
        }
        constraints.sort(Comparator.comparing(PlanScore.ConstraintScore::id));
        return new PlanScore(levels, constraints);
    }
}
