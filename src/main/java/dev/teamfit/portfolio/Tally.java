package dev.teamfit.portfolio;

import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a portfolio: which inputs are valid, where each project id first appears, and
 * every member's allocation summed over the projects they are in (members are the same person when
 * their names match, ignoring case and spacing). Kept compact: a member is a 64-bit hash of their name.
 */
final class Tally {

    /** A person's allocations over the portfolio. */
    private static final class Person {
        final String name;
        double total;
        final List<Integer> projects = new ArrayList<>(2);
        private List<String> ids;

        Person(String name) {
            this.name = name;
        }

        /** The ids of this person's projects, sorted, once the first pass is over (asked from many threads). */
        synchronized List<String> ids(List<String> byIndex) {
            if (ids == null) {
                ids = projects.stream().map(byIndex::get).distinct().sorted().toList();
            }
            return ids;
        }
    }

    private final Map<String, Source> firstPlace = new HashMap<>();
    private final Map<Long, Person> people = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

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
        for (Member member : project.team()) {
            Person person = people.computeIfAbsent(hash(MemberLoad.identity(member.name())), k -> new Person(member.name()));
            person.total += member.allocation();
            if (person.projects.isEmpty() || person.projects.get(person.projects.size() - 1) != index) {
                person.projects.add(index);
            }
        }
        return null;
    }

    /** The portfolio loads of a project's members who are in more than one project. */
    List<MemberLoad> loads(int index, Project project) {
        List<MemberLoad> loads = new ArrayList<>();
        for (Member member : project.team()) {
            Person person = people.get(hash(MemberLoad.identity(member.name())));
            if (person != null && person.projects.size() > 1) {
                loads.add(new MemberLoad(member.name(), round(person.total), elsewhere(person, index)));
            }
        }
        return loads;
    }

    /** Everyone allocated over one FTE in all, by name. */
    List<MemberLoad> overallocated() {
        List<MemberLoad> all = new ArrayList<>();
        for (Person person : people.values()) {
            if (round(person.total) > 1.0) {
                all.add(new MemberLoad(person.name, round(person.total), elsewhere(person, -1)));
            }
        }
        all.sort(java.util.Comparator.comparing(MemberLoad::member).thenComparing(m -> m.elsewhere().toString()));
        return all;
    }

    /** The sorted ids of a person's projects but the one at {@code except}, as an immutable list. */
    private List<String> elsewhere(Person person, int except) {
        List<String> all = person.ids(ids);
        int own = except < 0 ? -1 : java.util.Collections.binarySearch(all, ids.get(except));
        if (own < 0) {
            return all;
        }
        // One copy: MemberLoad keeps an immutable list as it is.
        String[] others = new String[all.size() - 1];
        for (int i = 0, j = 0; i < all.size(); i++) {
            if (i != own) {
                others[j++] = all.get(i);
            }
        }
        return List.of(others);
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
