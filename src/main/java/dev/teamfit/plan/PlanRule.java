package dev.teamfit.plan;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planner's rules: its constraints, each on a score level, and the conclusions it explains without one.
 * Their ids never change; a {@link dev.teamfit.model.Reason} carries the id, the sentence and the source.
 */
public enum PlanRule {
    AVAILABILITY("PLAN-001", "Nobody works above their availability in a month", PlanScore.Level.HARD),
    ELIGIBILITY("PLAN-002", "A role is filled through a declared role or a role that overlaps it", PlanScore.Level.HARD,
            "Overlaps and Collaborations"),
    UNSTAFFED("PLAN-003", "Every role need is staffed or hired", PlanScore.Level.UNSTAFFED),
    HIRES("PLAN-004", "Every hire is one more person to recruit", PlanScore.Level.HIRES),
    SKILLS("PLAN-005", "Assigned people have the skill levels their role needs", PlanScore.Level.SKILL_SHORTFALL),
    OVERLAP("PLAN-006", "A role is filled by someone who declares it before someone who overlaps it",
            PlanScore.Level.SPREAD, "Overlaps and Collaborations"),
    FOCUS("PLAN-007", "A person works on one project at a time where possible", PlanScore.Level.SPREAD),
    COST("PLAN-008", "Staffing costs as little as possible", PlanScore.Level.COST),
    PACKING("PLAN-009", "Hired work is packed onto as few recruits as possible", PlanScore.Level.PACKING),
    BOOKING("PLAN-010", "A booking stays as it is", null),
    SHARED_HIRE("PLAN-011", "One recruit fills roles that all overlap each other", null,
            "Overlaps and Collaborations");

    /** The source of the planner's own policy, as opposed to a seed section. */
    public static final String ESTIMATE = "teamfit estimate";

    private static final Map<String, PlanRule> BY_SENTENCE =
            Arrays.stream(values()).collect(Collectors.toMap(PlanRule::sentence, Function.identity()));

    private final String id;
    private final String sentence;
    private final PlanScore.Level level;
    private final String source;

    PlanRule(String id, String sentence, PlanScore.Level level) {
        this(id, sentence, level, ESTIMATE);
    }

    PlanRule(String id, String sentence, PlanScore.Level level, String source) {
        this.id = id;
        this.sentence = sentence;
        this.level = level;
        this.source = source;
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
