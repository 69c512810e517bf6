package dev.teamfit.plan;

import dev.teamfit.model.Reason;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planner's rules: its constraints, each on a score level, and the conclusions it explains without one.
 * Their ids never change; a {@link dev.teamfit.model.Reason} carries the id, the sentence and the source.
 */
public enum PlanRule {
    AVAILABILITY("PLAN-001", "Nobody works above their availability in a month", PlanScore.Level.HARD,
            "A person's availability, less what they are already booked for, bounds what a plan may ask of them."),
    ELIGIBILITY("PLAN-002", "A role is filled through a declared role or a role that overlaps it", PlanScore.Level.HARD,
            "Overlaps and Collaborations",
            "The document names five overlaps between roles; anyone else would be doing a job they do not claim."),
    UNSTAFFED("PLAN-003", "Every role need is staffed or hired", PlanScore.Level.UNSTAFFED,
            "The FTE a project needs is teamfit's estimate; a required quarter-month left open weighs four recommended ones."),
    HIRES("PLAN-004", "Every hire is one more person to recruit", PlanScore.Level.HIRES,
            "Recruiting is slow and costly, so a plan that staffs the same work with fewer hires is better."),
    SKILLS("PLAN-005", "Assigned people have the skill levels their role needs", PlanScore.Level.SKILL_SHORTFALL,
            "Levels short, times the quarter-months of work that needs them: a gap to close by training."),
    OVERLAP("PLAN-006", "A role is filled by someone who declares it before someone who overlaps it",
            PlanScore.Level.SPREAD, "Overlaps and Collaborations",
            "Standing in for an overlapping role works, but less well than doing one's own."),
    FOCUS("PLAN-007", "A person works on one project at a time where possible", PlanScore.Level.SPREAD,
            "Every further project in a month costs a person switching and coordination time."),
    COST("PLAN-008", "Staffing costs as little as possible", PlanScore.Level.COST,
            "Counted only when everyone in the pool has a cost per FTE-month."),
    PACKING("PLAN-009", "Hired work is packed onto as few recruits as possible", PlanScore.Level.PACKING,
            "A tie-breaker that guides the search towards fuller hires; it never outweighs the levels above."),
    BOOKING("PLAN-010", "A booking stays as it is", null,
            "A person's existing allocation to a project is kept; the plan only uses what is left of them."),
    SHARED_HIRE("PLAN-011", "One recruit fills roles that all overlap each other", null,
            "Overlaps and Collaborations",
            "Fractional needs of roles that overlap each other are one person's work, so they make one hire."),
    CONTINUITY("PLAN-012", "The same person keeps a role on a project from month to month", PlanScore.Level.SKILL_SHORTFALL,
            "Every hand-over costs the project time; a change of person weighs " + PlanRule.CHANGE_WEIGHT
                    + " levels short for a quarter-month, so a small skill gain does not justify it."),
    HIRE_ROLES("PLAN-013", "A hire fills as few roles as possible", PlanScore.Level.SPREAD,
            "A recruit who must cover several roles is harder to find; a hire spans roles only when that saves a hire.");

    /** What a change of person weighs on the skill level, in levels short times quarter-months. */
    public static final int CHANGE_WEIGHT = 8;
    /** What each role of a hire beyond its first weighs on the spread level, in quarter-months through an overlap. */
    public static final int EXTRA_ROLE_WEIGHT = 8;

    /** The source of the planner's own policy, which rests on no seed section. */
    public static final String ESTIMATE = "";

    private static final Map<String, PlanRule> BY_SENTENCE =
            Arrays.stream(values()).collect(Collectors.toMap(PlanRule::sentence, Function.identity()));

    private final String id;
    private final String sentence;
    private final PlanScore.Level level;
    private final String source;
    private final String rationale;

    PlanRule(String id, String sentence, PlanScore.Level level, String rationale) {
        this(id, sentence, level, ESTIMATE, rationale);
    }

    PlanRule(String id, String sentence, PlanScore.Level level, String source, String rationale) {
        this.id = id;
        this.sentence = sentence;
        this.level = level;
        this.source = source;
        this.rationale = rationale;
    }

    /**
     * A reason of this rule resting on {@code source} (a seed section, or {@link #ESTIMATE}): the planner's rules
     * are teamfit's policy, so their basis is always an estimate, with the rule's rationale.
     */
    public Reason reason(String source, List<String> facts) {
        return new Reason(id, sentence, source, Reason.Basis.ESTIMATE, rationale, facts);
    }

    /** A reason of this rule on its own source. */
    public Reason reason(List<String> facts) {
        return reason(source, facts);
    }

    public String id() {
        return id;
    }

    /** The rule's conclusion as a sentence: the constraint's name in the solver. */
    public String sentence() {
        return sentence;
    }

    /** The score level the rule's constraint scores on, or null for a rule with no constraint. */
    public PlanScore.Level level() {
        return level;
    }

    /** The seed section the rule rests on, or {@link #ESTIMATE}. */
    public String source() {
        return source;
    }

    /** The rule whose sentence this is; an unknown sentence is a bug, and fails. */
    public static PlanRule bySentence(String sentence) {
        PlanRule rule = BY_SENTENCE.get(sentence);
        if (rule == null) {
            throw new IllegalStateException("no plan rule is named \"" + sentence + "\"");
        }
        return rule;
    }
}
