package dev.teamfit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Why a conclusion holds: the rule that drew it, what it rests on (a sentence of the source document,
 * or teamfit's own estimate and why), and the input facts that made it fire, such as
 * {@code deployment.retraining=continuous}.
 *
 * @param rule   the rule's {@code @id}, e.g. {@code ROLE-007}
 * @param name   the rule's name, a sentence stating its conclusion
 * @param source the seed section the rule rests on or relates to ({@code @source}), or empty
 * @param basis  whether the document says so, or teamfit estimates it
 * @param says   for the document, the sentence the rule rests on ({@code @quote}); for an estimate, its
 *               rationale ({@code @rationale}); empty when the rule gives none
 */
public record Reason(String rule, String name, String source, Basis basis, String says, List<String> facts) {

    /** What a rule's conclusion rests on. */
    public enum Basis implements Named {
        /** The source document says so: the rule quotes the sentence. */
        DOCUMENT,
        /** teamfit's own estimate (an FTE, a level, a threshold, a severity), with its rationale. */
        ESTIMATE
    }

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(says, "says");
        facts = List.copyOf(facts);
    }

    /**
     * The record's own text, built directly: Java 17 makes a record's {@code toString} with
     * {@code String.format}, and ordering conclusions by their reasons' text (below) made it the
     * largest cost of merging needs.
     */
    @Override
    public String toString() {
        return "Reason[rule=" + rule + ", name=" + name + ", source=" + source + ", basis=" + basis + ", says=" + says
                + ", facts=" + facts + "]";
    }

    /**
     * The reasons of all lists, in order of first appearance, one per rule: when a rule fired more than
     * once (on different facts), its facts are joined.
     */
    public static List<Reason> merge(Collection<? extends List<Reason>> lists) {
        Map<String, Reason> byRule = new LinkedHashMap<>();
        for (List<Reason> list : lists) {
            for (Reason reason : list) {
                byRule.merge(reason.rule(), reason, (a, b) -> {
                    LinkedHashSet<String> facts = new LinkedHashSet<>(a.facts());
                    facts.addAll(b.facts());
                    return new Reason(a.rule, a.name, a.source, a.basis, a.says, List.copyOf(facts));
                });
            }
        }
        return List.copyOf(byRule.values());
    }

    /**
     * Sorts conclusions by {@code order}, then by the text of their reasons: a canonical order,
     * whatever order the rules fired in, so that merged reasons come out as the same bytes.
     */
    public static <T> List<T> sortByText(Collection<? extends T> items, Comparator<? super T> order,
                                         Function<? super T, List<Reason>> reasons) {
        // A text is made only for the items the order ties, once each.
        Map<T, String> texts = new IdentityHashMap<>();
        List<T> sorted = new ArrayList<>(items);
        Comparator<T> byOrder = order::compare;
        sorted.sort(byOrder.thenComparing(item -> texts.computeIfAbsent(item, i -> reasons.apply(i).toString())));
        return sorted;
    }

    /** The input facts behind all reasons, in order, each once. */
    public static List<String> factsOf(List<Reason> reasons) {
        return reasons.stream().flatMap(r -> r.facts().stream()).distinct().toList();
    }
}
