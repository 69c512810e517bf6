package dev.teamfit.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.teamfit.input.Node;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.ProjectFormat.Key;
import dev.teamfit.input.ProjectFormat.Section;
import dev.teamfit.input.ProjectFormat.Type;
import dev.teamfit.input.ProjectFormat.Value;
import dev.teamfit.model.Level;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web form's project: what the user typed, key by key (form field names are the key paths of the
 * project format), turned into a project file and back. The form is read by the same reader as a file:
 * {@link #yaml()} is what the user exports, and exactly what is assessed.
 */
public final class ProjectForm {

    /** One skill row of a member: a skill id (or an unknown name) and a level id, {@code none} or {@code unknown}. */
    public record Skill(String skill, String level) {
        boolean blank() {
            return skill.isBlank();
        }
    }

    /**
     * One member row.
     *
     * @param values the member's one-value keys ({@code name}, {@code allocation}) by key name
     */
    public record Member(Map<String, String> values, List<String> roles, List<Skill> skills) {
        public Member {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            roles = List.copyOf(roles);
            skills = List.copyOf(skills);
        }

        static Member empty() {
            return new Member(Map.of(), List.of(), List.of(new Skill("", "")));
        }

        boolean blank() {
            return values.values().stream().allMatch(String::isBlank) && roles.isEmpty()
                    && skills.stream().allMatch(Skill::blank);
        }

        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        Member withSkills(List<Skill> list) {
            return new Member(values, roles, list);
        }
    }

    /**
     * The project file the form stands for, and where each of its key paths sits in the form (blank rows
     * are left out of the file, so {@code team[0]} of the file may be the form's {@code team[2]}).
     */
    record Document(ObjectNode tree, Map<String, String> places) {
    }

    /** The most skill rows a member may have in the form. */
    static final int MAX_SKILLS = 200;
    static final String ROLES = key(Type.ROLES);
    static final String SKILLS = key(Type.SKILLS);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final Pattern MEMBER = Pattern.compile("team\\[(\\d{1,4})]\\.(.+)");
    /** A level given as its number, 1 to 5, written back as a number. */
    private static final Pattern LEVEL_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern SKILL = Pattern.compile("skills\\[(\\d{1,4})]\\.(skill|level)");

    private final Map<String, String> values;
    private final List<Member> team;

    ProjectForm(Map<String, String> values, List<Member> team) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.team = List.copyOf(team);
    }

    /** A new form: nothing filled in, one empty member row to show how. */
    public static ProjectForm empty() {
        return new ProjectForm(Map.of(), List.of(Member.empty()));
    }

    /** The value typed at a key path, or "". */
    public String value(String path) {
        return values.getOrDefault(path, "");
    }

    public List<Member> team() {
        return team;
    }

    /** The form as posted: fields named by key path, members as {@code team[i].name}, skills as {@code team[i].skills[k].skill}. */
    static ProjectForm of(Map<String, List<String>> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String path : ProjectFormat.values().keySet()) {
            List<String> given = params.get(path);
            if (given != null && !given.isEmpty()) {
                values.put(path, given.get(0));
            }
        }
        TreeMap<Integer, Map<String, List<String>>> members = new TreeMap<>();
        params.forEach((name, given) -> {
            Matcher m = MEMBER.matcher(name);
            if (m.matches() && Integer.parseInt(m.group(1)) < ProjectFormat.MAX_TEAM) {
                members.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>()).put(m.group(2), given);
            }
        });
        List<Member> team = new ArrayList<>();
        members.values().forEach(fields -> team.add(member(fields)));
        return new ProjectForm(values, team);
    }

    private static Member member(Map<String, List<String>> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Key key : ProjectFormat.MEMBER.keys()) {
            if (key instanceof Value v && v.type() != Type.ROLES && v.type() != Type.SKILLS) {
                List<String> given = fields.get(v.name());
                values.put(v.name(), given == null || given.isEmpty() ? "" : given.get(0));
            }
        }
        List<String> roles = fields.getOrDefault(ROLES, List.of()).stream().filter(r -> !r.isBlank()).distinct()
                .toList();
        TreeMap<Integer, String[]> rows = new TreeMap<>();
        fields.forEach((name, given) -> {
            Matcher m = SKILL.matcher(name);
            if (m.matches() && Integer.parseInt(m.group(1)) < MAX_SKILLS && !given.isEmpty()) {
                rows.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new String[] {"", ""})
                        [m.group(2).equals("skill") ? 0 : 1] = given.get(0);
            }
        });
        return new Member(values, roles, rows.values().stream().map(r -> new Skill(r[0], r[1])).toList());
    }

    /**
     * The form filled from a project file's tree, for the user to go on with: the tree's values as the fields
     * that would post them. Roles, skill names and levels are kept as the file writes them ({@code ML Engineer},
     * {@code python}, {@code 2}), so that exporting an imported file gives back its keys and values; the pickers
     * show what each stands for. What the form cannot hold (unknown keys) is left out; the reader's messages on
     * the file say so.
     */
    static ProjectForm of(Node root) {
        if (!(root instanceof Node.Mapping top)) {
            return empty();
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String path : ProjectFormat.values().keySet()) {
            Node node = at(top, path);
            if (node != null) {
                fields.put(path, List.of(text(node)));
            }
        }
        List<Node> items = at(top, ProjectFormat.MEMBER.name()) instanceof Node.Sequence s ? s.items() : List.of();
        int row = 0;
        for (Node item : items.subList(0, Math.min(items.size(), ProjectFormat.MAX_TEAM))) {
            if (item instanceof Node.Mapping member) {
                String prefix = "team[" + row++ + "].";
                for (Key key : ProjectFormat.MEMBER.keys()) {
                    Node.Entry entry = member.entries().get(key.name());
                    Node value = entry == null ? null : entry.value();
                    if (key instanceof Value v && v.type() == Type.ROLES) {
                        List<Node> roles = value instanceof Node.Sequence s ? s.items() : List.of();
                        fields.put(prefix + v.name(), roles.stream().map(ProjectForm::text).toList());
                    } else if (key instanceof Value v && v.type() == Type.SKILLS) {
                        List<Node.Entry> skills = value instanceof Node.Mapping m
                                ? List.copyOf(m.entries().values()) : List.of();
                        for (int k = 0; k < Math.min(skills.size(), MAX_SKILLS); k++) {
                            fields.put(prefix + v.name() + "[" + k + "].skill", List.of(skills.get(k).key()));
                            fields.put(prefix + v.name() + "[" + k + "].level", List.of(text(skills.get(k).value())));
                        }
                    } else if (key instanceof Value v) {
                        fields.put(prefix + v.name(), List.of(value == null ? "" : text(value)));
                    }
                }
            }
        }
        return of(fields);
    }

    /** The order of levels, for a skill picked twice: unknown below none below novice ... expert. */
    private static int rank(String level) {
        if (level.equals("unknown")) {
            return -1;
        }
        if (level.equals("none")) {
            return 0;
        }
        if (LEVEL_NUMBER.matcher(level).matches()) {
            return Integer.parseInt(level);
        }
        return dev.teamfit.model.Named.byId(Level.class, level).map(Level::value).orElse(-2);
    }

    /** A scalar as the text a form field holds; a number as written (never expanded), anything else "". */
    private static String text(Node node) {
        if (node instanceof Node.Scalar s && s.value() != null) {
            return s.value().toString();
        }
        return "";
    }

    private static Node at(Node.Mapping top, String path) {
        Node node = top;
        for (String part : path.split("\\.")) {
            Node.Entry entry = node instanceof Node.Mapping m ? m.entries().get(part) : null;
            node = entry == null ? null : entry.value();
        }
        return node;
    }

    ProjectForm withMember() {
        List<Member> list = new ArrayList<>(team);
        if (list.size() < ProjectFormat.MAX_TEAM) {
            list.add(Member.empty());
        }
        return new ProjectForm(values, list);
    }

    ProjectForm withoutMember(int i) {
        List<Member> list = new ArrayList<>(team);
        if (i >= 0 && i < list.size()) {
            list.remove(i);
        }
        return new ProjectForm(values, list);
    }

    ProjectForm withSkill(int i) {
        return changeSkills(i, skills -> {
            if (skills.size() < MAX_SKILLS) {
                skills.add(new Skill("", ""));
            }
        });
    }

    ProjectForm withoutSkill(int i, int k) {
        return changeSkills(i, skills -> {
            if (k >= 0 && k < skills.size()) {
                skills.remove(k);
            }
        });
    }

    private ProjectForm changeSkills(int i, java.util.function.Consumer<List<Skill>> change) {
        if (i < 0 || i >= team.size()) {
            return this;
        }
        List<Member> list = new ArrayList<>(team);
        List<Skill> skills = new ArrayList<>(list.get(i).skills());
        change.accept(skills);
        list.set(i, list.get(i).withSkills(skills));
        return new ProjectForm(values, list);
    }

    /** The project file as YAML: what the user exports, and what is read and assessed. */
    String yaml() {
        return yaml(document().tree());
    }

    static String yaml(ObjectNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The project file's tree: keys in the format's order, values typed as the format says (what does
     * not parse as its type is kept as text, for the reader to refuse with its own message), blank fields
     * and blank rows left out.
     */
    Document document() {
        Map<String, String> places = new LinkedHashMap<>();
        ObjectNode root = NODES.objectNode();
        section(ProjectFormat.PROJECT, "", root, places);
        if (team.stream().anyMatch(m -> !m.blank())) {
            ArrayNode list = root.putArray(ProjectFormat.MEMBER.name());
            for (int i = 0; i < team.size(); i++) {
                if (!team.get(i).blank()) {
                    list.add(member(team.get(i), "team[" + list.size() + "]", "team[" + i + "]", places));
                }
            }
        }
        return new Document(root, places);
    }

    private void section(Section section, String path, ObjectNode into, Map<String, String> places) {
        for (Key key : section.keys()) {
            String child = path.isEmpty() ? key.name() : path + "." + key.name();
            if (key instanceof Value v) {
                places.put(child, child);
                JsonNode node = value(v, values.get(child));
                if (node != null) {
                    into.set(v.name(), node);
                }
            } else if (key instanceof Section inner && !inner.list()) {
                ObjectNode node = NODES.objectNode();
                section(inner, child, node, places);
                places.put(child, child + "." + inner.keys().get(0).name());
                if (!node.isEmpty()) {
                    into.set(inner.name(), node);
                }
            }
        }
    }

    private static ObjectNode member(Member m, String path, String row, Map<String, String> places) {
        ObjectNode node = NODES.objectNode();
        places.put(path, row + ".name");
        for (Key key : ProjectFormat.MEMBER.keys()) {
            if (!(key instanceof Value v)) {
                continue;
            }
            places.put(path + "." + v.name(), row + "." + v.name());
            if (v.type() == Type.ROLES) {
                if (!m.roles().isEmpty()) {
                    ArrayNode roles = node.putArray(v.name());
                    m.roles().forEach(roles::add);
                }
            } else if (v.type() == Type.SKILLS) {
                ObjectNode skills = NODES.objectNode();
                for (int k = 0; k < m.skills().size(); k++) {
                    Skill skill = m.skills().get(k);
                    String name = skill.skill().strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    String level = skill.level().strip();
                    places.putIfAbsent(path + "." + v.name() + "." + name, row + "." + v.name() + "[" + k + "].level");
                    // A skill picked twice keeps its higher level, as the reader keeps a skill given under two aliases.
                    JsonNode earlier = skills.get(name);
                    if (earlier == null || rank(level) > rank(earlier.asText())) {
                        skills.set(name, level.isEmpty() ? NODES.nullNode()
                                : LEVEL_NUMBER.matcher(level).matches() ? number(level) : NODES.textNode(level));
                    }
                }
                if (!skills.isEmpty()) {
                    node.set(v.name(), skills);
                }
            } else {
                JsonNode value = value(v, m.value(v.name()));
                if (value != null) {
                    node.set(v.name(), value);
                }
            }
        }
        return node;
    }

    /** A field's text as the format's type, or null when blank. */
    private static JsonNode value(Value v, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (v.type()) {
            // A text area sends line breaks as CR LF.
            case TEXT -> NODES.textNode(text.replace("\r\n", "\n"));
            case FLAG -> text.equals("true") ? NODES.booleanNode(true) : text.equals("false")
                    ? NODES.booleanNode(false) : NODES.textNode(text);
            case WHOLE, SHARE, NUMBER -> number(text.strip());
            default -> NODES.textNode(text.strip());
        };
    }

    /** A number as typed: whole numbers as integers, others as decimals; what is no number stays text. */
    private static JsonNode number(String text) {
        if (text.length() <= 64) {
            try {
                return NODES.numberNode(new BigInteger(text));
            } catch (NumberFormatException e) {
                try {
                    return NODES.numberNode(new BigDecimal(text));
                } catch (NumberFormatException notDecimal) {
                    // Text, refused by the reader.
                }
            }
        }
        return NODES.textNode(text);
    }

    private static String key(Type type) {
        return ProjectFormat.MEMBER.keys().stream().filter(k -> k instanceof Value v && v.type() == type)
                .map(Key::name).findFirst().orElseThrow();
    }
}
