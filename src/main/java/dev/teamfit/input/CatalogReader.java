package dev.teamfit.input;

import dev.teamfit.model.BaseSkill;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import dev.teamfit.model.Named;
import dev.teamfit.input.Binder.Item;
import dev.teamfit.model.Overlap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a rules folder's {@code catalog.yaml}, reporting every malformed entry at once. */
public final class CatalogReader {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9+]+)*|[a-z0-9+]+");
    private static final long MAX_BYTES = 4L << 20;

    private CatalogReader() {
    }

    /**
     * Parses a catalog. A catalog that adds to another ({@code partial}) may leave out the levels
     * and any section.
     */
    public static Catalog read(String file, byte[] bytes, boolean partial) throws InvalidInputException {
        return read(file, bytes, partial, List.of());
    }

    /**
     * Parses a catalog whose base skills may read their lines through {@code inherited}, the qualifier
     * table of the catalog it adds to, besides its own.
     */
    public static Catalog read(String file, byte[] bytes, boolean partial, List<Catalog.Qualifier> inherited)
            throws InvalidInputException {
        Node root = new TreeReader(MAX_BYTES).parse(file, bytes, TreeReader.Syntax.YAML);
        Binder in = new Binder();
        Node.Mapping top = in.top(root, file);
        in.checkKeys(top, "", List.of("levels", "qualifiers", "roles", "skills", "responsibilities", "overlaps"));
        List<Catalog.LevelInfo> levels = new ArrayList<>();
        for (Item item : items(in, top, "levels", !partial)) {
            String id = in.text(item.node(), item.path(), "id");
            Integer value = in.integer(item.node(), item.path(), "value", 1, 5);
            Optional<Level> level = id == null ? Optional.empty() : Named.byId(Level.class, id);
            if (level.isEmpty() || value == null || level.get().value() != value) {
                in.problem(item.node(), item.path(), "the scale is fixed: " + String.join(", ", Named.ids(Level.class))
                        + " with values 1 to 5.");
            } else {
                levels.add(new Catalog.LevelInfo(level.get(), text(in, item, "description")));
            }
        }
        List<Catalog.Qualifier> qualifiers = new ArrayList<>();
        for (Item item : items(in, top, "qualifiers", false)) {
            in.checkKeys(item.node(), item.path(), List.of("says", "level", "why"));
            Optional<Level> level = level(in, item);
            if (level.isPresent()) {
                qualifiers.add(new Catalog.Qualifier(text(in, item, "says"), level.get(), text(in, item, "why")));
            }
        }
        List<Catalog.Qualifier> table = new ArrayList<>(inherited);
        table.addAll(qualifiers);
        List<Catalog.RoleInfo> roles = new ArrayList<>();
        for (Item item : items(in, top, "roles", !partial)) {
            in.checkKeys(item.node(), item.path(), List.of("id", "name", "group", "source", "summary", "skills"));
            String group = text(in, item, "group");
            if (group != null && !List.of("business", "technical", "cross-section").contains(group)) {
                in.problem(item.node(), item.path() + ".group", "'" + group + "' is not a group. Allowed: business, technical, cross-section.");
            }
            String id = id(in, item);
            roles.add(new Catalog.RoleInfo(id, text(in, item, "name"), group, text(in, item, "source"),
                    text(in, item, "summary"), baseSkills(in, item, id, table)));
        }
        List<Catalog.SkillInfo> skills = new ArrayList<>();
        for (Item item : items(in, top, "skills", !partial)) {
            in.checkKeys(item.node(), item.path(), List.of("id", "name", "sources", "aliases"));
            skills.add(new Catalog.SkillInfo(id(in, item), text(in, item, "name"), strings(in, item, "sources"),
                    strings(in, item, "aliases")));
        }
        List<Catalog.ResponsibilityInfo> responsibilities = new ArrayList<>();
        for (Item item : items(in, top, "responsibilities", false)) {
            in.checkKeys(item.node(), item.path(), List.of("id", "name", "source"));
            responsibilities.add(new Catalog.ResponsibilityInfo(id(in, item), text(in, item, "name"),
                    text(in, item, "source")));
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (Item item : items(in, top, "overlaps", false)) {
            in.checkKeys(item.node(), item.path(), List.of("roles", "source", "shared"));
            List<String> pair = strings(in, item, "roles");
            if (pair.size() != 2) {
                in.problem(item.node(), item.path() + ".roles", "an overlap names exactly two roles.");
                continue;
            }
            overlaps.add(new Overlap(pair.get(0), pair.get(1), String.valueOf(text(in, item, "source")),
                    strings(in, item, "shared")));
        }
        checkUnique(in, "roles", roles.stream().map(Catalog.RoleInfo::id).toList());
        checkUnique(in, "skills", skills.stream().map(Catalog.SkillInfo::id).toList());
        checkUnique(in, "skills (ids and aliases)", skills.stream()
                .flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.id()), s.aliases().stream()))
                .toList());
        checkUnique(in, "responsibilities", responsibilities.stream().map(Catalog.ResponsibilityInfo::id).toList());
        checkUnique(in, "qualifiers", qualifiers.stream().map(q -> q.says().toLowerCase(java.util.Locale.ROOT)).toList());
        in.throwProblems(file);
        return new Catalog(roles, levels, qualifiers, skills, responsibilities, overlaps);
    }

    /**
     * A role's base skills. An entry quotes the role's line of the seed and takes its level from the
     * qualifier table, {@code {skill: statistics, source: Data Scientist / Knowledge, line: "Statistics
     * and Probability: Strong understanding of ..."}}; or it is teamfit's estimate, with a level and why,
     * {@code {skill: sql, level: competent, source: ..., rationale: ...}}.
     */
    private static List<BaseSkill> baseSkills(Binder in, Item role, String id, List<Catalog.Qualifier> table) {
        List<BaseSkill> skills = new ArrayList<>();
        for (Item item : items(in, role.node(), role.path() + ".skills", "skills", false)) {
            in.checkKeys(item.node(), item.path(), List.of("skill", "source", "line", "level", "rationale"));
            String skill = text(in, item, "skill");
            String source = text(in, item, "source");
            if (Binder.get(item.node(), "line") != null) {
                String line = in.text(item.node(), item.path(), "line");
                if (Binder.get(item.node(), "level") != null || Binder.get(item.node(), "rationale") != null) {
                    in.problem(item.node(), item.path(), "an entry that quotes its line of the seed takes its level from "
                            + "the qualifiers table; remove level and rationale, or the line to make it an estimate.");
                } else if (line != null) {
                    Optional<Catalog.Reading> reading = Catalog.read(table, line);
                    if (reading.isEmpty()) {
                        in.problem(Binder.get(item.node(), "line"), item.path() + ".line", "no qualifier reads this line; "
                                + "add the words its level rests on to qualifiers: (known: " + table.stream()
                                .map(Catalog.Qualifier::says).collect(java.util.stream.Collectors.joining(", ")) + ").");
                    } else {
                        skills.add(BaseSkill.quoting(id, skill, source, line, reading.get()));
                    }
                }
                continue;
            }
            in.required(item.node(), item.path(), "rationale", "an entry without the seed's line is teamfit's "
                    + "estimate: give its level and why, or quote the line (line:) to read the level from it.");
            Optional<Level> level = level(in, item);
            String rationale = in.text(item.node(), item.path(), "rationale");
            if (level.isPresent() && rationale != null) {
                skills.add(BaseSkill.estimated(id, skill, level.get(), source, rationale));
            }
        }
        return skills;
    }

    private static Optional<Level> level(Binder in, Item item) {
        String level = text(in, item, "level");
        Optional<Level> parsed = Named.byId(Level.class, level);
        if (parsed.isEmpty() && !"?".equals(level)) {
            in.problem(Binder.get(item.node(), "level"), item.path() + ".level", "'" + level + "' is not a level. "
                    + "Allowed: " + String.join(", ", Named.ids(Level.class)) + ".");
        }
        return parsed;
    }

    private static List<Item> items(Binder in, Node.Mapping top, String key, boolean required) {
        return items(in, top, key, key, required);
    }

    private static List<Item> items(Binder in, Node.Mapping top, String path, String key, boolean required) {
        Node node = Binder.get(top, key);
        if (node == null) {
            if (required) {
                in.problem(top, path, "required section is missing.");
            }
            return List.of();
        }
        return in.items(node, path, "expected a list, found " + node.describe() + ".");
    }

    private static String id(Binder in, Item item) {
        String id = text(in, item, "id");
        if (id != null && !KEBAB.matcher(id).matches()) {
            in.problem(Binder.get(item.node(), "id"), item.path() + ".id", "'" + id + "' is not a kebab-case id.");
        }
        return id == null ? "?" : id;
    }

    private static String text(Binder in, Item item, String key) {
        in.required(item.node(), item.path(), key, "every entry needs one.");
        String text = in.text(item.node(), item.path(), key);
        return text == null ? "?" : text;
    }

    private static List<String> strings(Binder in, Item item, String key) {
        Node node = Binder.get(item.node(), key);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!(node instanceof Node.Sequence sequence)) {
            in.problem(node, item.path() + "." + key, "expected a list of text.");
            return values;
        }
        for (Node value : sequence.items()) {
            if (value instanceof Node.Scalar s && s.value() instanceof String text) {
                values.add(text);
            } else {
                in.problem(value, item.path() + "." + key, "expected text, found " + value.describe() + ".");
            }
        }
        return values;
    }

    private static void checkUnique(Binder in, String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                in.problems.add(new Problem(null, what, "'" + id + "' appears twice."));
            }
        }
    }
}
