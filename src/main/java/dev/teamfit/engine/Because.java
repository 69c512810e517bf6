package dev.teamfit.engine;

import dev.teamfit.model.BaseSkill;
import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Conclusion;
import dev.teamfit.model.Member;
import dev.teamfit.model.Reason;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds the reasons of a conclusion inside a rule's consequence: {@code Because.of(kcontext, $c, ...)}
 * gives the firing rule's reason, whose facts are the input facts behind the evidence, followed by
 * the reasons of any conclusions among the evidence, so that every conclusion carries its chain.
 */
public final class Because {

    private Because() {
    }

    /**
     * The reasons for a conclusion the current rule draws from the given evidence: characteristics,
     * earlier conclusions, members, or plain fact strings.
     */
    public static List<Reason> of(RuleContext kcontext, Object... evidence) {
        LinkedHashSet<String> facts = new LinkedHashSet<>();
        List<List<Reason>> upstream = new ArrayList<>();
        for (Object item : evidence) {
            collect(item, facts, upstream);
        }
        Rule rule = kcontext.getRule();
        Reason own = reason(rule, new ArrayList<>(facts));
        List<List<Reason>> all = new ArrayList<>();
        all.add(List.of(own));
        all.addAll(upstream);
        return Reason.merge(all);
    }

    private static void collect(Object item, Collection<String> facts, List<List<Reason>> upstream) {
        if (item instanceof Characteristic c) {
            facts.addAll(c.facts());
            if (!c.isInput()) {
                upstream.add(c.reasons());
            }
        } else if (item instanceof Conclusion c) {
            // The input facts of its reasons, in order, each once (as Reason.factsOf, without a copy).
            c.reasons().forEach(r -> facts.addAll(r.facts()));
            upstream.add(c.reasons());
        } else if (item instanceof BaseSkill skill) {
            // The line of the seed the level rests on (or the estimate's rationale), so that explain shows it.
            facts.add("catalog: " + skill + ": " + skill.says());
        } else if (item instanceof Member m) {
            facts.add(m.path() + ".roles=" + m.roles());
        } else if (item instanceof Collection<?> items) {
            items.forEach(i -> collect(i, facts, upstream));
        } else if (item != null) {
            facts.add(String.valueOf(item));
        }
    }

    /**
     * The input facts behind a conclusion, without its chain of reasons: for a conclusion that only
     * refers to another (a skill a required role needs) rather than following from it.
     */
    public static List<String> factsOf(Conclusion conclusion) {
        return Reason.factsOf(conclusion.reasons());
    }

    /** A member's level in a skill as a fact: {@code team[1].skills.ci-cd-ct=competent}. */
    public static String skill(Member member, String skill) {
        return member.path() + ".skills." + skill + "=" + dev.teamfit.model.Level.idOf(member.level(skill));
    }

    /**
     * A rule's reason with the given facts: it rests on the document when the rule quotes it
     * ({@code @quote}), else it is teamfit's estimate ({@code @basis("estimate")}, {@code @rationale}).
     */
    static Reason reason(Rule rule, List<String> facts) {
        String quote = meta(rule, "quote");
        boolean document = !quote.isEmpty() && !"estimate".equals(meta(rule, "basis"));
        return new Reason(meta(rule, "id"), rule.getName(), meta(rule, "source"),
                document ? Reason.Basis.DOCUMENT : Reason.Basis.ESTIMATE, document ? quote : meta(rule, "rationale"),
                facts);
    }

    static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? "" : value.toString();
    }
}
