package dev.teamfit.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random requests: a portfolio of projects needing the seed's roles and a pool of people declaring them,
 * for the exhaustive-search test (tiny) and the benchmark (200 projects, 1,000 people, 24 months).
 */
public final class Generated {

    /**
     * How big a request to generate.
     *
     * @param minMonths   the fewest months a project runs, unless it would outrun the horizon
     * @param maxRoles    the most roles a project needs
     * @param maxQuarters the most quarters a need asks for
     * @param scale       a need's quarters are its role's usual ones times this (then capped)
     * @param windowShare the share of people with an available-from or available-until month
     * @param costs       whether everyone has a cost
     */
    public record Size(int projects, int people, int months, int minMonths, int maxRoles, int maxQuarters,
                       int scale, int bookings, double windowShare, boolean costs) {

        /** The benchmark's portfolio: long projects with big needs, so that some roles run short of people. */
        public static final Size BENCH = new Size(200, 1_000, 24, 8, 9, 8, 2, 100, 0.2, true);

        /** A small request for the exhaustive search: 1 to 3 projects, 4 to 8 people, 3 to 6 months. */
        public static Size small(long seed) {
            return new Size(1 + (int) (seed % 3), 4 + (int) (seed % 5), 3 + (int) (seed % 4), 1, 2, 2, 1,
                    (int) (seed % 2), 0.3, seed % 2 == 0);
        }
    }

    /** A role as the generator uses it: how often projects need it, how much, and its skills. */
    private record RoleKind(String role, double needShare, double requiredShare, int minQuarters, int maxQuarters,
                            double poolShare, List<String> skills) {
    }

    private static final List<RoleKind> ROLES = List.of(
            new RoleKind("data-scientist", 0.9, 0.9, 2, 6, 0.20, List.of("statistics", "python", "machine-learning", "data-visualization")),
            new RoleKind("ml-engineer", 0.8, 0.8, 2, 4, 0.16, List.of("python", "machine-learning", "software-engineering", "model-deployment")),
            new RoleKind("data-engineer", 0.7, 0.7, 2, 4, 0.15, List.of("sql", "etl", "python", "data-pipelines")),
            new RoleKind("ml-project-manager", 0.8, 1.0, 1, 2, 0.08, List.of("project-management", "communication")),
            new RoleKind("mlops-engineer", 0.5, 0.5, 1, 2, 0.06, List.of("ci-cd", "model-deployment", "cloud", "monitoring")),
            new RoleKind("domain-expert", 0.6, 0.2, 1, 1, 0.12, List.of("domain-knowledge", "communication")),
            new RoleKind("data-analyst", 0.4, 0.2, 1, 2, 0.12, List.of("sql", "data-visualization", "statistics")),
            new RoleKind("business-analyst", 0.3, 0.2, 1, 2, 0.08, List.of("requirements", "communication")),
            new RoleKind("ml-researcher", 0.15, 0.5, 2, 2, 0.03, List.of("advanced-ml", "research", "python")));

    private static final YearMonth START = YearMonth.of(2027, 1);

    private Generated() {
    }

    /** A request of that size, the same for the same seed; every hire allowed, the default limits. */
    public static PlanRequest request(long seed, Size size) {
        Random random = new Random(seed);
        List<PlanProject> projects = new ArrayList<>();
        for (int i = 0; i < size.projects(); i++) {
            projects.add(project(random, size, "p" + (i + 1)));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size.people(); i++) {
            people.add(person(random, size, "person " + (i + 1)));
        }
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < size.bookings() && !projects.isEmpty(); i++) {
            Person person = people.get(random.nextInt(people.size()));
            PlanProject project = projects.get(random.nextInt(projects.size()));
            String role = person.roles().get(random.nextInt(person.roles().size()));
            bookings.add(new Booking(person.name(), project.id(), role, 0.25 * (1 + random.nextInt(2))));
        }
        return new PlanRequest(projects, people, bookings, Plans.overlaps(), Hiring.ALL, new Limits(seed, Limits.SIZED, null, Limits.DEFAULT.maxSegments()));
    }

    private static PlanProject project(Random random, Size size, String id) {
        int start = random.nextInt(Math.max(1, size.months() - 2));
        int months = Math.min(size.months() - start, size.minMonths() + random.nextInt(Math.min(18, size.months() - start)));
        List<RoleNeed> needs = new ArrayList<>();
        List<RoleKind> kinds = new ArrayList<>(ROLES);
        java.util.Collections.shuffle(kinds, random);
        for (RoleKind kind : kinds) {
            if (needs.size() < size.maxRoles() && random.nextDouble() < kind.needShare()) {
                int quarters = Math.min(size.maxQuarters(),
                        size.scale() * (kind.minQuarters() + random.nextInt(kind.maxQuarters() - kind.minQuarters() + 1)));
                Map<String, Integer> skills = new LinkedHashMap<>();
                for (String skill : kind.skills()) {
                    if (random.nextDouble() < 0.6) {
                        skills.put(skill, 2 + random.nextInt(3));
                    }
                }
                needs.add(new RoleNeed(kind.role(), random.nextDouble() < kind.requiredShare(), quarters / 4.0, skills));
            }
        }
        if (needs.isEmpty()) {
            needs.add(new RoleNeed("data-scientist", true, 0.5, Map.of("python", 3)));
        }
        return new PlanProject(id, id, START.plusMonths(start), months, needs);
    }

    private static Person person(Random random, Size size, String name) {
        List<String> roles = new ArrayList<>();
        roles.add(pickRole(random));
        if (random.nextDouble() < 0.25) {
            String second = pickRole(random);
            if (!roles.contains(second)) {
                roles.add(second);
            }
        }
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (RoleKind kind : ROLES) {
            if (roles.contains(kind.role())) {
                for (String skill : kind.skills()) {
                    if (random.nextDouble() < 0.8) {
                        skills.merge(skill, 1 + random.nextInt(3) + random.nextInt(3), Math::max);
                    }
                }
            }
        }
        double roll = random.nextDouble();
        double availability = roll < 0.7 ? 1 : roll < 0.85 ? 0.5 : roll < 0.95 ? 0.75 : 0.25;
        YearMonth from = random.nextDouble() < size.windowShare() / 2 ? START.plusMonths(random.nextInt(size.months())) : null;
        YearMonth until = random.nextDouble() < size.windowShare() / 2 ? START.plusMonths(random.nextInt(size.months())) : null;
        if (from != null && until != null && until.isBefore(from)) {
            YearMonth swap = from;
            from = until;
            until = swap;
        }
        Double cost = size.costs() ? (double) (5_000 + 500 * random.nextInt(21)) : null;
        return new Person(name, roles, skills, availability, from, until, cost);
    }

    private static String pickRole(Random random) {
        double roll = random.nextDouble() * ROLES.stream().mapToDouble(RoleKind::poolShare).sum();
        for (RoleKind kind : ROLES) {
            roll -= kind.poolShare();
            if (roll < 0) {
                return kind.role();
            }
        }
        return ROLES.get(0).role();
    }
}
