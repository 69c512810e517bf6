package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import dev.teamfit.model.Reason;
import dev.teamfit.plan.PlanRule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Why a constraint matched: the rule, the seed section or estimate it rests on, what it matched (a seat, or a
 * worker and perhaps a month), details such as a skill's levels, and for a change of person the worker who held
 * the share before. It becomes a {@link Reason}.
 */
public record Because(PlanRule rule, String source, Seat seat, Worker worker, Month month, List<String> details,
                      Worker previous) implements ConstraintJustification {

    public Because {
        details = List.copyOf(details);
    }

    /** A match on a seat, resting on the rule's own source. */
    static Because seat(PlanRule rule, Seat seat, String... details) {
        return seat(rule, rule.source(), seat, details);
    }

    static Because seat(PlanRule rule, String source, Seat seat, String... details) {
        return new Because(rule, source, seat, seat.getWorker(), null, List.of(details), null);
    }

    /** A match on a seat whose worker takes over from {@code previous}, who held the share the run before. */
    static Because change(PlanRule rule, Seat seat, Worker previous) {
        return new Because(rule, rule.source(), seat, seat.getWorker(), null, List.of(), previous);
    }

    /** A match on a worker in a month. */
    static Because month(PlanRule rule, Worker worker, Month month, String... details) {
        return new Because(rule, rule.source(), null, worker, month, List.of(details), null);
    }

    /** A match on a worker over the whole plan. */
    static Because worker(PlanRule rule, Worker worker, String... details) {
        return new Because(rule, rule.source(), null, worker, null, List.of(details), null);
    }

    /** The reason, naming workers as {@code name} does (a hire placeholder by the hire's id). */
    public Reason reason(Function<Worker, String> name) {
        List<String> facts = new ArrayList<>();
        if (worker != null) {
            facts.add("person=" + name.apply(worker));
        }
        if (seat != null) {
            facts.add("project=" + seat.project());
            facts.add("role=" + seat.need().role());
            facts.add(months(seat.need().first(), seat.need().last()));
        }
        if (month != null) {
            facts.add("month=" + month);
        }
        if (previous != null) {
            facts.add("replaces=" + name.apply(previous));
        }
        facts.addAll(details);
        return rule.reason(source, facts);
    }

    /** {@code month=2027-03}, or {@code months=2027-01..2027-06}. */
    static String months(Month first, Month last) {
        return first.equals(last) ? "month=" + first : "months=" + first + ".." + last;
    }
}
