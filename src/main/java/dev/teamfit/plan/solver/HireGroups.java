package dev.teamfit.plan.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The role groups one recruit can fill: the maximal sets of roles that all overlap each other both ways, so
 * that whichever of them the recruit declares, they may fill the others. With the seed's five overlaps these
 * are {data-engineer, data-scientist, ml-engineer}, {ml-engineer, mlops-engineer}, {ml-engineer, ml-researcher}
 * and every other role alone.
 */
final class HireGroups {

    private HireGroups() {
    }

    /**
     * The groups covering {@code roles}, largest first, then by name; each group's roles sorted.
     *
     * @param partners for each role, the roles that may fill it through an overlap
     */
    static List<List<String>> of(Collection<String> roles, Map<String, Map<String, String>> partners) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(roles));
        List<List<String>> groups = new ArrayList<>();
        cliques(new ArrayList<>(), new ArrayList<>(sorted), new ArrayList<>(), partners, groups);
        groups.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(List::toString));
        return groups;
    }

    /** Bron–Kerbosch without pivoting: the graph has a handful of roles. */
    private static void cliques(List<String> clique, List<String> candidates, List<String> excluded,
                                Map<String, Map<String, String>> partners, List<List<String>> out) {
        if (candidates.isEmpty() && excluded.isEmpty()) {
            out.add(List.copyOf(new TreeSet<>(clique)));
            return;
        }
        for (String role : List.copyOf(candidates)) {
            List<String> next = new ArrayList<>(clique);
            next.add(role);
            cliques(next, neighbours(role, candidates, partners), neighbours(role, excluded, partners), partners, out);
            candidates.remove(role);
            excluded.add(role);
        }
    }

    private static List<String> neighbours(String role, List<String> among, Map<String, Map<String, String>> partners) {
        return among.stream().filter(other -> !other.equals(role) && mutual(role, other, partners))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static boolean mutual(String a, String b, Map<String, Map<String, String>> partners) {
        return partners.getOrDefault(a, Map.of()).containsKey(b) && partners.getOrDefault(b, Map.of()).containsKey(a);
    }

    /** The group's label in placeholder ids: its roles joined by {@code +}. */
    static String label(List<String> group) {
        return String.join("+", group);
    }
}
