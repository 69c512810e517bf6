package dev.teamfit.plan;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Overlap;
import dev.teamfit.model.SkillRequirement;

import java.time.Duration;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A staffing plan for assessed projects, with what its reports show beside it: each project's months, needs and
 * current team, the pool, and demand against supply per role and month. {@link #of} is the one way from the
 * rules' assessments and an optional pool to a plan, for the command line and the web app alike.
 *
 * @param from      the plan's first month
 * @param until     the plan's last month
 * @param ownTeams  whether the pool is the projects' own teams (no pool was given)
 * @param projects  the projects planned, in input order
 * @param left      projects left out, each with why (they end before the plan's first month)
 * @param rebalanced people whose allocations on the projects add up to more than their availability in some
 *                  month, each with how much and when: their allocations are not kept as bookings, the plan
 *                  assigns them afresh
 * @param people    the pool as planned, in the order given (then team members the pool did not hold)
 * @param plan      the optimiser's plan
 * @param demand    per role (catalog order) and month: what the projects need and how the plan meets it
 * @param options   how it was planned
 */
public record PortfolioPlan(YearMonth from, YearMonth until, boolean ownTeams, List<ProjectView> projects,
                            List<String> left, List<String> rebalanced, List<Person> people, StaffingPlan plan, List<Demand> demand,
                            Options options) {

    /** How long a project without {@code duration-months} is planned for. */
    public static final int DEFAULT_MONTHS = 12;

    /**
     * How to plan.
     *
     * @param from      the plan's first month: projects without {@code start} start then, and months before it
     *                  are not planned
     * @param seed      the search's random seed
     * @param timeLimit a cap on the search's time, or null: with one, the plan may depend on the machine's speed
     */
    public record Options(YearMonth from, long seed, Duration timeLimit) {
        public Options {
            Objects.requireNonNull(from, "from");
        }

        Limits limits() {
            Limits base = Limits.DEFAULT;
            return new Limits(seed, base.unimprovedSteps(), timeLimit, base.maxSegments());
        }
    }

    /**
     * A project as planned.
     *
     * @param start  its first planned month: its {@code start}, or the plan's first month when it has none or
     *               started before it
     * @param months how many months are planned
     * @param needs  the roles the rules say it needs
     * @param team   its current team, as the file gives it
     */
    public record ProjectView(String id, String name, YearMonth start, int months, List<RoleNeed> needs,
                              List<Member> team) {
        public ProjectView {
            needs = List.copyOf(needs);
            team = List.copyOf(team);
        }

        public YearMonth end() {
            return start.plusMonths(months - 1L);
        }
    }

    /**
     * One role in one month over the portfolio.
     *
     * @param needed   FTE the projects need (required and recommended)
     * @param staffed  FTE people of the pool give it (planned and booked)
     * @param hired    FTE the plan's hires give it
     * @param unmet    FTE that stays unstaffed
     * @param supply   FTE the pool's people who declare the role could give in the month, whatever else they do
     */
    public record Demand(String role, YearMonth month, double needed, double staffed, double hired, double unmet,
                         double supply) {
    }

    /**
     * Plans assessed projects.
     *
     * @param assessments the projects, as the rules assessed them, in input order
     * @param pool        the people who could be staffed, or null for the projects' own teams: then each member
     *                    is available for the time they give the projects now (at most a full person), and the
     *                    plan re-balances it. With a pool, a member who is in it is the same person (names
     *                    compared as the portfolio does) and their allocations are bookings; a member who is not
     *                    joins the pool for the time they give now, all of it booked.
     * @param progress    receives the search's progress lines
     */
    public static PortfolioPlan of(List<Assessment> assessments, List<dev.teamfit.model.Person> pool, Catalog catalog,
                                   Options options, Consumer<String> progress) {
        List<ProjectView> projects = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Assessment a : assessments) {
            ProjectView view = view(a, catalog, options.from());
            if (view == null) {
                left.add(a.project().id() + ": it ends before " + options.from());
            } else {
                projects.add(view);
            }
        }
        Map<String, Person> people = new LinkedHashMap<>();
        List<Booking> bookings = new ArrayList<>();
        if (pool != null) {
            for (dev.teamfit.model.Person p : pool) {
                people.put(MemberLoad.identity(p.name()), new Person(p.name(), p.roles(), assessed(p.skills()), p.availability(),
                        month(p.availableFrom()), month(p.availableUntil()), p.cost()));
            }
        }
        Map<String, Double> given = new LinkedHashMap<>();
        Map<String, Member> firstSeen = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> skills = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> roles = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (projects.stream().noneMatch(p -> p.id().equals(a.project().id()))) {
                continue;
            }
            for (Member m : a.project().team()) {
                String key = MemberLoad.identity(m.name());
                given.merge(key, m.allocation(), Double::sum);
                firstSeen.putIfAbsent(key, m);
                roles.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(m.roles());
                Map<String, Integer> levels = skills.computeIfAbsent(key, k -> new TreeMap<>());
                assessed(m.skills()).forEach((skill, level) -> levels.merge(skill, level, Math::max));
            }
        }
        for (Map.Entry<String, Member> e : firstSeen.entrySet()) {
            String key = e.getKey();
            if (!people.containsKey(key)) {
                List<String> declared = roles.get(key).stream()
                        .sorted(Comparator.comparingInt(catalog::roleOrder)).toList();
                people.put(key, new Person(e.getValue().name(), declared, skills.get(key),
                        Math.min(1, given.get(key)), null, null, null));
            }
        }
        List<String> rebalanced = new ArrayList<>();
        if (pool != null) {
            for (Assessment a : assessments) {
                if (projects.stream().anyMatch(p -> p.id().equals(a.project().id()))) {
                    bookings.addAll(bookings(a, people));
                }
            }
            bookings = withinAvailability(bookings, projects, people, rebalanced);
        }
        boolean costed = people.values().stream().allMatch(p -> p.cost() != null);
        List<Person> persons = people.values().stream()
                .map(p -> costed ? p : new Person(p.name(), p.roles(), p.skills(), p.availability(), p.availableFrom(),
                        p.availableUntil(), null)).toList();
        List<PlanProject> planned = projects.stream()
                .map(p -> new PlanProject(p.id(), p.name(), p.start(), p.months(), p.needs())).toList();
        List<Overlap> overlaps = new ArrayList<>();
        for (Overlap overlap : catalog.overlaps()) {
            overlaps.add(overlap);
            overlaps.add(overlap.reversed());
        }
        if (planned.isEmpty()) {
            throw new IllegalArgumentException("no project runs in or after " + options.from()
                    + ": every project ends before it");
        }
        PlanRequest request = new PlanRequest(planned, persons, bookings, overlaps, Hiring.REQUIRED, options.limits());
        StaffingPlan solved = Planner.plan(request, progress);
        // Training only from a level the pool gives: a skill a person's record leaves out is not assessed, and
        // "from none" would be a guess.
        StaffingPlan plan = new StaffingPlan(solved.assignments(), solved.hires(), solved.training().stream()
                .filter(t -> people.get(MemberLoad.identity(t.person())).skills().containsKey(t.skill()))
                .toList(), solved.unmet(), solved.load(), solved.score());
        YearMonth until = projects.stream().map(ProjectView::end).max(Comparator.naturalOrder()).orElseThrow();
        YearMonth first = projects.stream().map(ProjectView::start).min(Comparator.naturalOrder()).orElseThrow();
        return new PortfolioPlan(first, until, pool == null, List.copyOf(projects), List.copyOf(left),
                List.copyOf(rebalanced), persons, plan, demand(projects, persons, plan, catalog, first, until), options);
    }

    /** The levels a file gives: a skill marked {@code unknown} is not assessed, and left out like one not given. */
    private static Map<String, Integer> assessed(Map<String, Integer> skills) {
        Map<String, Integer> known = new TreeMap<>();
        skills.forEach((skill, level) -> {
            if (level != null && level >= 0) {
                known.put(skill, level);
            }
        });
        return known;
    }

    private static YearMonth month(String text) {
        return text == null ? null : YearMonth.parse(text);
    }

    /** The project's planned months and needs, or null when it ends before the plan starts. */
    private static ProjectView view(Assessment a, Catalog catalog, YearMonth from) {
        String startText = a.project().start();
        YearMonth start = startText == null ? from : YearMonth.parse(startText);
        Integer duration = a.project().durationMonths();
        int months = duration == null ? DEFAULT_MONTHS : duration;
        YearMonth end = start.plusMonths(months - 1L);
        if (end.isBefore(from)) {
            return null;
        }
        if (start.isBefore(from)) {
            months -= (int) start.until(from, ChronoUnit.MONTHS);
            start = from;
        }
        List<RoleNeed> needs = new ArrayList<>();
        for (Assessment.RoleResult role : a.roles()) {
            Map<String, Integer> levels = new TreeMap<>();
            for (SkillRequirement skill : role.skills()) {
                levels.put(skill.skill(), skill.value());
            }
            needs.add(new RoleNeed(role.role(), role.requirement().isRequired(), role.needed(), levels));
        }
        needs.sort(Comparator.comparingInt(n -> catalog.roleOrder(n.role())));
        return new ProjectView(a.project().id(), a.project().name(), start, months, needs, a.project().team());
    }

    /**
     * A pool member's time on a project as bookings: what the rules give each role they staff there, in quarters
     * of a person (rounded down), and what is left of their allocation on their first declared role.
     */
    private static List<Booking> bookings(Assessment a, Map<String, Person> people) {
        List<Booking> bookings = new ArrayList<>();
        for (Member m : a.project().team()) {
            Person person = people.get(MemberLoad.identity(m.name()));
            int allocation = (int) Math.floor(m.allocation() * 4 + 1e-9);
            int booked = 0;
            for (Assessment.RoleResult role : a.roles()) {
                for (Assessment.Cover cover : role.coverage()) {
                    if (cover.coverage().member().equals(m.name()) && booked < allocation) {
                        int quarters = Math.min(allocation - booked, (int) Math.floor(cover.fte() * 4 + 1e-9));
                        if (quarters > 0) {
                            bookings.add(new Booking(person.name(), a.project().id(), role.role(), quarters / 4.0));
                            booked += quarters;
                        }
                    }
                }
            }
            if (booked < allocation && !m.roles().isEmpty()) {
                String role = m.roles().get(0);
                int rest = allocation - booked;
                // The last booking of the person in the role on this project, if any, takes the rest.
                int existing = IntStream.range(0, bookings.size()).filter(i -> bookings.get(i).person()
                        .equals(person.name()) && bookings.get(i).role().equals(role)).reduce((x, y) -> y).orElse(-1);
                if (existing >= 0) {
                    Booking b = bookings.get(existing);
                    bookings.set(existing, new Booking(b.person(), b.project(), b.role(), b.fte() + rest / 4.0));
                } else {
                    bookings.add(new Booking(person.name(), a.project().id(), role, rest / 4.0));
                }
            }
        }
        return bookings;
    }

    /**
     * The bookings, less those of anyone whom they already put above their availability in some month: a plan
     * that kept them could not have nobody over-booked, so such a person's time is planned afresh.
     */
    private static List<Booking> withinAvailability(List<Booking> bookings, List<ProjectView> projects,
                                                    Map<String, Person> people, List<String> rebalanced) {
        Map<String, ProjectView> byId = new LinkedHashMap<>();
        projects.forEach(p -> byId.put(p.id(), p));
        Map<String, Map<YearMonth, Double>> booked = new LinkedHashMap<>();
        for (Booking b : bookings) {
            ProjectView project = byId.get(b.project());
            for (YearMonth m = project.start(); !m.isAfter(project.end()); m = m.plusMonths(1)) {
                booked.computeIfAbsent(b.person(), k -> new TreeMap<>()).merge(m, b.fte(), Double::sum);
            }
        }
        Set<String> over = new LinkedHashSet<>();
        booked.forEach((person, months) -> {
            Person p = people.get(MemberLoad.identity(person));
            double available = Math.floor(p.availability() * 4 + 1e-9) / 4;
            List<YearMonth> overMonths = months.entrySet().stream()
                    .filter(e -> e.getValue() > available + 1e-9 || !p.availableIn(e.getKey())).map(Map.Entry::getKey)
                    .toList();
            if (!overMonths.isEmpty()) {
                over.add(person);
                double peak = overMonths.stream().mapToDouble(months::get).max().orElse(0);
                rebalanced.add(person + ": allocated " + dev.teamfit.model.Fte.format(peak) + " FTE in "
                        + overMonths.get(0) + (overMonths.size() > 1 ? ".." + overMonths.get(overMonths.size() - 1) : "")
                        + ", available " + dev.teamfit.model.Fte.format(available) + "; the plan assigns them afresh");
            }
        });
        return bookings.stream().filter(b -> !over.contains(b.person())).toList();
    }

    private static List<Demand> demand(List<ProjectView> projects, List<Person> people, StaffingPlan plan,
                                       Catalog catalog, YearMonth first, YearMonth until) {
        Map<String, Map<YearMonth, double[]>> table = new TreeMap<>(Comparator.comparingInt(catalog::roleOrder)
                .thenComparing(Comparator.naturalOrder()));
        for (ProjectView p : projects) {
            for (RoleNeed need : p.needs()) {
                for (YearMonth m = p.start(); !m.isAfter(p.end()); m = m.plusMonths(1)) {
                    cell(table, need.role(), m)[0] += need.fte();
                }
            }
        }
        for (Assignment as : plan.assignments()) {
            for (YearMonth m = as.from(); !m.isAfter(as.until()); m = m.plusMonths(1)) {
                cell(table, as.role(), m)[as.kind() == Assignment.Kind.HIRE ? 2 : 1] += as.fte();
            }
        }
        for (Unmet u : plan.unmet()) {
            for (YearMonth m = u.from(); !m.isAfter(u.until()); m = m.plusMonths(1)) {
                cell(table, u.role(), m)[3] += u.fte();
            }
        }
        List<Demand> rows = new ArrayList<>();
        table.forEach((role, months) -> {
            for (YearMonth m = first; !m.isAfter(until); m = m.plusMonths(1)) {
                double[] c = months.getOrDefault(m, new double[4]);
                YearMonth month = m;
                double supply = people.stream().filter(p -> p.roles().contains(role) && p.availableIn(month))
                        .mapToDouble(Person::availability).sum();
                rows.add(new Demand(role, m, c[0], c[1], c[2], c[3], supply));
            }
        });
        return List.copyOf(rows);
    }

    private static double[] cell(Map<String, Map<YearMonth, double[]>> table, String role, YearMonth month) {
        return table.computeIfAbsent(role, r -> new TreeMap<>()).computeIfAbsent(month, m -> new double[4]);
    }

    /** Whether cost entered the plan: everyone in the pool has one. */
    public boolean costed() {
        return !people.isEmpty() && people.stream().allMatch(p -> p.cost() != null);
    }
}
