package dev.teamfit.input;

import dev.teamfit.model.MemberLoad;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to a project given on the command line: {@code --set KEY=VALUE} (any input key by its
 * key path, a member by name or position: {@code team[Ana Ruiz].allocation=0.5}), {@code --add-member
 * 'name=New hire;roles=mlops-engineer;allocation=1;skills=ci-cd-ct:proficient'} and {@code
 * --remove-member NAME}. They change the project's tree before the reader validates it, so a bad value
 * gets the same message as in a file, with the option as its place.
 */
public final class Overrides {

    /** One change, as given. */
    public sealed interface Change {
        /** The option as the user wrote it, naming the place of a problem it causes. */
        String option();
    }

    /** {@code --set KEY=VALUE}. */
    public record Set(String option, String path, Node value) implements Change {
    }

    /** {@code --add-member SPEC}. */
    public record AddMember(String option, Node.Mapping member) implements Change {
    }

    /** {@code --remove-member NAME}. */
    public record RemoveMember(String option, String name) implements Change {
    }

    private static final Pattern MEMBER = Pattern.compile("team\\[([^\\]]+)\\](?:\\.(.+))?");

    private final List<Change> changes;

    private Overrides(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** No change. */
    public static Overrides none() {
        return new Overrides(List.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> changes() {
        return changes;
    }

    /**
     * Parses the options' values.
     *
     * @throws InvalidInputException naming the option, when one is not of the form the option takes
     */
    public static Overrides parse(List<String> sets, List<String> added, List<String> removed)
            throws InvalidInputException {
        List<Change> changes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String set : sets) {
            String option = "--set " + set;
            int equals = set.indexOf('=');
            String path = equals < 0 ? "" : set.substring(0, equals).strip();
            if (equals < 1 || path.isEmpty()) {
                problems.add(new Problem(origin(option), "", "expected KEY=VALUE with KEY a key path such as "
                        + "deployment.mode or team[Ana Ruiz].allocation."));
                continue;
            }
            try {
                changes.add(new Set(option, path, value(option, set.substring(equals + 1))));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        for (String spec : added) {
            String option = "--add-member " + spec;
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            pairs(spec, ";", '=', new Problem(origin(option), "", "expected KEY=VALUE pairs separated by ';', such as "
                    + "name=New hire;roles=mlops-engineer;allocation=1;skills=ci-cd-ct:proficient."), problems, (key, text) -> {
                Node value = switch (key) {
                    case "roles" -> new Node.Sequence(List.of(text.split(",")).stream().filter(r -> !r.isBlank())
                            .map(r -> (Node) new Node.Scalar(r.strip(), origin(option))).toList(), origin(option));
                    case "skills" -> skills(option, text, problems);
                    case "name" -> new Node.Scalar(text, origin(option));
                    default -> scalar(option, text, problems);
                };
                entries.put(key, new Node.Entry(key, origin(option), value));
            });
            changes.add(new AddMember(option, new Node.Mapping(entries, origin(option))));
        }
        for (String name : removed) {
            changes.add(new RemoveMember("--remove-member " + name, name));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("command line", problems);
        }
        return new Overrides(changes);
    }

    /** The tree with every change made, in order. */
    public Node.Mapping apply(Node.Mapping tree) throws InvalidInputException {
        Node.Mapping result = tree;
        for (Change change : changes) {
            if (change instanceof Set set) {
                result = set(result, set);
                continue;
            }
            List<Node> team = new ArrayList<>(team(result));
            if (change instanceof AddMember add) {
                team.add(add.member());
            } else {
                RemoveMember remove = (RemoveMember) change;
                team.remove(index(result, remove.name(), remove.option()));
            }
            result = ProjectTree.with(result, "team", new Node.Sequence(team, origin(change.option())));
        }
        return result;
    }

    private static Node.Mapping set(Node.Mapping tree, Set set) throws InvalidInputException {
        Matcher member = MEMBER.matcher(set.path());
        if (!member.matches()) {
            return ProjectTree.with(tree, set.path(), set.value());
        }
        List<Node> team = new ArrayList<>(team(tree));
        int i = index(tree, member.group(1), set.option());
        Node.Mapping replaced = member.group(2) == null
                ? (set.value() instanceof Node.Mapping m ? m : null)
                : ProjectTree.with((Node.Mapping) team.get(i), member.group(2), set.value());
        if (replaced == null) {
            throw new InvalidInputException("command line", new Problem(origin(set.option()), set.path(),
                    "a member is set key by key, such as " + set.path() + ".allocation=0.5."));
        }
        team.set(i, replaced);
        return ProjectTree.with(tree, "team", new Node.Sequence(team, origin(set.option())));
    }

    private static List<Node> team(Node.Mapping tree) {
        Node.Entry entry = tree.entries().get("team");
        return entry != null && entry.value() instanceof Node.Sequence s ? s.items() : List.of();
    }

    /** The position of a member named (in any case and spacing) or numbered in the team. */
    private static int index(Node.Mapping tree, String name, String option) throws InvalidInputException {
        List<Node> team = team(tree);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            Node.Entry entry = team.get(i) instanceof Node.Mapping m ? m.entries().get("name") : null;
            String found = entry != null && entry.value() instanceof Node.Scalar s && s.value() instanceof String text
                    ? text : null;
            if (found != null && MemberLoad.identity(found).equals(MemberLoad.identity(name))
                    || name.equals(String.valueOf(i))) {
                return i;
            }
            if (found != null) {
                names.add(found);
            }
        }
        throw new InvalidInputException("command line", new Problem(origin(option), "team",
                "no member is named '" + name + "'" + (names.isEmpty() ? "; the project has no team."
                : ". Members: " + String.join(", ", names) + ".")));
    }

    /** A value as YAML reads it: {@code 50} a number, {@code true} a flag, {@code [a, b]} a list. */
    private static Node value(String option, String text) throws InvalidInputException {
        if (text.isBlank()) {
            return new Node.Scalar(null, origin(option));
        }
        try {
            return relocate(new TreeReader(TreeReader.DEFAULT_MAX_BYTES).parse(option,
                    text.getBytes(StandardCharsets.UTF_8), TreeReader.Syntax.YAML), origin(option));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("command line", e.problems().stream()
                    .map(p -> new Problem(origin(option), p.path(), p.message())).toList());
        }
    }

    private static Node scalar(String option, String text, List<Problem> problems) {
        try {
            return value(option, text);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return new Node.Scalar(null, origin(option));
        }
    }

    /** {@code ci-cd-ct:proficient,python:3} as a mapping of skills to levels. */
    private static Node.Mapping skills(String option, String text, List<Problem> problems) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        pairs(text, ",", ':', new Problem(origin(option), "skills", "expected skill:level pairs separated by ',', such "
                + "as ci-cd-ct:proficient,python:3."), problems, (skill, level) -> entries.put(skill,
                new Node.Entry(skill, origin(option), scalar(option, level, problems))));
        return new Node.Mapping(entries, origin(option));
    }

    /**
     * Gives {@code each} the key and value of every item of a list such as {@code a=1;b=2}, both
     * stripped; skips blank items, and records {@code malformed} for an item without a key.
     */
    private static void pairs(String list, String separator, char sign, Problem malformed, List<Problem> problems,
                              BiConsumer<String, String> each) {
        for (String item : list.split(separator)) {
            int at = item.indexOf(sign);
            if (at >= 1) {
                each.accept(item.substring(0, at).strip(), item.substring(at + 1).strip());
            } else if (!item.isBlank()) {
                problems.add(malformed);
            }
        }
    }

    /** The same tree with every place set to the option. */
    private static Node relocate(Node node, Location at) {
        if (node instanceof Node.Mapping m) {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> entries.put(k, new Node.Entry(k, at, relocate(e.value(), at))));
            return new Node.Mapping(entries, at);
        }
        if (node instanceof Node.Sequence s) {
            return new Node.Sequence(s.items().stream().map(i -> relocate(i, at)).toList(), at);
        }
        return new Node.Scalar(((Node.Scalar) node).value(), at);
    }

    private static Location origin(String option) {
        return new Location(0, 0, option);
    }
}
