package dev.teamfit.engine;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.Problem;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.ProjectTree;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Member;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Project;
import dev.teamfit.model.RoleRequirement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Counterfactuals for "why not" answers: the project assessed again with one input value changed at
 * a time, so that an explanation can say which single change would make a role needed, or no
 * longer needed, and which rule would then decide. The values tried are every other choice of a
 * choice, the other value of a flag, and the numbers on both sides of each threshold the rules compare
 * a number with. A change that contradicts another key (a deployment mode of none with scheduled
 * retraining) drops that key to its default, as a user fixing the file would.
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

    /** How one project is assessed (under a time limit, say). */
    public interface Assess {
        Assessment apply(Project project) throws RuleFailure;
    }

    /** A project changed in one input value. */
    private record Variation(String key, String from, String to, Project project) {
    }

    private WhatIf() {
    }

    /**
     * Every single-value variation of the project that stays valid, assessed by the rule base's rules,
     * within a time budget for them all.
     */
    public static List<Alternative> alternatives(Project project, RuleBase base, Assess assess, Duration budget)
            throws RuleFailure {
        List<Alternative> alternatives = new ArrayList<>();
        List<Variation> variations = variations(project, new ProjectReader(base.catalog(), Long.MAX_VALUE, false),
                base.thresholds());
        long deadline = System.nanoTime() + budget.toNanos();
        for (Variation variation : variations) {
            if (System.nanoTime() > deadline) {
                throw new RuleFailure("explain stopped after " + dev.teamfit.model.Fte.format(budget.toMillis() / 1000.0) + " s, with " + alternatives.size()
                        + " of " + variations.size() + " what-if variations of project " + project.id() + " assessed; "
                        + "it is too large for what-if answers in that time. Raise --rule-timeout (the budget is four "
                        + "times it), or use teamfit assess.");
            }
            Map<String, RoleRequirement> roles = new LinkedHashMap<>();
            assess.apply(variation.project()).roles().forEach(r -> roles.put(r.role(), r.requirement()));
            alternatives.add(new Alternative(variation.key(), variation.from(), variation.to(), roles));
        }
        return alternatives;
    }

    /** The valid projects that differ from this one in a single input value. */
    private static List<Variation> variations(Project project, ProjectReader reader,
                                              Map<String, Set<Integer>> thresholds) {
        Node.Mapping tree = ProjectTree.of(project);
        List<Variation> all = new ArrayList<>();
        for (Map.Entry<String, ProjectFormat.Value> entry : ProjectFormat.values().entrySet()) {
            String key = entry.getKey();
            ProjectFormat.Value value = entry.getValue();
            Object current = project.value(key);
            List<Object> candidates = new ArrayList<>();
            switch (value.type()) {
                case CHOICE -> candidates.addAll(value.choices());
                case FLAG -> candidates.add(!Boolean.TRUE.equals(current));
                case WHOLE -> thresholds.getOrDefault(key, Set.of()).stream().filter(n -> n >= value.min())
                        .forEach(candidates::add);
                default -> {
                }
            }
            for (Object candidate : candidates) {
                if (!Objects.equals(candidate, current)) {
                    vary(reader, tree, key, ProjectTree.scalar(candidate)).ifPresent(p -> all.add(
                            new Variation(key, current == null ? "unset" : current.toString(), candidate.toString(), p)));
                }
            }
        }
        Integer size = project.teamDeclared() ? project.team().size() : null;
        for (int n : thresholds.getOrDefault("team.size", Set.of())) {
            if (n >= 0 && !Objects.equals(n, size)) {
                all.add(new Variation("team.size", size == null ? "unset" : size.toString(), String.valueOf(n),
                        project.with(project.values(), teamOf(project.team(), n), true)));
            }
        }
        return all;
    }

    /** The project with one value changed, keys it then contradicts dropped; empty when it cannot be valid. */
    private static Optional<Project> vary(ProjectReader reader, Node.Mapping tree, String key, Node value) {
        Node.Mapping changed = ProjectTree.with(tree, key, value);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return Optional.of(reader.bind("variation", changed).project());
            } catch (InvalidInputException e) {
                for (Problem problem : e.problems()) {
                    if (problem.path().equals(key) || problem.path().isEmpty()) {
                        return Optional.empty();
                    }
                    changed = ProjectTree.with(changed, problem.path(), null);
                }
            }
        }
        return Optional.empty();
    }

    /** The team grown (with placeholder members) or cut to a size. */
    private static List<Member> teamOf(List<Member> team, int size) {
        List<Member> result = new ArrayList<>(team.subList(0, Math.min(size, team.size())));
        for (int i = result.size(); i < size; i++) {
            result.add(new Member(i, "(member " + (i + 1) + ")", List.of(), 1.0, Map.of()));
        }
        return result;
    }
}
