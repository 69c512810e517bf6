package dev.teamfit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Why a conclusion holds: the rule that drew it, the seed section the rule rests on, and the
 * input facts that made it fire, such as {@code deployment.retraining=continuous}.
 *
 * @param rule   the rule's {@code @id}, e.g. {@code ROLE-007}
 * @param name   the rule's name, a sentence stating its conclusion
 * @param source the seed section of the rule's {@code @source}
 */
public record Reason(String rule, String name, String source, List<String> facts) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        facts = List.copyOf(facts);
    }

    /**
     * The same text as a record's own {@code toString}, which on Java 17 goes through
     * {@code String.format} and was the largest single cost of sorting reasons (by their text).
     */
    @Override
    public String toString() {
        return "Reason[rule=" + rule + ", name=" + name + ", source=" + source + ", facts=" + facts + "]";
    }

    /**
     * The reasons of all lists, in order of first appearance, one per rule: when a rule fired more than
     * once (on different facts), its facts are joined.
     */
    public static List<Reason> merge(Collection<? extends List<Reason>> lists) {
        java.util.LinkedHashMap<String, Reason> byRule = new java.util.LinkedHashMap<>();
        for (List<Reason> list : lists) {
            for (Reason reason : list) {
                byRule.merge(reason.rule(), reason, (a, b) -> {
                    LinkedHashSet<String> facts = new LinkedHashSet<>(a.facts());
                    facts.addAll(b.facts());
                    return new Reason(a.rule(), a.name(), a.source(), new ArrayList<>(facts));
                });
            }
        }
        return List.copyOf(byRule.values());
    }

    /**
     * Sorts conclusions by {@code order}, then by the text of their reasons: a canonical order,
     * whatever order the rules fired in, so that merged reasons come out as the same bytes. The
     * first reason's rule id decides most ties (the text begins with it), so the whole text is built
     * only for conclusions whose first rules are the same, and then once each.
     */
    public static <T> List<T> sortByText(Collection<? extends T> items, java.util.Comparator<? super T> order,
                                         java.util.function.Function<? super T, List<Reason>> reasons) {
        final class Keyed {
            final T item;
            final List<Reason> list;
            final String first;
            String text;

            Keyed(T item) {
                this.item = item;
                this.list = reasons.apply(item);
                this.first = list.isEmpty() ? "" : list.get(0).rule();
            }

            String text() {
                if (text == null) {
                    text = list.toString();
                }
                return text;
            }
        }
        List<Keyed> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(new Keyed(item));
        }
        keyed.sort((a, b) -> {
            int c = order.compare(a.item, b.item);
            if (c == 0 && !a.first.equals(b.first) && plain(a.first) && plain(b.first)) {
                c = a.first.compareTo(b.first);
            }
            return c != 0 ? c : a.text().compareTo(b.text());
        });
        List<T> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.item);
        }
        return sorted;
    }

    /**
     * Whether a rule id orders by itself as it does at the head of a reason's text (where ", name="
     * follows it): true when it holds no character below ','.
     */
    private static boolean plain(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) <= ',') {
                return false;
            }
        }
        return true;
    }

    /** The input facts behind all reasons, in order, each once. */
    public static List<String> factsOf(List<Reason> reasons) {
        LinkedHashSet<String> facts = new LinkedHashSet<>();
        reasons.forEach(r -> facts.addAll(r.facts()));
        return new ArrayList<>(facts);
    }
}
