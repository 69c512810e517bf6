package dev.teamfit.plan.solver;

import dev.teamfit.model.Overlap;
import dev.teamfit.plan.Booking;
import dev.teamfit.plan.Hiring;
import dev.teamfit.plan.Person;
import dev.teamfit.plan.PlanProject;
import dev.teamfit.plan.PlanRequest;
import dev.teamfit.plan.RoleNeed;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The solver's view of a request: the horizon's months, the workers (people, then hire placeholders), the
 * needs split into runs of months (see "Time" in the {@link dev.teamfit.plan} package), and one seat per
 * quarter of each need.
 */
public final class StaffingModel {

    private static final String HIRE_PREFIX = "hire:";

    private final PlanRequest request;
    private final List<Month> months;
    private final Map<String, Map<String, String>> partners;
    private final Map<Worker, Person> persons = new LinkedHashMap<>();
    private final Map<String, Worker> byName = new LinkedHashMap<>();
    private final List<List<String>> groups;
    private final Map<List<String>, List<Worker>> hires = new LinkedHashMap<>();
    private final Map<Need, List<Seat>> seatsByNeed = new LinkedHashMap<>();
    private final Map<Need, List<Worker>> peopleFor = new LinkedHashMap<>();
    private final Map<String, List<Worker>> fillers = new LinkedHashMap<>();
    private final int[][] booked;
    private final boolean costed;
    private final Staffing staffing;

