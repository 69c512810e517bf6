package dev.teamfit.serve;

import dev.teamfit.input.Problem;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.ProjectFormat.Key;
import dev.teamfit.input.ProjectFormat.Section;
import dev.teamfit.input.ProjectFormat.Type;
import dev.teamfit.input.ProjectFormat.Value;
import dev.teamfit.model.Catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The new-assessment form as the templates draw it, generated from {@link ProjectFormat}: a group of
 * fields per section with each key's help text, choices and flags (yes, no, default) as selects, numbers with
 * their bounds; member rows with the catalog's roles, skills and levels as pickers; and the reader's
 * messages beside the fields their key paths name.
 *
 * @param groups  the project's keys, by section
 * @param team    the member rows
 * @param summary every message, first, each linking to its field
 * @param notice  a line above the form, such as what was imported, or null
 */
public record FormView(List<Group> groups, Team team, List<Message> summary, String notice) {

    /** A choice of a select. */
    public record Option(String value, String text, boolean selected) {
    }

    /**
     * One input.
     *
     * @param name the key path, the field's name
     * @param kind text, textarea, select, multiselect, number or month
     */
    public record Field(String name, String id, String label, String help, String kind, String value,
                        List<Option> options, String min, String max, String step, boolean required,
                        List<String> errors) {

        public boolean invalid() {
            return !errors.isEmpty();
        }

        /** The ids of the help text and the messages, for {@code aria-describedby}. */
        public String describedBy() {
            return id + "-help" + (invalid() ? " " + id + "-error" : "");
        }

        public String error() {
            return String.join(" ", errors);
        }
    }

    /** The fields of a section. */
    public record Group(String id, String legend, String help, List<Field> fields, List<String> errors) {
    }

    /** A member row. */
    public record Row(int index, String id, String legend, List<Field> fields, List<SkillRow> skills) {
    }

    /** A skill row of a member. */
    public record SkillRow(int index, String id, Field skill, Field level) {
    }

    /** The team's rows and the messages about the team as a whole. */
    public record Team(String legend, String help, List<Row> rows, List<String> errors) {
    }

    /** A message of the summary; {@code href} points at its field, or is null. */
    public record Message(String href, String text) {
    }

