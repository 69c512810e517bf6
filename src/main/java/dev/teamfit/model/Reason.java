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
     * whatever order the rules fired in, so that merged reasons come out as the same bytes. The texts
     * are compared without being built ({@link #compareText}).
     */
    public static <T> List<T> sortByText(Collection<? extends T> items, java.util.Comparator<? super T> order,
                                         java.util.function.Function<? super T, List<Reason>> reasons) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> {
            int c = order.compare(a, b);
            return c != 0 ? c : compareText(reasons.apply(a), reasons.apply(b));
        });
        return sorted;
    }

    /**
     * Compares two lists of reasons as {@code a.toString().compareTo(b.toString())} would, character
     * by character up to the first difference, without building either text (a conclusion's reasons
     * carry its whole chain: a kilobyte of text, where two lists usually differ within the first
     * hundred characters).
     */
    public static int compareText(List<Reason> a, List<Reason> b) {
        Text x = new Text(a);
        Text y = new Text(b);
        while (true) {
            boolean moreX = x.ready();
            boolean moreY = y.ready();
            if (!moreX || !moreY) {
                return moreX ? 1 : moreY ? -1 : 0;
            }
            int n = Math.min(x.segment.length() - x.at, y.segment.length() - y.at);
            if (!x.segment.regionMatches(x.at, y.segment, y.at, n)) {
                for (int i = 0; ; i++) {
                    char cx = x.segment.charAt(x.at + i);
                    char cy = y.segment.charAt(y.at + i);
                    if (cx != cy) {
                        return cx - cy;
                    }
                }
            }
            x.at += n;
            y.at += n;
        }
    }

    /** The characters of a list of reasons' text ({@code List.toString} of it), one at a time. */
    private static final class Text {
        private final List<Reason> reasons;
        private int reason;
        private int step;
        private String segment = "[";
        private int at;
        private boolean closed;

        Text(List<Reason> reasons) {
            this.reasons = reasons;
        }

        /** Whether a character is left; {@code segment.charAt(at)} is the next one when there is. */
        boolean ready() {
            while (at == segment.length()) {
                if (!advance()) {
                    return false;
                }
            }
            return true;
        }

        /** Moves to the next piece of {@code [Reason[rule=R, name=N, source=S, facts=[F, G]], ...]}. */
        private boolean advance() {
            at = 0;
            if (reason == reasons.size()) {
                if (closed) {
                    return false;
                }
                closed = true;
                segment = "]";
                return true;
            }
            Reason r = reasons.get(reason);
            int piece = step++;
            switch (piece) {
                case 0 -> segment = reason == 0 ? "Reason[rule=" : ", Reason[rule=";
                case 1 -> segment = r.rule();
                case 2 -> segment = ", name=";
                case 3 -> segment = r.name();
                case 4 -> segment = ", source=";
                case 5 -> segment = r.source();
                case 6 -> segment = ", facts=[";
                default -> {
                    int k = piece - 7;
                    int pieces = 2 * r.facts().size() - 1;
                    if (k < pieces) {
                        segment = k % 2 == 0 ? r.facts().get(k / 2) : ", ";
                    } else {
                        segment = "]]";
                        reason++;
                        step = 0;
                    }
                }
            }
            return true;
        }
    }

    /** The input facts behind all reasons, in order, each once. */
    public static List<String> factsOf(List<Reason> reasons) {
        LinkedHashSet<String> facts = new LinkedHashSet<>();
        reasons.forEach(r -> facts.addAll(r.facts()));
        return new ArrayList<>(facts);
    }
}
