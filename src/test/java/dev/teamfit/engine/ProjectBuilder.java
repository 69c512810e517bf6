package dev.teamfit.engine;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.ProjectTree;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds projects for tests by key path, as a project file would say them, starting from the
 * simplest one (id, name and {@code problem.kind: classification}; every other value its SPEC §2
 * default):
 * <pre>{@code
 * project().set("deployment.mode", "batch").member("Ana", List.of("data-scientist"), "statistics", 3).build()
 * }</pre>
 * {@link #build} validates the tree with the real reader, so every project a test builds is one a file
 * could hold; a contradiction (a latency on a batch deployment) fails the test with the reader's message.
 */
public final class ProjectBuilder {

    private Node.Mapping tree;
    /** The team's members, or null when the project has no {@code team} key. */
    private List<Node> team;

    private ProjectBuilder(Node.Mapping tree, List<Node> team) {
        this.tree = tree;
        this.team = team;
    }

    /** The simplest project, id {@code p}, without a team. */
    public static ProjectBuilder project() {
        return new ProjectBuilder(new Node.Mapping(Map.of(), null), null)
                .set("id", "p").set("name", "Project p").set("problem.kind", "classification");
    }

    /** A project as it is, to change further. */
    public static ProjectBuilder of(Project project) {
        Node.Mapping tree = ProjectTree.of(project);
        List<Node> team = null;
        if (tree.entries().get("team") != null) {
            team = new ArrayList<>(((Node.Sequence) tree.entries().get("team").value()).items());
            tree = ProjectTree.with(tree, "team", null);
        }
        return new ProjectBuilder(tree, team);
    }

    /**
     * Sets the value at a key path ({@code criticality}, {@code deployment.mode}, ...): text, a boolean,
     * a whole number or a share; null removes the key.
     */
    public ProjectBuilder set(String path, Object value) {
        tree = ProjectTree.with(tree, path, value == null ? null : ProjectTree.scalar(value));
        return this;
    }

    /** Gives the project a {@code team} key, empty until members are added. */
    public ProjectBuilder team() {
        if (team == null) {
            team = new ArrayList<>();
        }
        return this;
    }

    /** Adds a full-time member with roles and skills given as id (or alias), level pairs. */
    public ProjectBuilder member(String name, List<String> roles, Object... skills) {
        return member(name, roles, 1.0, skills);
    }

    /** Adds a member with an allocation, roles and skills given as id (or alias), level pairs. */
    public ProjectBuilder member(String name, List<String> roles, double allocation, Object... skills) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < skills.length; i += 2) {
            levels.put((String) skills[i], (Integer) skills[i + 1]);
        }
        team();
        team.add(ProjectTree.member(new Member(team.size(), name, roles, allocation, levels)));
        return this;
    }

    /** The tree a project file with these values would hold. */
    public Node.Mapping tree() {
        return team == null ? tree : ProjectTree.with(tree, "team", new Node.Sequence(team, null));
    }

    /** The project, read from the tree as the reader reads a file. */
    public Project build() {
        try {
            return new ProjectReader(RuleVerifier.bundled().catalog(), TreeReader.DEFAULT_MAX_BYTES, false)
                    .bind("built", tree()).project();
        } catch (InvalidInputException e) {
            throw new AssertionError("the test built an invalid project: " + e.getMessage(), e);
        }
    }
}