    /**
     * The view of a form.
     *
     * @param problems the reader's problems, their key paths turned into the form's by {@code places}
     * @param located  show where in a file each problem is (for an imported file; a form's own YAML is no
     *                 file the user sees)
     * @param file     how the summary names the file, when {@code located}
     */
    static FormView of(ProjectForm form, Catalog catalog, List<Problem> problems, Map<String, String> places,
                       boolean located, String file, String notice) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<Message> summary = new ArrayList<>();
        for (Problem p : problems) {
            String field = place(p.path(), places);
            String text = located ? p.format(file) : (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
            summary.add(new Message(field == null ? null : "#" + id(field), text));
            errors.computeIfAbsent(field == null ? "" : field, f -> new ArrayList<>()).add(p.message());
        }
        List<Group> groups = new ArrayList<>();
        List<Field> top = new ArrayList<>();
        for (Key key : ProjectFormat.PROJECT.keys()) {
            if (key instanceof Value v) {
                top.add(field(v, v.name(), form.value(v.name()), catalog, errors));
            } else if (key instanceof Section s && !s.list()) {
                List<Field> fields = new ArrayList<>();
                for (Key inner : s.keys()) {
                    String path = s.name() + "." + inner.name();
                    fields.add(field((Value) inner, path, form.value(path), catalog, errors));
                }
                groups.add(new Group(id(s.name()), label(s.name()), s.description(), fields, List.of()));
            }
        }
        groups.add(0, new Group("f-project", "The project", ProjectFormat.PROJECT.description(), top,
                errors.getOrDefault("", List.of())));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < form.team().size(); i++) {
            rows.add(row(i, form.team().get(i), catalog, errors));
        }
        return new FormView(groups, new Team("Team", "Who is on the project. Leave it empty to scope the needs only.",
                rows, errors.getOrDefault("team", List.of())), summary, notice);
    }

    /** The form field a problem's key path belongs to: the nearest path the form has, or null. */
    static String place(String path, Map<String, String> places) {
        String p = path;
        while (!p.isEmpty()) {
            if (places.containsKey(p)) {
                return places.get(p);
            }
            if (p.equals("team")) {
                return "team";
            }
            int dot = p.lastIndexOf('.');
            int bracket = p.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return null;
    }

    private static Row row(int i, ProjectForm.Member m, Catalog catalog, Map<String, List<String>> errors) {
        String path = "team[" + i + "]";
        List<Field> fields = new ArrayList<>();
        List<SkillRow> skills = new ArrayList<>();
        for (Key key : ProjectFormat.MEMBER.keys()) {
            Value v = (Value) key;
            String name = path + "." + v.name();
            if (v.type() == Type.ROLES) {
                // The member's roles first, in their order (a browser sends the selected options in the order
                // of the page, and an imported file must export with its roles as it lists them); a role as a
                // file wrote it ("ML Engineer") stays as written, named after the role it stands for.
                List<Option> options = new ArrayList<>();
                for (String r : m.roles()) {
                    options.add(new Option(r, catalog.role(r).map(Catalog.RoleInfo::name).orElseGet(() -> r
                            + catalog.resolveRole(r).map(id -> " (" + catalog.roleName(id) + ")")
                            .orElse(" (not a role)")), true));
                }
                catalog.roles().stream().filter(r -> !m.roles().contains(r.id()))
                        .forEach(r -> options.add(new Option(r.id(), r.name(), false)));
                fields.add(new Field(name, id(name), label(v.name()), v.description()
                        + " Choose several with Ctrl or ⌘.", "multiselect", "", options, null, null, null, false,
                        errors.getOrDefault(name, List.of())));
            } else if (v.type() == Type.SKILLS) {
                for (int k = 0; k < m.skills().size(); k++) {
                    skills.add(skill(path + "." + v.name() + "[" + k + "]", k, m.skills().get(k), catalog, errors));
                }
            } else {
                fields.add(field(v, name, m.value(v.name()), catalog, errors));
            }
        }
        String name = m.value("name");
        return new Row(i, id(path), "Member " + (i + 1) + (name.isBlank() ? "" : ": " + name), fields, skills);
    }

    private static SkillRow skill(String path, int k, ProjectForm.Skill s, Catalog catalog,
                                  Map<String, List<String>> errors) {
        List<Option> skills = new ArrayList<>();
        skills.add(new Option("", "Choose a skill", s.skill().isBlank()));
        catalog.skills().forEach(c -> skills.add(new Option(c.id(), c.name() + aliases(c.aliases()),
                c.id().equals(s.skill()))));
        if (!s.skill().isBlank() && catalog.skills().stream().noneMatch(c -> c.id().equals(s.skill()))) {
            // An alias as a file wrote it ("python") stays as written, named after the skill it stands for.
            skills.add(new Option(s.skill(), s.skill() + catalog.resolveSkill(s.skill())
                    .map(id -> " (" + catalog.skillName(id) + ")").orElse(" (not in the catalog)"), true));
        }
        List<Option> levels = new ArrayList<>();
        levels.add(new Option("", "Choose a level", s.level().isBlank()));
        catalog.levels().forEach(l -> levels.add(new Option(l.level().id(), l.level().value() + " " + l.level().id(),
                l.level().id().equals(s.level()))));
        levels.add(new Option("none", "none (lacks it)", s.level().equals("none")));
        levels.add(new Option("unknown", "unknown (not assessed)", s.level().equals("unknown")));
        boolean known = s.level().isBlank() || levels.stream().anyMatch(o -> o.value().equals(s.level()));
        if (!known) {
            String named = catalog.levels().stream().filter(l -> String.valueOf(l.level().value()).equals(s.level()))
                    .findFirst().map(l -> " (" + l.level().id() + ")").orElse(" (not a level)");
            levels.add(new Option(s.level(), s.level() + named, true));
        }
        String skillName = path + ".skill";
        String levelName = path + ".level";
        return new SkillRow(k, id(path),
                new Field(skillName, id(skillName), "Skill", "A skill of the catalog; its aliases in brackets.",
                        "select", s.skill(), skills, null, null, null, false, errors.getOrDefault(skillName, List.of())),
                new Field(levelName, id(levelName), "Level", "On the Dreyfus scale, 1 novice to 5 expert.", "select",
                        s.level(), levels, null, null, null, false, errors.getOrDefault(levelName, List.of())));
    }

    private static String aliases(List<String> aliases) {
        return aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")";
    }

    /** A field for a value key, drawn after its type. */
    private static Field field(Value v, String path, String value, Catalog catalog, Map<String, List<String>> errors) {
        String help = v.description() + defaultText(v);
        List<String> messages = errors.getOrDefault(path, List.of());
        String label = label(v.name());
        return switch (v.type()) {
            case TEXT -> new Field(path, id(path), label, help, "textarea", value, List.of(), null, null, null,
                    v.required(), messages);
            // Yes, no, or not said (the default): a checkbox could not tell "no" from "not said", and an
            // imported file that says no must export saying it again.
            case FLAG -> new Field(path, id(path), label, help, "select", value, List.of(
                    new Option("", v.computed() == null && v.fallback() instanceof Boolean b
                            ? "default (" + (b ? "yes" : "no") + ")" : "default", value.isBlank()),
                    new Option("true", "yes", value.equals("true")),
                    new Option("false", "no", value.equals("false"))), null, null, null, false, messages);
            case CHOICE -> {
                List<Option> options = new ArrayList<>();
                options.add(new Option("", v.required() ? "Choose one" : v.fallback() != null
                        ? "default (" + v.fallback() + ")" : "not given", value.isBlank()));
                v.choices().forEach(c -> options.add(new Option(c, c, c.equals(value))));
                if (!value.isBlank() && !v.choices().contains(value)) {
                    options.add(new Option(value, value + " (not allowed)", true));
                }
                yield new Field(path, id(path), label, help, "select", value, options, null, null, null, v.required(),
                        messages);
            }
            case WHOLE -> new Field(path, id(path), label, help, "number", value, List.of(), String.valueOf(v.min()),
                    null, "1", v.required(), messages);
            case SHARE -> new Field(path, id(path), label, help, "number", value, List.of(), "0", "1", "any",
                    v.required(), messages);
            case NUMBER -> new Field(path, id(path), label, help, "number", value, List.of(), "0", null, "any",
                    v.required(), messages);
            case MONTH -> new Field(path, id(path), label, help, "month", value, List.of(), null, null, null,
                    v.required(), messages);
            default -> new Field(path, id(path), label, help, "text", value, List.of(), null, null, null,
                    v.required(), messages);
        };
    }

    private static String defaultText(Value v) {
        if (v.computed() != null || v.fallback() == null) {
            return "";
        }
        Object fallback = v.fallback();
        String shown = fallback instanceof Boolean b ? (b ? "yes" : "no")
                : fallback instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : fallback.toString();
        return " Default: " + shown + ".";
    }

    /** A key's name as a label: {@code duration-months} is "Duration months". */
    static String label(String name) {
        String words = name.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A field's HTML id from its key path. */
    static String id(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
