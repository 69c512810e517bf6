package dev.teamfit.input;

import dev.teamfit.input.ProjectFormat.Key;
import dev.teamfit.input.ProjectFormat.Section;
import dev.teamfit.input.ProjectFormat.Value;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Named;
import dev.teamfit.model.Project;
import dev.teamfit.model.Text;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a project file into a validated {@link Project}, checking it against {@link ProjectFormat} and
 * reporting every problem of the file at once. Unknown skills are kept and reported as warnings.
 */
public final class ProjectReader {

    /** A project and the warnings its file raised. */
    public record Loaded(Project project, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private final Catalog catalog;
    private final TreeReader trees;
    private final boolean strict;

    /** @param strict an unknown skill id is an error, not a warning */
    public ProjectReader(Catalog catalog, long maxBytes, boolean strict) {
        this.catalog = catalog;
        this.trees = new TreeReader(maxBytes);
        this.strict = strict;
    }

    /** Reads a project file; {@code file} names it in messages. */
    public Loaded read(Path path, String file) throws InvalidInputException, IOException {
        return read(path, file, Overrides.none());
    }

    /** Reads a project file with changes given on the command line. */
    public Loaded read(Path path, String file, Overrides overrides) throws InvalidInputException, IOException {
        return bind(file, change(trees.read(path, file), overrides));
    }

    /** Reads a project from bytes of the given syntax, e.g. one line of a JSON Lines file. */
    public Loaded read(String file, byte[] bytes, TreeReader.Syntax syntax) throws InvalidInputException {
        return read(file, bytes, syntax, Overrides.none());
    }

    /** Reads a project from bytes of the given syntax, with changes given on the command line. */
    public Loaded read(String file, byte[] bytes, TreeReader.Syntax syntax, Overrides overrides)
            throws InvalidInputException {
        return bind(file, change(trees.parse(file, bytes, syntax), overrides));
    }

    private static Node change(Node root, Overrides overrides) throws InvalidInputException {
        return root instanceof Node.Mapping mapping ? overrides.apply(mapping) : root;
    }

    /** Validates a parsed tree and builds the project. */
    public Loaded bind(String file, Node root) throws InvalidInputException {
        Binder in = new Binder();
        Node.Mapping top = in.top(root, file);
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> invalid = new HashSet<>();
        section(in, ProjectFormat.PROJECT, top, "", values, invalid);
        for (ProjectFormat.Requires rule : ProjectFormat.REQUIRES) {
            Object value = node(top, rule.key()) != null ? values.get(rule.key()) : null;
            Object other = values.get(rule.other());
            if (value != null && rule.when().test(value) && !invalid.contains(rule.other())
                    && !rule.allowed().contains(other)) {
                String message = String.format(Locale.ROOT, rule.message(), other);
                Location changedBy = placedBy(node(top, rule.other()));
                if (changedBy != null && placedBy(node(top, rule.key())) == null) {
                    // A command-line change wins over the file: what it contradicts is left out.
                    values.remove(rule.key());
                    in.warnings.add(rule.key() + ": left out, as " + changedBy.origin() + " makes it not apply ("
                            + message + ")");
                } else {
                    in.problem(node(top, rule.key()), rule.key(), message);
                }
            }
        }
        String id = (String) values.remove("id");
        if (id != null && !ProjectFormat.ID.matcher(id).matches()) {
            in.problem(Binder.get(top, "id"), "id", "'" + Binder.clip(id) + "' is not a valid id. Use lower-case "
                    + "letters, digits, '.', '_' and '-', starting with a letter or digit.");
        }
        String name = (String) values.remove("name");
        String description = (String) values.remove("description");
        Node teamNode = Binder.get(top, "team");
        List<Member> team = team(in, teamNode);
        in.throwProblems(file);
        return new Loaded(new Project(id, name.strip(), description, values, team, teamNode != null), in.warnings);
    }

    /**
     * Binds a section's values into {@code values} by key path, defaults applied; the team is left out.
     * {@code invalid} gathers the key paths of values that were wrong.
     */
    void section(Binder in, Section section, Node.Mapping node, String path, Map<String, Object> values,
                 Set<String> invalid) {
        if (node != null) {
            in.checkKeys(node, path, section.names());
        }
        for (Key key : section.keys()) {
            String child = Binder.child(path, key.name());
            if (key instanceof Value value) {
                if (value.required()) {
                    in.required(node, path, value.name(), value.hint());
                }
                int before = in.problems.size();
                Object bound = value(in, value, node, path);
                if (in.problems.size() > before) {
                    invalid.add(child);
                }
                if (bound == null && (node == null || Binder.get(node, value.name()) == null)) {
                    bound = value.fallback(values);
                }
                if (bound != null) {
                    values.put(child, bound);
                }
            } else if (key instanceof Section inner && !inner.list()) {
                Node given = Binder.get(node, inner.name());
                if (inner.required()) {
                    in.required(node, path, inner.name(), inner.hint());
                }
                section(in, inner, given == null ? null : in.mapping(given, child), child, values, invalid);
            }
        }
    }

    /** One value, checked against its type; null when absent or wrong (after a problem). */
    private Object value(Binder in, Value value, Node.Mapping node, String path) {
        String name = value.name();
        return switch (value.type()) {
            case TEXT, LINE -> {
                String text = in.text(node, path, name);
                if (text != null && text.chars().anyMatch(c -> Text.isControl(c)
                        && !(value.type() == ProjectFormat.Type.TEXT && (c == '\n' || c == '\t' || c == '\r')))) {
                    in.problem(Binder.get(node, name), Binder.child(path, name), "control or bidirectional-override characters are not allowed "
                            + "here" + (value.type() == ProjectFormat.Type.TEXT ? " (line breaks and tabs are)."
                            : "; write it on one line."));
                }
                if (text != null && name.equals("name") && text.isBlank()) {
                    in.problem(Binder.get(node, name), Binder.child(path, name), "the name is blank.");
                }
                yield text;
            }
            case FLAG -> in.bool(node, path, name);
            case WHOLE -> in.integer(node, path, name, value.min(), Integer.MAX_VALUE);
            case SHARE -> in.share(node, path, name);
            case CHOICE -> in.choice(node, path, name, value.choices());
            case MONTH -> in.month(node, path, name);
            case NUMBER -> in.number(node, path, name);
            case ROLES, SKILLS -> null; // a member's: see team()
        };
    }

    private List<Member> team(Binder in, Node teamNode) {
        List<Member> team = new ArrayList<>();
        if (teamNode == null) {
            return team;
        }
        if (teamNode instanceof Node.Sequence sequence && sequence.items().size() > ProjectFormat.MAX_TEAM) {
            in.problem(teamNode, "team", "the team has " + sequence.items().size() + " members; teamfit assesses teams "
                    + "of up to " + ProjectFormat.MAX_TEAM + ". Split the project, or list only the people on it.");
            return team;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Binder.Item item : in.items(teamNode, "team", "expected a list of members, found " + teamNode.describe()
                + ".")) {
            Node.Mapping node = item.node();
            String path = item.path();
            Map<String, Object> values = new LinkedHashMap<>();
            section(in, ProjectFormat.MEMBER, node, path, values, new HashSet<>());
            String name = (String) values.get(path + ".name");
            if (name != null) {
                name = name.strip();
                // The same person across projects is the same name ignoring case and spacing; so within one.
                Integer first = seen.putIfAbsent(MemberLoad.identity(name), item.index());
                if (first != null && !name.isEmpty()) {
                    in.problem(Binder.get(node, "name"), path + ".name", "'" + Binder.clip(name)
                            + "' is already the name of team[" + first + "]. Member names must be unique.");
                }
            }
            List<String> roles = roles(in, catalog, Binder.get(node, "roles"), path + ".roles");
            Map<String, Integer> skills = skills(in, Binder.get(node, "skills"), path + ".skills");
            Double allocation = (Double) values.get(path + ".allocation");
            if (name != null && allocation != null) { // else a problem is recorded, and there is no team
                team.add(new Member(item.index(), name, roles, allocation, skills));
            }
        }
        return team;
    }

    /** A list of role names, normalised to catalog ids, each once; a problem for each unknown one. */
    static List<String> roles(Binder in, Catalog catalog, Node node, String path) {
        Set<String> roles = new LinkedHashSet<>();
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Node.Sequence sequence)) {
            in.problem(node, path, "expected a list of roles, such as [data-scientist], found " + node.describe() + ".");
            return List.of();
        }
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            Optional<String> role = item instanceof Node.Scalar s && s.value() instanceof String text
                    ? catalog.resolveRole(text) : Optional.empty();
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                in.problem(item, path + "[" + i + "]", Binder.shown(item) + " is not a role. Allowed: "
                        + String.join(", ", catalog.roleIds()) + " (any case; spaces or underscores for hyphens).");
            }
        }
        return List.copyOf(roles);
    }

    Map<String, Integer> skills(Binder in, Node node, String path) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        Node.Mapping mapping = node == null ? null : in.mapping(node, path);
        if (mapping == null) {
            return skills;
        }
        for (Node.Entry entry : mapping.entries().values()) {
            String key = entry.key();
            String keyPath = path + "." + key;
            if (Text.hasControl(key)) {
                in.problems.add(new Problem(entry.keyAt(), keyPath, "a skill name may not hold control characters."));
                continue;
            }
            Optional<String> skill = catalog.resolveSkill(key);
            if (skill.isEmpty()) {
                String nearest = catalog.nearestSkillName(key).map(n -> "; did you mean " + n + "?").orElse("");
                if (strict) {
                    in.problems.add(new Problem(entry.keyAt(), keyPath, "unknown skill" + (nearest.isEmpty()
                            ? ". Run teamfit catalog skills for the ids and aliases." : nearest)));
                    continue;
                }
                in.warnings.add(keyPath + ": unknown skill" + (nearest.isEmpty() ? "; it is kept but no rule uses it"
                        : nearest + " It is kept but no rule uses it") + " (--strict makes this an error).");
            }
            Integer level = level(in, entry.value(), keyPath);
            if (level != null && level >= 0) {
                skills.merge(skill.orElse(key.strip().toLowerCase(Locale.ROOT)), level, Math::max);
            }
        }
        return skills;
    }

    /** A level: 1..5, 0 for {@code none} (the member lacks it), -1 for {@code unknown} (not assessed). */
    private static Integer level(Binder in, Node node, String path) {
        if (node instanceof Node.Scalar s) {
            if (s.value() instanceof String text) {
                Optional<Level> level = Named.byId(Level.class, text);
                if (level.isPresent()) {
                    return level.get().value();
                }
                if (text.equals("none") || text.equals("unknown")) {
                    return text.equals("none") ? 0 : -1;
                }
            } else if (s.value() instanceof BigInteger number && number.compareTo(BigInteger.ONE) >= 0
                    && number.compareTo(BigInteger.valueOf(5)) <= 0) {
                return number.intValue();
            }
        }
        in.problem(node, path, Binder.shown(node) + " is not a level. Allowed: "
                + String.join(", ", Named.ids(Level.class)) + ", or 1 to 5; none (lacks it) or unknown (not assessed).");
        return null;
    }

    /** The command-line option a node comes from, or null for a node of the file. */
    private static Location placedBy(Node node) {
        return node != null && node.at() != null && node.at().origin() != null ? node.at() : null;
    }

    /** The node under a dotted key path, or null. */
    static Node node(Node.Mapping top, String path) {
        Node node = top;
        for (String part : path.split("\\.")) {
            node = node instanceof Node.Mapping mapping ? Binder.get(mapping, part) : null;
        }
        return node;
    }
}
