package dev.teamfit.engine;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.ProjectTree;
import dev.teamfit.input.Problem;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Valid projects that differ from a given one in a single input value, for "why not" answers: what
 * one change would make a role needed. The values tried are every other choice of a choice, the other
 * value of a flag, and the numbers on both sides of each threshold the rules compare a number with.
 * A change that contradicts another key (a deployment mode of none with scheduled retraining) drops
 * that key to its default, as a user fixing the file would.
 */
final class Variations {

    /** A project changed in one input value. */
    record Variation(String key, String from, String to, Project project) {
    }

    private Variations() {
    }

    static List<Variation> of(Project project, ProjectReader reader, Map<String, Set<Integer>> thresholds) {
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
    private static java.util.Optional<Project> vary(ProjectReader reader, Node.Mapping tree, String key, Node value) {
        Node.Mapping changed = ProjectTree.with(tree, key, value);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return java.util.Optional.of(reader.bind("variation", changed).project());
            } catch (InvalidInputException e) {
                for (Problem problem : e.problems()) {
                    if (problem.path().equals(key) || problem.path().isEmpty()) {
                        return java.util.Optional.empty();
                    }
                    changed = ProjectTree.with(changed, problem.path(), null);
                }
            }
        }
        return java.util.Optional.empty();
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
