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
import dev.teamfit.model.Approach;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Infrastructure;
import dev.teamfit.model.Level;
import dev.teamfit.model.Named;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Retraining;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the JSON Schema (draft 2020-12) of a project file, SPEC §2. It is generated from the
 * catalog, the model's enums and {@link ProjectReader}'s key lists, so it cannot drift from what the
 * reader accepts; where the two could differ, the reader decides.
 *
 * <p>Like the reader, the schema treats a null value as an absent key. What a
 * schema cannot say is left to the reader alone: duplicate keys and member names, YAML anchors,
 * aliases and tags, size, depth and encoding, and that {@code 3.0} is not a whole number (JSON
 * Schema counts it as an integer).
 */
public final class SchemaWriter {

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter PRETTY = new ObjectMapper().writer(
            new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** What {@code String.trim()} removes around a role name. */
    private static final String TRIMMED = "[\\x00-\\x20]*";
    /** What {@link Catalog#resolveRole} reads as a hyphen: a run of Java's {@code \s} or underscores. */
    private static final String HYPHEN = "(?:-|[\\t\\n\\x0B\\f\\r _]+)";
    /** The modes that serve requests, the only ones where a latency budget means anything. */
    private static final List<DeploymentMode> LATENCY_MODES =
            java.util.Arrays.stream(DeploymentMode.values()).filter(DeploymentMode::servesRequests).toList();

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
        schema.put("description", "One AI/ML project for teamfit to staff: what it must do, its data, how it ships "
                + "and who is on the team. YAML or JSON, UTF-8. Keys are kebab-case and unknown keys are errors. "
                + "A null value (~ in YAML) is the same as leaving the key out. teamfit also refuses duplicate keys, "
                + "duplicate member names, YAML anchors, aliases and tags, nesting deeper than "
                + TreeReader.MAX_DEPTH + " levels and files over 1 MiB, which this schema cannot express.");
        schema.put("type", "object");
        schema.set("required", strings(List.of("id", "name", "problem")));
        schema.put("additionalProperties", false);

        Map<String, ObjectNode> top = new LinkedHashMap<>();
        top.put("id", describe(object().put("type", "string").put("pattern", "^" + ProjectReader.ID.pattern() + "$"),
                "The project's id, unique in a portfolio: lower-case letters, digits, '.', '_' and '-', "
                        + "starting with a letter or digit. Example: card-fraud."));
        top.put("name", nonBlank("A human-readable name for the project."));
        top.put("description", text("Free text about the project."));
        top.put("domain", text("The business domain, free text: finance, healthcare, retail, ..."));
        top.put("regulated", flag("Whether the project is bound by regulation or compliance (GDPR, HIPAA, ...).",
                false));
        top.put("criticality", choice(Criticality.class, "How much the business depends on the project.",
                Criticality.MEDIUM));
        top.put("duration-months", whole(1, "The planned duration in months.", null));
        top.put("stakeholders", whole(0, "The number of business stakeholder groups.", 1));
        top.put("customer-facing", flag("Whether end customers see the AI output.", false));
        top.put("problem", problem());
        top.put("data", data());
        top.put("deployment", deployment());
        top.put("reporting", section("What the business gets besides the model.", ProjectReader.REPORTING_KEYS, Map.of(
                "dashboards", flag("Whether the project delivers dashboards.", false),
                "insights", flag("Whether the project delivers exploratory insights for the business.", false))));
        top.put("team", describe(object().set("type", strings(List.of("array", "null"))),
                "The people on the project. Without a team, teamfit only scopes the roles and skills it needs.")
                .set("items", ref("member")));
        schema.set("properties", properties(ProjectReader.TOP_KEYS, top));

        ObjectNode defs = schema.putObject("$defs");
        defs.set("member", member(catalog));
        defs.set("role", role(catalog));
        defs.set("level", level(catalog));
        try {
            return PRETTY.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    private static ObjectNode problem() {
        ObjectNode problem = section("What the project must solve.", ProjectReader.PROBLEM_KEYS, Map.of(
                "kind", describe(object().set("enum", strings(Named.ids(ProblemKind.class))),
                        "The kind of problem; analytics means no ML model is built."),
                "novelty", choice(Novelty.class, "How far known methods solve the problem; novel means none does.",
                        Novelty.ESTABLISHED),
                "approach", choice(Approach.class, "The modelling approach, when known.", null)));
        problem.put("type", "object");
        problem.set("required", strings(List.of("kind")));
        return problem;
    }

    private static ObjectNode data() {
        return section("The data the project works on.", ProjectReader.DATA_KEYS, Map.of(
                "volume", choice(DataVolume.class,
                        "Data size: small under 10 GB, medium under 1 TB, large under 100 TB, massive beyond.",
                        DataVolume.SMALL),
                "sources", whole(1, "The number of distinct source systems.", 1),
                "streaming", flag("Whether data arrives as a stream.", false),
                "quality", choice(DataQuality.class, "How clean and complete the data is.", DataQuality.FAIR),
                "personal-data", flag("Whether the data holds personal data.", false)));
    }

    private static ObjectNode deployment() {
        List<String> deployed = Arrays.stream(DeploymentMode.values()).filter(m -> m != DeploymentMode.NONE)
                .map(Named::id).toList();
        List<String> latencyModes = LATENCY_MODES.stream().map(Named::id).toList();
        ObjectNode deployment = section("How the model ships.", ProjectReader.DEPLOYMENT_KEYS, Map.of(
                "mode", choice(DeploymentMode.class, "How the model ships; none means it does not.",
                        DeploymentMode.NONE),
                "latency-ms", whole(1, "The latency budget in milliseconds; " + or(latencyModes)
                        + " deployment only.", null),
                "retraining", choice(Retraining.class, "How the production model is retrained.", Retraining.NONE),
                "monitoring", describe(object().set("type", strings(List.of("boolean", "null"))),
                        "Whether the production model is monitored. Default: true when mode is not none."),
                "models", whole(0, "The number of models in production. Default: 1 when mode is not none, else 0.",
                        null),
                "infrastructure", choice(Infrastructure.class, "Where the system runs.", null)));

        ObjectNode modeIsDeployed = modeIn(deployed);
        ArrayNode rules = deployment.putArray("allOf");
        rules.add(when("latency-ms is only for " + or(latencyModes) + " deployment.",
                "latency-ms", object().put("type", "integer"), modeIn(latencyModes)));
        rules.add(when("Retraining applies to a deployed model: mode must be set and not none.",
                "retraining", object().set("enum", strings(Arrays.stream(Retraining.values())
                        .filter(r -> r != Retraining.NONE).map(Named::id).toList())), modeIsDeployed));
        rules.add(when("Monitoring applies to a deployed model: mode must be set and not none.",
                "monitoring", object().put("const", true), modeIsDeployed.deepCopy()));
        rules.add(when("Models in production need a deployment: mode must be set and not none.",
                "models", object().put("type", "integer").put("minimum", 1), modeIsDeployed.deepCopy()));
        return deployment;
    }

    private static ObjectNode member(Catalog catalog) {
        ObjectNode skills = describe(object().set("type", strings(List.of("object", "null"))),
                "Skill levels by skill id or alias, in any case. An unknown skill is kept with a warning, "
                        + "so any key is allowed; the known ids are listed.");
        ObjectNode known = skills.putObject("properties");
        for (Catalog.SkillInfo skill : catalog.skills()) {
            known.set(skill.id(), describe(ref("level"), skill.name()
                    + (skill.aliases().isEmpty() ? "." : "; also written " + String.join(", ", skill.aliases()) + ".")));
        }
        skills.set("additionalProperties", ref("level"));

        ObjectNode member = section("A team member.", ProjectReader.MEMBER_KEYS, Map.of(
                "name", nonBlank("The member's name, unique within the project (in any case)."),
                "roles", describe(object().set("type", strings(List.of("array", "null"))),
                        "The roles the member declares.").set("items", ref("role")),
                "allocation", describe(object().set("type", strings(List.of("number", "null"))),
                        "The member's share of a full-time person on this project.")
                        .put("exclusiveMinimum", 0).put("maximum", 1).put("default", 1),
                "skills", skills));
        member.put("type", "object");
        member.set("required", strings(List.of("name")));
        return member;
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
                + scale);
        ArrayNode ways = level.putArray("anyOf");
        ways.addObject().set("enum", strings(Named.ids(Level.class)));
        ways.addObject().put("type", "integer").put("minimum", Level.NOVICE.value())
                .put("maximum", Level.EXPERT.value());
        return level;
    }

    /** A mapping whose keys are exactly the reader's; every key must have a schema. */
    private static ObjectNode section(String description, List<String> keys, Map<String, ObjectNode> schemas) {
        ObjectNode section = describe(object().set("type", strings(List.of("object", "null"))), description);
        section.put("additionalProperties", false);
        section.set("properties", properties(keys, schemas));
        return section;
    }

    private static ObjectNode properties(List<String> keys, Map<String, ObjectNode> schemas) {
        if (!schemas.keySet().equals(new HashSet<>(keys))) {
            throw new IllegalStateException("the schema's keys " + schemas.keySet() + " differ from the reader's " + keys);
        }
        ObjectNode properties = object();
        for (String key : keys) {
            properties.set(key, schemas.get(key));
        }
        return properties;
    }

    /** If {@code key} is present and matches {@code condition}, the mapping must match {@code then}. */
    private static ObjectNode when(String description, String key, ObjectNode condition, ObjectNode then) {
        ObjectNode rule = describe(object(), description);
        ObjectNode test = rule.putObject("if");
        test.set("required", strings(List.of(key)));
        test.putObject("properties").set(key, condition);
        rule.set("then", then);
        return rule;
    }

    /** The mapping has a mode among {@code modes}; an absent mode is none. */
    private static ObjectNode modeIn(List<String> modes) {
        ObjectNode schema = object();
        schema.set("required", strings(List.of("mode")));
        schema.putObject("properties").putObject("mode").set("enum", strings(modes));
        return schema;
    }

    /** "a, b or c". */
    private static String or(List<String> words) {
        int last = words.size() - 1;
        return last < 1 ? String.join("", words) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    private static ObjectNode text(String description) {
        return describe(object().set("type", strings(List.of("string", "null"))), description);
    }

    private static ObjectNode nonBlank(String description) {
        return describe(object().put("type", "string").put("pattern", "\\S"), description);
    }

    private static ObjectNode flag(String description, boolean fallback) {
        return describe(object().set("type", strings(List.of("boolean", "null"))), description)
                .put("default", fallback);
    }

    private static ObjectNode whole(int minimum, String description, Integer fallback) {
        ObjectNode schema = describe(object().set("type", strings(List.of("integer", "null"))), description)
                .put("minimum", minimum);
        return fallback == null ? schema : schema.put("default", fallback);
    }

    private static <E extends Enum<E> & Named> ObjectNode choice(Class<E> type, String description, E fallback) {
        ArrayNode values = strings(Named.ids(type));
        values.addNull();
        ObjectNode schema = describe(object().set("enum", values), description);
        return fallback == null ? schema : schema.put("default", fallback.id());
    }

    private static ObjectNode describe(ObjectNode schema, String description) {
        ObjectNode described = object().put("description", description);
        described.setAll(schema);
        return described;
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
