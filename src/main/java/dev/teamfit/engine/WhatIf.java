package dev.teamfit.engine;

import dev.teamfit.input.ProjectReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Project;
import dev.teamfit.model.RoleRequirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counterfactuals for "why not" answers: the project assessed again with one input value changed at
 * a time, so that an explanation can say which single change would make a role needed, or no
 * longer needed, and which rule would then decide.
 */
public final class WhatIf {

    /**
     * The outcome of one change.
     *
     * @param key   the input key path changed, e.g. {@code problem.novelty}
     * @param from  its value in the project
     * @param to    its value in the variation
     * @param roles the variation's role requirements, by role id
     */
    public record Alternative(String key, String from, String to, Map<String, RoleRequirement> roles) {

        /** The role's priority in this variation, or null when it is not needed there. */
        public Priority priority(String role) {
            RoleRequirement requirement = roles.get(role);
            return requirement == null ? null : requirement.priority();
        }
    }

    private WhatIf() {
    }

    /** How one project is assessed (under a time limit, say). */
    public interface Assess {
        Assessment apply(Project project) throws RuleFailure;
    }

    /**
     * Every single-value variation of the project that stays valid, assessed by the rule base's rules,
     * within a time budget for them all.
     */
    public static List<Alternative> alternatives(Project project, RuleBase base, Assess assess,
                                                 java.time.Duration budget) throws RuleFailure {
        List<Alternative> alternatives = new ArrayList<>();
        ProjectReader reader = new ProjectReader(base.catalog(), Long.MAX_VALUE);
        List<Variations.Variation> variations = Variations.of(project, reader, base.thresholds());
        long deadline = System.nanoTime() + budget.toNanos();
        for (Variations.Variation variation : variations) {
            if (System.nanoTime() > deadline) {
                throw new RuleFailure("explain stopped after " + budget.toSeconds() + " s, with " + alternatives.size()
                        + " of " + variations.size() + " what-if variations of project " + project.id() + " assessed; "
                        + "it is too large for what-if answers in that time. Raise --rule-timeout (the budget is four "
                        + "times it), or use teamfit assess.");
            }
            Assessment assessment = assess.apply(variation.project());
            Map<String, RoleRequirement> roles = new LinkedHashMap<>();
            assessment.roles().forEach(r -> roles.put(r.role(), r.requirement()));
            alternatives.add(new Alternative(variation.key(), variation.from(), variation.to(), roles));
        }
        return alternatives;
    }
}
