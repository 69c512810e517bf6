package dev.teamfit.portfolio;

import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Project;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a portfolio: where each project id first appears, and every member's
 * allocations over the projects they are in (members are the same person when their names match,
 * ignoring case and spacing). Kept compact: a person is a 64-bit hash of their name, their projects
 * and allocations are arrays of numbers; a project is its id and, when it has them, its start month
 * and duration.
 */
final class Tally {

    /** A person's allocations over the portfolio: project indexes (ascending) and the allocation in each. */
    private static final class Person {
        final String name;
        double total;
        int count;
        int[] projects = new int[2];
        double[] allocations = new double[2];
        private List<String> ids;

        Person(String name) {
            this.name = name;
        }

        void add(int index, double allocation) {
            total += allocation;
            if (count > 0 && projects[count - 1] == index) {
                allocations[count - 1] += allocation;
                return;
            }
            if (count == projects.length) {
                projects = Arrays.copyOf(projects, count * 2);
                allocations = Arrays.copyOf(allocations, count * 2);
            }
            projects[count] = index;
            allocations[count++] = allocation;
        }

        /** The ids of this person's projects, sorted, once the first pass is over (asked from many threads). */
        synchronized List<String> ids(List<String> byIndex) {
            if (ids == null) {
                String[] all = new String[count];
                for (int i = 0; i < count; i++) {
                    all[i] = byIndex.get(projects[i]);
                }
                Arrays.sort(all);
                ids = List.of(all);
            }
            return ids;
        }
    }

    private final Map<String, Source> firstPlace = new HashMap<>();
    private final Map<Long, Person> people = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    /** Per project index: its start as a month count (year * 12 + month - 1) and its duration, or -1. */
    private int[] starts = new int[16];
    private int[] durations = new int[16];

    /**
     * Records a valid project at input position {@code index}; returns the place of an earlier project
     * with the same id (which makes this one a duplicate), or null.
     */
    Source add(int index, Source source, Project project) {
        Source earlier = firstPlace.putIfAbsent(project.id(), source);
        while (ids.size() <= index) {
            ids.add(null);
        }
        if (earlier != null) {
            return earlier;
        }
        ids.set(index, project.id());
        if (index >= starts.length) {
            int size = Math.max(index + 1, starts.length * 2);
            starts = Arrays.copyOf(starts, size);
            durations = Arrays.copyOf(durations, size);
        }
        starts[index] = month(project.start());
        durations[index] = project.durationMonths() == null ? -1 : project.durationMonths();
        for (Member member : project.team()) {
            people.computeIfAbsent(hash(MemberLoad.identity(member.name())), k -> new Person(member.name()))
                    .add(index, member.allocation());
        }
        return null;
    }

    /** The portfolio loads of a project's members who are in more than one project: a count and a few ids each. */
    List<MemberLoad> loads(int index, Project project) {
        List<MemberLoad> loads = new ArrayList<>();
        for (Member member : project.team()) {
            Person person = people.get(hash(MemberLoad.identity(member.name())));
            if (person != null && person.count > 1) {
                List<String> first = new ArrayList<>(MemberLoad.FIRST);
                for (String id : person.ids(ids)) {
                    if (!id.equals(project.id()) && first.size() < MemberLoad.FIRST) {
                        first.add(id);
                    }
                }
                loads.add(new MemberLoad(member.name(), round(person.total),
                        new MemberLoad.Elsewhere(person.count - 1, first)));
            }
        }
        return loads;
    }

    /**
     * Everyone on two or more projects, by name: their projects in full, their total, how far over one
     * FTE, and the months they are over when every one of their projects has a start and a duration.
     */
    List<PortfolioSummary.Person> shared() {
        List<PortfolioSummary.Person> all = new ArrayList<>();
        for (Person person : people.values()) {
            if (person.count < 2) {
                continue;
            }
            double total = round(person.total);
            all.add(new PortfolioSummary.Person(person.name, person.ids(ids), total, round(Math.max(0, total - 1)),
                    overMonths(person)));
        }
        all.sort(Comparator.comparing(PortfolioSummary.Person::member).thenComparing(p -> p.projects().toString()));
        return all;
    }

    /** The runs of months in which a person's allocations sum over one FTE, or null when some project has no dates. */
    private List<PortfolioSummary.Months> overMonths(Person person) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < person.count; i++) {
            int p = person.projects[i];
            if (starts[p] < 0 || durations[p] < 0) {
                return null;
            }
            first = Math.min(first, starts[p]);
            last = Math.max(last, starts[p] + durations[p] - 1);
        }
        // Allocation changes at each month; a person's projects span a few years at most, but cap the span.
        int span = (int) Math.min((long) last - first + 1, 12 * 200);
        double[] change = new double[span + 1];
        for (int i = 0; i < person.count; i++) {
            int p = person.projects[i];
            int from = starts[p] - first;
            if (from < span) {
                change[from] += person.allocations[i];
                change[Math.min(span, from + durations[p])] -= person.allocations[i];
            }
        }
        List<PortfolioSummary.Months> runs = new ArrayList<>();
        double load = 0;
        int runStart = -1;
        double peak = 0;
        for (int m = 0; m <= span; m++) {
            load = m < span ? load + change[m] : 0;
            boolean over = m < span && round(load) > 1.0;
            if (over && runStart < 0) {
                runStart = m;
                peak = 0;
            }
            if (over) {
                peak = Math.max(peak, round(load));
            } else if (runStart >= 0) {
                runs.add(new PortfolioSummary.Months(monthText(first + runStart), monthText(first + m - 1), peak));
                runStart = -1;
            }
        }
        return runs;
    }

    /** A start month ({@code YYYY-MM}, as the reader checked it) as a month count, or -1 without one. */
    private static int month(String text) {
        if (text == null) {
            return -1;
        }
        YearMonth month = YearMonth.parse(text);
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static String monthText(int month) {
        return YearMonth.of(month / 12, month % 12 + 1).toString();
    }

    /** Allocations are shares like 0.1; summing them must not leave 1.0000000000000002. */
    private static double round(double total) {
        return Math.round(total * 1e6) / 1e6;
    }

    /** FNV-1a over the name's characters, then a SplitMix64 finish: collisions are negligible. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
