package dev.teamfit.plan;

import dev.teamfit.input.CatalogReader;
import dev.teamfit.model.Overlap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small requests for the planner's tests, with the bundled catalog's overlaps both ways. */
public final class Plans {

    public static final YearMonth JAN = YearMonth.of(2027, 1);
    /** Enough steps for the tests' small plans; a test's plan never depends on the machine's speed. */
    public static final Limits LIMITS = new Limits(0, 300, null, 6);
    private static List<Overlap> overlaps;

    private Plans() {
    }

    /** The catalog's overlaps, each both ways. */
    public static synchronized List<Overlap> overlaps() {
        if (overlaps == null) {
            try {
                Path catalog = Path.of(System.getProperty("teamfit.root", "."), "rules", "catalog.yaml");
                List<Overlap> both = new ArrayList<>();
                for (Overlap overlap : CatalogReader.read("catalog.yaml", Files.readAllBytes(catalog), false).overlaps()) {
                    both.add(overlap);
                    both.add(overlap.reversed());
                }
                overlaps = List.copyOf(both);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return overlaps;
    }

    /** A request with every hire allowed and the tests' limits. */
    public static PlanRequest request(List<PlanProject> projects, List<Person> people, List<Booking> bookings) {
        return new PlanRequest(projects, people, bookings, overlaps(), Hiring.ALL, LIMITS);
    }

    /** The request with other limits. */
    public static PlanRequest with(PlanRequest r, Limits limits) {
        return new PlanRequest(r.projects(), r.people(), r.bookings(), r.overlaps(), r.hiring(), limits);
    }

    /** The request with another hiring policy. */
    public static PlanRequest with(PlanRequest r, Hiring hiring) {
        return new PlanRequest(r.projects(), r.people(), r.bookings(), r.overlaps(), hiring, r.limits());
    }

    public static PlanProject project(String id, YearMonth start, int months, RoleNeed... needs) {
        return new PlanProject(id, id, start, months, List.of(needs));
    }

    /** A required need; {@code skills} alternate skill id and level. */
    public static RoleNeed need(String role, double fte, Object... skills) {
        return new RoleNeed(role, true, fte, levels(skills));
    }

    public static RoleNeed recommended(String role, double fte, Object... skills) {
        return new RoleNeed(role, false, fte, levels(skills));
    }

    /** A full-time person always available; {@code skills} alternate skill id and level. */
    public static Person person(String name, List<String> roles, Object... skills) {
        return new Person(name, roles, levels(skills), 1, null, null, null);
    }

    public static Map<String, Integer> levels(Object... pairs) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            levels.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return levels;
    }

    /** Plans quietly. */
    public static StaffingPlan plan(PlanRequest request) {
        return Planner.plan(request, line -> { });
    }
}
