package dev.teamfit.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import dev.teamfit.model.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the JSON Schema (draft 2020-12) of a project file, generated from {@link ProjectFormat} and the
 * catalog, so it cannot drift from what the reader accepts; where the two could differ, the reader decides.
 *
 * <p>Like the reader, the schema treats a null value as an absent key. What a
 * schema cannot say is left to the reader alone: duplicate keys and member names, YAML anchors,
 * aliases and tags, size, depth and encoding, and that {@code 3.0} is not a whole number (JSON
 * Schema counts it as an integer).
 */
public final class SchemaWriter {

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** What {@code String.trim()} removes around a role name. */
    private static final String TRIMMED = "[\\x00-\\x20]*";
    /** What {@link Catalog#resolveRole} reads as a hyphen: a run of Java's {@code \\s} or underscores. */
    private static final String HYPHEN = "(?:-|[\\t\\n\\x0B\\f\\r _]+)";

    private SchemaWriter() {
    }

    /**
     * The JSON Schema of a project file, for editors and other tools: pretty-printed JSON ending in a
     * newline, the same bytes for the same catalog.
     *
     * @param catalog the vocabulary: its roles become the allowed role names and its skills are
     *                documented under {@code team[].skills}
     * @return the schema document
     */
    public static String write(Catalog catalog) {
        ObjectNode schema = object();
        schema.put("$schema", DRAFT);
        schema.put("title", "teamfit project");
        ObjectNode project = section(ProjectFormat.PROJECT, "");
        project.remove("description");
        schema.put("description", ProjectFormat.PROJECT.description() + " YAML or JSON, UTF-8. Keys are kebab-case "
                + "and unknown keys are errors. A null value (~ in YAML) is the same as leaving the key out. teamfit "
                + "also refuses duplicate keys, duplicate member names, YAML anchors, aliases and tags, nesting deeper "
                + "than " + TreeReader.MAX_DEPTH + " levels and files over 1 MiB, which this schema cannot express.");
        schema.setAll(project);
        schema.put("type", "object");
        ObjectNode defs = schema.putObject("$defs");
        ObjectNode member = section(ProjectFormat.MEMBER, "team[]");
        member.put("type", "object");
        defs.set("member", member);
        defs.set("skills", skills(catalog));
        defs.set("role", role(catalog));
        defs.set("level", level(catalog));
        try {
            return PRETTY.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    /** A mapping of the format's keys; a list section becomes an array of its own definition. */
    private static ObjectNode section(ProjectFormat.Section section, String path) {
        ObjectNode schema = describe(nullable("object"), section.description());
        List<String> required = section.keys().stream().filter(k -> k instanceof ProjectFormat.Value v && v.required()
                || k instanceof ProjectFormat.Section s && s.required()).map(ProjectFormat.Key::name).toList();
        if (!required.isEmpty()) {
            schema.put("type", "object");
            schema.set("required", strings(required));
        }
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        for (ProjectFormat.Key key : section.keys()) {
            String child = path.isEmpty() ? key.name() : path + "." + key.name();
            if (key instanceof ProjectFormat.Value value) {
                properties.set(key.name(), value(value));
            } else if (key instanceof ProjectFormat.Section inner && inner.list()) {
                properties.set(key.name(), describe(nullable("array"),
                        "The people on the project. Without a team, teamfit only scopes the roles and skills it needs.")
                        .put("maxItems", inner.max()).set("items", ref("member")));
            } else if (key instanceof ProjectFormat.Section inner) {
                properties.set(key.name(), section(inner, child));
            }
        }
        ArrayNode rules = null;
        for (ProjectFormat.Requires rule : ProjectFormat.REQUIRES) {
            if (!rule.key().startsWith(path + ".") || rule.key().indexOf('.', path.length() + 1) >= 0) {
                continue;
            }
            rules = rules == null ? schema.putArray("allOf") : rules;
            rules.add(requires(rule, path));
        }
        return schema;
    }

    /** One value's schema, from its type. */
    private static ObjectNode value(ProjectFormat.Value value) {
        ObjectNode schema = switch (value.type()) {
            case TEXT -> nullable("string");
            case LINE -> value.name().equals("id")
                    ? object().put("type", "string").put("pattern", "^" + ProjectFormat.ID.pattern() + "$")
                    : value.required() ? object().put("type", "string").put("pattern", "\\S")
                    : nullable("string");
            case FLAG -> nullable("boolean");
            case WHOLE -> nullable("integer").put("minimum", value.min());
            case SHARE -> nullable("number").put("exclusiveMinimum", 0).put("maximum", 1);
            case CHOICE -> {
                ArrayNode values = strings(value.choices());
                if (!value.required()) {
                    values.addNull();
                }
                yield object().set("enum", values);
            }
            case MONTH -> nullable("string").put("pattern", "^" + ProjectFormat.YEAR_MONTH.pattern() + "$");
            case NUMBER -> nullable("number").put("minimum", 0);
            case ROLES -> nullable("array").set("items", ref("role"));
            case SKILLS -> ref("skills");
        };
        ObjectNode described = describe(schema, value.description());
        if (value.fallback() != null) {
            described.set("default", MAPPER.valueToTree(value.fallback()));
        }
        return described;
    }

    /** If the rule's key is present and matches its condition, the other key must be one it allows. */
    private static ObjectNode requires(ProjectFormat.Requires rule, String path) {
        String key = rule.key().substring(path.length() + 1);
        String other = rule.other().substring(path.length() + 1);
        ObjectNode condition = object();
        if (rule.when() instanceof ProjectFormat.OneOf o) {
            condition.set("enum", strings(o.values()));
        } else if (rule.when() instanceof ProjectFormat.IsTrue) {
            condition.put("const", true);
        } else if (rule.when() instanceof ProjectFormat.AtLeast a) {
            condition.put("type", "integer").put("minimum", a.min());
        }
        ObjectNode schema = describe(object(), String.format(java.util.Locale.ROOT, rule.message(), "not one of these"));
        ObjectNode test = schema.putObject("if");
        test.set("required", strings(List.of(key)));
        test.putObject("properties").set(key, condition);
        ObjectNode then = schema.putObject("then");
        then.set("required", strings(List.of(other)));
        then.putObject("properties").putObject(other).set("enum", strings(rule.allowed()));
        return schema;
    }

    /** Skill levels by skill id or alias: the known ids are listed, and any other key is allowed. */
    private static ObjectNode skills(Catalog catalog) {
        ObjectNode skills = describe(nullable("object"),
                ProjectFormat.MEMBER.key("skills").orElseThrow().description());
        ObjectNode known = skills.putObject("properties");
        for (Catalog.SkillInfo skill : catalog.skills()) {
            known.set(skill.id(), describe(ref("level"), skill.name()
                    + (skill.aliases().isEmpty() ? "." : "; also written " + String.join(", ", skill.aliases()) + ".")));
        }
        skills.set("additionalProperties", ref("level"));
        return skills;
    }

    /** A role id, or its name in any case with spaces or underscores for hyphens, as the reader resolves it. */
    private static ObjectNode role(Catalog catalog) {
        ObjectNode role = describe(object().put("type", "string"), "A role: "
                + String.join(", ", catalog.roleIds()) + ". Any case; spaces or underscores for hyphens.");
        role.set("examples", strings(catalog.roleIds()));
        ArrayNode ways = role.putArray("anyOf");
        for (Catalog.RoleInfo info : catalog.roles()) {
            ObjectNode way = ways.addObject();
            way.put("title", info.name());
            way.put("pattern", "^" + TRIMMED + caseless(info.id()) + TRIMMED + "$");
        }
        return role;
    }

    /** A regular expression for an id in any case, since ECMA-262 patterns have no inline {@code (?i)}. */
    private static String caseless(String id) {
        StringBuilder pattern = new StringBuilder();
        for (char c : id.toCharArray()) {
            if (c == '-') {
                pattern.append(HYPHEN);
            } else if (Character.isLetter(c)) {
                pattern.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            } else if (Character.isLetterOrDigit(c)) {
                pattern.append(c);
            } else {
                pattern.append('\\').append(c);
            }
        }
        return pattern.toString();
    }

    private static ObjectNode level(Catalog catalog) {
        Map<Level, String> meaning = catalog.levels().stream()
                .collect(Collectors.toMap(Catalog.LevelInfo::level, Catalog.LevelInfo::description));
        String scale = Arrays.stream(Level.values())
                .map(l -> l.value() + " = " + l.id() + (meaning.containsKey(l) ? ": " + meaning.get(l) : "."))
                .collect(Collectors.joining(" "));
        ObjectNode level = describe(object(), "A proficiency level on the Dreyfus scale, by name or number. "
                + scale + " Also none (the member lacks the skill) or unknown (not assessed, as when the skill is left "
                + "out).");
        ArrayNode ways = level.putArray("anyOf");
        List<String> names = new java.util.ArrayList<>(Named.ids(Level.class));
        names.addAll(List.of("none", "unknown"));
        ways.addObject().set("enum", strings(names));
        ways.addObject().put("type", "integer").put("minimum", Level.NOVICE.value())
                .put("maximum", Level.EXPERT.value());
        return level;
    }

    private static ObjectNode describe(ObjectNode schema, String description) {
        ObjectNode described = object().put("description", description);
        described.setAll(schema);
        return described;
    }

    /** A value of the type, or null (the same as leaving the key out). */
    private static ObjectNode nullable(String type) {
        return object().set("type", strings(List.of(type, "null")));
    }

    private static ObjectNode ref(String def) {
        return object().put("$ref", "#/$defs/" + def);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode object() {
        return NODES.objectNode();
    }
}