    /** The model of a request with enough hire placeholders to hire every need at once. */
    public StaffingModel(PlanRequest request) {
        this.request = request;
        validate(request);
        YearMonth first = request.projects().stream().map(PlanProject::start).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = request.projects().stream().map(PlanProject::end).max(YearMonth::compareTo).orElseThrow();
        List<Month> horizon = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            horizon.add(new Month(horizon.size(), m));
        }
        this.months = List.copyOf(horizon);
        this.partners = partners(request.overlaps());
        this.booked = new int[request.people().size()][months.size()];
        this.costed = !request.people().isEmpty() && request.people().stream().allMatch(p -> p.cost() != null);
        bookAll();
        addPeople();
        Set<String> roles = new TreeSet<>();
        request.projects().forEach(p -> p.roles().forEach(r -> roles.add(r.role())));
        this.groups = HireGroups.of(roles, partners);
        addSeats();
        addHirePlaceholders();
        setCandidates(Set.copyOf(allHires()));
        List<Seat> seats = seatsByNeed.values().stream().flatMap(List::stream).toList();
        this.staffing = new Staffing(new ArrayList<>(workers()), new ArrayList<>(seats));
    }

    private static void validate(PlanRequest request) {
        if (request.projects().isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one project");
        }
        Set<String> ids = new HashSet<>();
        for (PlanProject project : request.projects()) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("project id " + project.id() + " appears twice");
            }
        }
        Set<String> names = new HashSet<>();
        for (Person person : request.people()) {
            if (!names.add(person.name())) {
                throw new IllegalArgumentException("person " + person.name() + " appears twice in the pool");
            }
        }
        for (Booking booking : request.bookings()) {
            if (!names.contains(booking.person())) {
                throw new IllegalArgumentException("the booking of " + booking.person() + " on " + booking.project()
                        + " names nobody in the pool");
            }
        }
    }

    /** For each role, the roles that may fill it through an overlap and the seed section that says so. */
    private static Map<String, Map<String, String>> partners(List<Overlap> overlaps) {
        Map<String, Map<String, String>> partners = new TreeMap<>();
        for (Overlap overlap : overlaps) {
            if (!overlap.role().equals(overlap.partner())) {
                partners.computeIfAbsent(overlap.role(), r -> new TreeMap<>()).putIfAbsent(overlap.partner(), overlap.source());
            }
        }
        return partners;
    }

    private PlanProject project(String id) {
        return request.projects().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** A booking's months as horizon indices {first, last}, or null when none lies in the horizon. */
    private int[] span(Booking booking) {
        PlanProject project = project(booking.project());
        YearMonth from = booking.from() != null ? booking.from() : project != null ? project.start() : months.get(0).month();
        YearMonth until = booking.until() != null ? booking.until()
                : project != null ? project.end() : months.get(months.size() - 1).month();
        if (project != null) {
            from = from.isBefore(project.start()) ? project.start() : from;
            until = until.isAfter(project.end()) ? project.end() : until;
        }
        int first = Math.max(0, index(from));
        int last = Math.min(months.size() - 1, index(until));
        return first <= last ? new int[] {first, last} : null;
    }

    private int index(YearMonth month) {
        return (int) months.get(0).month().until(month, ChronoUnit.MONTHS);
    }

    private void bookAll() {
        List<String> names = request.people().stream().map(Person::name).toList();
        for (Booking booking : request.bookings()) {
            int[] span = span(booking);
            if (span != null) {
                int person = names.indexOf(booking.person());
                int quarters = (int) Math.rint(booking.fte() * 4);
                for (int m = span[0]; m <= span[1]; m++) {
                    booked[person][m] += quarters;
                }
            }
        }
    }

    private void addPeople() {
        for (int i = 0; i < request.people().size(); i++) {
            Person person = request.people().get(i);
            int quarters = (int) Math.floor(person.availability() * 4 + 1e-9);
            int[] capacity = new int[months.size()];
            for (Month month : months) {
                int free = person.availableIn(month.month()) ? quarters : 0;
                capacity[month.index()] = Math.max(0, free - booked[i][month.index()]);
            }
            long cost = costed ? Math.round(person.cost() * 25) : 0;
            Worker worker = new Worker(person.name(), i, false, Set.copyOf(person.roles()), person.skills(), capacity, cost);
            persons.put(worker, person);
            byName.put(person.name(), worker);
        }
    }

    /** The months (index >= 1) that start something new: someone's free capacity changes, or a project starts or ends. */
    private boolean[] changes() {
        boolean[] change = new boolean[months.size()];
        for (Worker worker : persons.keySet()) {
            for (int m = 1; m < months.size(); m++) {
                change[m] |= worker.capacity(months.get(m)) != worker.capacity(months.get(m - 1));
            }
        }
        for (PlanProject project : request.projects()) {
            change[index(project.start())] = true;
            int after = index(project.end()) + 1;
            if (after < months.size()) {
                change[after] = true;
            }
        }
        change[0] = false;
        return change;
    }

    /** The project's runs of months, as {first, last} horizon indices. */
    private List<int[]> segments(PlanProject project, boolean[] change) {
        int first = index(project.start());
        int last = index(project.end());
        TreeSet<Integer> mandatory = new TreeSet<>();
        for (Booking booking : request.bookings()) {
            int[] span = booking.project().equals(project.id()) ? span(booking) : null;
            if (span != null) {
                mandatory.add(span[0]);
                mandatory.add(span[1] + 1);
            }
        }
        mandatory.removeIf(m -> m <= first || m > last);
        List<Integer> optional = new ArrayList<>();
        for (int m = first + 1; m <= last; m++) {
            if (change[m] && !mandatory.contains(m)) {
                optional.add(m);
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(mandatory);
        int segments = request.limits().maxSegments();
        if (optional.size() + mandatory.size() + 1 <= segments) {
            cuts.addAll(optional);
        } else {
            int length = last - first + 1;
            for (int k = 1; k < segments && cuts.size() + 1 < segments && !optional.isEmpty(); k++) {
                int target = first + (int) Math.round((double) k * length / segments);
                Integer nearest = optional.stream().min(Comparator.comparingInt(m -> Math.abs(m - target))).orElseThrow();
                cuts.add(nearest);
                optional.remove(nearest);
            }
        }
        List<int[]> runs = new ArrayList<>();
        int start = first;
        for (int cut : cuts) {
            runs.add(new int[] {start, cut - 1});
            start = cut;
        }
        runs.add(new int[] {start, last});
        return runs;
    }

    private void addSeats() {
        boolean[] change = changes();
        int id = 0;
        for (PlanProject project : request.projects()) {
            Map<String, RoleNeed> needs = new LinkedHashMap<>();
            project.roles().forEach(r -> needs.put(r.role(), r));
            Set<String> bookedRoles = new LinkedHashSet<>();
            request.bookings().stream().filter(b -> b.project().equals(project.id())).forEach(b -> bookedRoles.add(b.role()));
            Set<String> roles = new LinkedHashSet<>(needs.keySet());
            roles.addAll(bookedRoles);
            for (int[] run : segments(project, change)) {
                List<Month> runMonths = months.subList(run[0], run[1] + 1);
                for (String role : roles) {
                    RoleNeed roleNeed = needs.get(role);
                    Need need = new Need(project.id(), role, roleNeed != null && roleNeed.required(),
                            roleNeed != null ? roleNeed.skills() : Map.of(), partners.getOrDefault(role, Map.of()), runMonths);
                    List<Seat> seats = new ArrayList<>();
                    int bookedQuarters = 0;
                    for (Booking booking : request.bookings()) {
                        int[] span = booking.project().equals(project.id()) && booking.role().equals(role) ? span(booking) : null;
                        if (span != null && span[0] <= run[0] && run[1] <= span[1]) {
                            int quarters = (int) Math.rint(booking.fte() * 4);
                            for (int q = 0; q < quarters; q++) {
                                seats.add(Seat.booked(id++, need, byName.get(booking.person())));
                            }
                            bookedQuarters += quarters;
                        }
                    }
                    int free = roleNeed == null ? 0 : Math.max(0, (int) Math.rint(roleNeed.fte() * 4) - bookedQuarters);
                    for (int q = 0; q < free; q++) {
                        seats.add(new Seat(id++, need, q, null));
                    }
                    if (!seats.isEmpty()) {
                        seatsByNeed.put(need, seats);
                    }
                }
            }
        }
    }

    /** Whether the request lets the planner hire for the need. */
    boolean hireable(Need need) {
        return request.hiring() == Hiring.ALL || request.hiring() == Hiring.REQUIRED && need.required();
    }

    /** Per group, enough placeholders to hire at once every hireable quarter of its roles in the busiest month. */
    private void addHirePlaceholders() {
        Map<String, int[]> demand = new TreeMap<>();
        seatsByNeed.forEach((need, seats) -> {
            if (hireable(need)) {
                long free = seats.stream().filter(seat -> !seat.isBooked()).count();
                int[] perMonth = demand.computeIfAbsent(need.role(), r -> new int[months.size()]);
                need.months().forEach(m -> perMonth[m.index()] += (int) free);
            }
        });
        int index = persons.size();
        int[] full = new int[months.size()];
        java.util.Arrays.fill(full, 4);
        for (List<String> group : groups) {
            int peak = 0;
            for (int m = 0; m < months.size(); m++) {
                int sum = 0;
                for (String role : group) {
                    sum += demand.getOrDefault(role, new int[months.size()])[m];
                }
                peak = Math.max(peak, sum);
            }
            List<Worker> placeholders = new ArrayList<>();
            for (int i = 1; i <= (peak + 3) / 4; i++) {
                placeholders.add(new Worker(HIRE_PREFIX + HireGroups.label(group) + ":" + i, index++, true, Set.copyOf(group),
                        Map.of(), full, 0));
            }
            hires.put(group, placeholders);
        }
    }

    /** Sets each free seat's candidates, with these hire placeholders. */
    private void setCandidates(Set<Worker> allowedHires) {
        for (Map.Entry<Need, List<Seat>> entry : seatsByNeed.entrySet()) {
            Candidates candidates = candidates(entry.getKey(), allowedHires);
            entry.getValue().stream().filter(seat -> !seat.isBooked()).forEach(seat -> seat.setCandidates(candidates));
        }
    }

    /** People who may fill the need and have a quarter free in each of its months, then the hires allowed. */
    private Candidates candidates(Need need, Set<Worker> allowedHires) {
        List<Worker> people = peopleFor.computeIfAbsent(need, n -> fillers(n).stream()
                .filter(w -> n.months().stream().allMatch(m -> w.capacity(m) >= 1))
                .toList());
        List<Worker> candidates = new ArrayList<>(people);
        if (hireable(need)) {
            hires.forEach((group, placeholders) -> {
                if (group.contains(need.role())) {
                    placeholders.stream().filter(allowedHires::contains).forEach(candidates::add);
                }
            });
        }
        return new Candidates(candidates);
    }

    /** The people who may fill the need's role, whatever their capacity (the same for every need of the role). */
    private List<Worker> fillers(Need need) {
        return fillers.computeIfAbsent(need.role(),
                role -> persons.keySet().stream().filter(w -> w.via(need) != null).toList());
    }

    /**
     * Drops the hire placeholders nobody uses beyond {@code spare} per group (or a quarter of the group's used
     * ones, if more): a search that starts from a plan with some hires rarely needs many more, and every
     * placeholder widens each seat's choices.
     */
    public void keepHires(Collection<Worker> used, int spare) {
        Set<Worker> kept = new HashSet<>();
        hires.forEach((group, placeholders) -> {
            long inUse = placeholders.stream().filter(used::contains).count();
            long extra = Math.max(spare, (inUse + 3) / 4);
            for (Worker placeholder : placeholders) {
                if (used.contains(placeholder)) {
                    kept.add(placeholder);
                } else if (extra > 0) {
                    kept.add(placeholder);
                    extra--;
                }
            }
        });
        hires.replaceAll((group, placeholders) -> placeholders.stream().filter(kept::contains).toList());
        setCandidates(kept);
        staffing.getWorkers().clear();
        staffing.getWorkers().addAll(workers());
    }

    private List<Worker> allHires() {
        return hires.values().stream().flatMap(List::stream).toList();
    }

    private List<Worker> workers() {
        List<Worker> workers = new ArrayList<>(persons.keySet());
        workers.addAll(allHires());
        return workers;
    }

    public PlanRequest request() {
        return request;
    }

    public Staffing staffing() {
        return staffing;
    }

    public List<Month> months() {
        return months;
    }

    /** The pool's people, in the request's order, with the worker that stands for each. */
    public Map<Worker, Person> persons() {
        return persons;
    }

    /** The hire groups, largest first, each with its placeholders. */
    public Map<List<String>, List<Worker>> hires() {
        return hires;
    }

    /** Every need with its seats, booked ones first, in project, role and month order. */
    public Map<Need, List<Seat>> seats() {
        return seatsByNeed;
    }

    /** Quarters booked for each person (in the request's order) in each month, on any project. */
    public int booked(int person, Month month) {
        return booked[person][month.index()];
    }

    /** For each role, the roles that may fill it through an overlap, with the seed section. */
    public Map<String, Map<String, String>> partners() {
        return partners;
    }
}
