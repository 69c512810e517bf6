package dev.teamfit.input;

import dev.teamfit.model.Member;
import dev.teamfit.model.Project;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A project as the tree a project file would hold, and changes to such trees by key path: how a
 * project is written back, changed by {@code --set} and varied for what-if answers, before the reader
 * validates the result like any file.
 */
public final class ProjectTree {

    private ProjectTree() {
    }

    /** The tree of a project: its id, name and description, each value that differs from its default, its team. */
    public static Node.Mapping of(Project project) {
        Node.Mapping tree = mapping(Map.of());
        tree = with(tree, "id", scalar(project.id()));
        tree = with(tree, "name", scalar(project.name()));
        if (project.description() != null) {
            tree = with(tree, "description", scalar(project.description()));
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Map.Entry<String, ProjectFormat.Value> key : ProjectFormat.values().entrySet()) {
            Object value = project.value(key.getKey());
            if (value != null && !Objects.equals(value, key.getValue().fallback(bound))) {
                tree = with(tree, key.getKey(), scalar(value));
            }
            if (value != null) {
                bound.put(key.getKey(), value);
            }
        }
        if (project.teamDeclared()) {
            List<Node> members = new ArrayList<>();
            project.team().forEach(m -> members.add(member(m)));
            tree = with(tree, "team", new Node.Sequence(members, null));
        }
        return tree;
    }

    /** A member as the mapping a team list holds. */
    public static Node.Mapping member(Member member) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        put(entries, "name", scalar(member.name()));
        put(entries, "roles", new Node.Sequence(member.roles().stream().map(r -> (Node) scalar(r)).toList(), null));
        put(entries, "allocation", scalar(member.allocation()));
        Map<String, Node.Entry> skills = new LinkedHashMap<>();
        member.skills().forEach((skill, level) -> put(skills, skill, scalar(level)));
        put(entries, "skills", new Node.Mapping(skills, null));
        return new Node.Mapping(entries, null);
    }

    /**
     * The tree with the value at a dotted key path replaced, the sections on the way made as needed;
     * a null value removes the key. The tree itself is left as it was.
     */
    public static Node.Mapping with(Node.Mapping tree, String path, Node value) {
        int dot = path.indexOf('.');
        String key = dot < 0 ? path : path.substring(0, dot);
        Map<String, Node.Entry> entries = new LinkedHashMap<>(tree.entries());
        Node.Entry old = entries.get(key);
        Node replaced;
        if (dot < 0) {
            replaced = value;
        } else {
            Node.Mapping inner = old != null && old.value() instanceof Node.Mapping m ? m : mapping(Map.of());
            replaced = with(inner, path.substring(dot + 1), value);
        }
        if (replaced == null) {
            entries.remove(key);
        } else {
            // A key the change adds is placed where the change came from (a --set option), so a problem
            // with it names the option rather than the file.
            entries.put(key, new Node.Entry(key, old != null ? old.keyAt() : value != null ? value.at() : null,
                    replaced));
        }
        return new Node.Mapping(entries, tree.at());
    }

    /** A scalar node of a value as the parser would give it: whole numbers as integers, others as decimals. */
    public static Node.Scalar scalar(Object value) {
        if (value instanceof Integer n) {
            return new Node.Scalar(BigInteger.valueOf(n), null);
        }
        if (value instanceof Double d) {
            BigDecimal decimal = BigDecimal.valueOf(d).stripTrailingZeros();
            return new Node.Scalar(decimal.scale() <= 0 ? decimal.toBigIntegerExact() : decimal, null);
        }
        return new Node.Scalar(value, null);
    }

    private static void put(Map<String, Node.Entry> entries, String key, Node value) {
        entries.put(key, new Node.Entry(key, null, value));
    }

    private static Node.Mapping mapping(Map<String, Node.Entry> entries) {
        return new Node.Mapping(entries, null);
    }
}
