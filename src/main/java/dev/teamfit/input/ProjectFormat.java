package dev.teamfit.input;

import static dev.teamfit.model.Text.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project file format, defined once. The reader validates against it, {@code teamfit schema}
 * prints it as a JSON Schema, the engine names a project's facts after its key paths, and the what-if
 * variations of {@code explain} and {@code --set} change its values. A new input key is one line here.
 */
public final class ProjectFormat {

    /** What a value may be. */
    public enum Type {
        /** Free text; may hold line breaks and tabs. */
        TEXT,
        /** Text on one line. */
        LINE,
        /** true or false. */
        FLAG,
        /** A whole number at least {@link Value#min()}. */
        WHOLE,
        /** A share of a full-time person, over 0 and at most 1. */
        SHARE,
        /** One of {@link Value#choices()}. */
        CHOICE,
        /** A calendar month, {@code YYYY-MM}. */
        MONTH,
        /** A number of 0 or more. */
        NUMBER,
        /** A list of role names (a team member's roles). */
        ROLES,
        /** Skill levels by skill id or alias (a team member's skills). */
        SKILLS
    }

    /** A key of the format: a value, or a section of keys. */
    public sealed interface Key {
        String name();

        String description();
    }

    /**
     * A key that holds a value.
     *
     * @param fallback its value when the key is absent, or null for none
     * @param computed computes the value when the key is absent from the values bound before it (by key path),
     *                 or null when {@code fallback} is the default
     * @param fact     whether the rules see it as a characteristic of the project
     * @param hint     what to write, for a required key that is missing
     */
    public record Value(String name, Type type, String description, List<String> choices, int min, Object fallback,
                        Function<Map<String, Object>, Object> computed, boolean required, boolean fact, String hint)
            implements Key {

        public Value {
            choices = List.copyOf(choices);
        }

        /** The value when absent, given the values bound so far (keyed by path). */
        public Object fallback(Map<String, Object> bound) {
            return computed == null ? fallback : computed.apply(bound);
        }

        Value required(String what) {
            return new Value(name, type, description, choices, min, fallback, computed, true, fact, what);
        }

        Value notAFact() {
            return new Value(name, type, description, choices, min, fallback, computed, required, false, hint);
        }

        Value byDefault(Object value) {
            return new Value(name, type, description, choices, min, value, null, required, fact, hint);
        }

        Value byDefault(Function<Map<String, Object>, Object> value) {
            return new Value(name, type, description, choices, min, null, value, required, fact, hint);
        }
    }

    /**
     * A mapping of keys. {@code list}: the key holds a list of such mappings (the team).
     *
     * @param max the most items a list may hold (0 when it is not a list)
     */
    public record Section(String name, String description, List<Key> keys, boolean required, String hint, boolean list,
                          int max) implements Key {

        public Section {
            keys = List.copyOf(keys);
        }

        /** The names of its keys, in order. */
        public List<String> names() {
            return keys.stream().map(Key::name).toList();
        }

        public Optional<Key> key(String name) {
            return keys.stream().filter(k -> k.name().equals(name)).findFirst();
        }
    }

    /** When a value is set to something that only makes sense with another key's value. */
    public sealed interface Condition {
        boolean test(Object value);
    }

    /** The key is given at all. */
    public record Present() implements Condition {
        @Override
        public boolean test(Object value) {
            return value != null;
        }
    }

    /** The key is one of these values. */
    public record OneOf(List<String> values) implements Condition {
        @Override
        public boolean test(Object value) {
            return values.contains(value);
        }
    }

    /** The key is true. */
    public record IsTrue() implements Condition {
        @Override
        public boolean test(Object value) {
            return Boolean.TRUE.equals(value);
        }
    }

    /** The key is a number at least this. */
    public record AtLeast(int min) implements Condition {
        @Override
        public boolean test(Object value) {
            return value instanceof Integer n && n >= min;
        }
    }

    /**
     * A contradiction the reader refuses: {@code key}, when given and matching {@code when}, needs
     * {@code other} to be one of {@code allowed}. The message may name the other's value with {@code %s}.
     */
    public record Requires(String key, Condition when, String other, List<String> allowed, String message) {
    }

    /** A project id: lower-case letters, digits, dots, underscores and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** A calendar month, {@code YYYY-MM}, from 1900 to 2199. */
    public static final Pattern YEAR_MONTH = Pattern.compile("(19|20|21)\\d\\d-(0[1-9]|1[0-2])");
    /** The largest team teamfit assesses: far beyond a real project team, well within the rule time limit. */
    public static final int MAX_TEAM = 500;

    public static final List<String> CRITICALITIES = List.of("low", "medium", "high", "mission-critical");
    public static final List<String> KINDS = List.of("classification", "regression", "forecasting", "recommendation",
            "nlp", "computer-vision", "generative", "anomaly-detection", "optimization", "analytics");
    public static final List<String> MODES = List.of("none", "batch", "online", "streaming", "edge");
    /** The modes that serve requests, the only ones where a latency budget means anything. */
    public static final List<String> SERVING = List.of("online", "streaming", "edge");
    private static final List<String> DEPLOYED = MODES.subList(1, MODES.size());

    /** The member of a team. */
    public static final Section MEMBER = new Section("team", "A team member.", List.of(
            line("name", "The member's name, unique within the project (in any case).")
                    .required("every member needs a name."),
            value("roles", Type.ROLES, "The roles the member declares."),
            value("allocation", Type.SHARE, "The member's share of a full-time person on this project.").byDefault(1.0),
            value("skills", Type.SKILLS, "Skill levels by skill id or alias, in any case. An unknown skill is kept "
                    + "with a warning, so any key is allowed; the known ids are listed.")),
            false, null, true, MAX_TEAM);

    /** A person of a staffing pool ({@code teamfit plan --people FILE}). */
    public static final Section PERSON = new Section("people", "A person who could be staffed.", List.of(
            line("name", "The person's name; the same person as a team member of the same name (in any case).")
                    .required("every person needs a name."),
            value("roles", Type.ROLES, "The roles the person can take."),
            value("skills", Type.SKILLS, "Skill levels by skill id or alias, as for team members."),
            value("availability", Type.SHARE, "The share of a full-time person they can give in all.").byDefault(1.0),
            value("available-from", Type.MONTH, "The first month they can work, YYYY-MM."),
            value("available-until", Type.MONTH, "The last month they can work, YYYY-MM."),
            value("cost", Type.NUMBER, "What a month of them at full time costs, in any currency; used only when "
                    + "everyone in the pool has one.")),
            false, null, true, 10_000);

    /** The whole file. */
    public static final Section PROJECT = new Section("", "One AI/ML project for teamfit to staff: what it must do, "
            + "its data, how it ships and who is on the team.", List.of(
            line("id", "The project's id, unique in a portfolio: lower-case letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit. Example: card-fraud.")
                    .required("give the project an id such as 'card-fraud'.").notAFact(),
            line("name", "A human-readable name for the project.").required("give the project a human-readable name.")
                    .notAFact(),
            value("description", Type.TEXT, "Free text about the project.").notAFact(),
            line("domain", "The business domain, free text: finance, healthcare, retail, ..."),
            value("regulated", Type.FLAG, "Whether the project is bound by regulation or compliance (GDPR, HIPAA, ...).")
                    .byDefault(false),
            choice("criticality", "How much the business depends on the project.", CRITICALITIES).byDefault("medium"),
            whole("duration-months", 1, "The planned duration in months."),
            value("start", Type.MONTH, "The month the project starts, YYYY-MM (teamfit plan staffs it from then; "
                    + "without it, from the plan's first month).").notAFact(),
            whole("stakeholders", 0, "The number of business stakeholder groups.").byDefault(1),
            value("customer-facing", Type.FLAG, "Whether end customers see the AI output.").byDefault(false),
            new Section("problem", "What the project must solve.", List.of(
                    choice("kind", "The kind of problem; analytics means no ML model is built.", KINDS)
                            .required("one of " + String.join(", ", KINDS) + "."),
                    choice("novelty", "How far known methods solve the problem; novel means none does.",
                            List.of("established", "adapted", "novel")).byDefault("established"),
                    choice("approach", "The modelling approach, when known.",
                            List.of("classical", "deep-learning", "foundation-model"))),
                    true, "say at least problem.kind.", false, 0),
            new Section("data", "The data the project works on.", List.of(
                    choice("volume", "Data size: small under 10 GB, medium under 1 TB, large under 100 TB, massive "
                            + "beyond.", List.of("small", "medium", "large", "massive")).byDefault("small"),
                    whole("sources", 1, "The number of distinct source systems.").byDefault(1),
                    value("streaming", Type.FLAG, "Whether data arrives as a stream.").byDefault(false),
                    choice("quality", "How clean and complete the data is.", List.of("poor", "fair", "good"))
                            .byDefault("fair"),
                    value("personal-data", Type.FLAG, "Whether the data holds personal data.").byDefault(false),
                    value("pipelines", Type.FLAG, "Whether the project builds its own data pipelines.").byDefault(false)),
                    false, null, false, 0),
            new Section("deployment", "How the model ships.", List.of(
                    choice("mode", "How the model ships; none means it does not.", MODES).byDefault("none"),
                    whole("latency-ms", 1, "The latency budget in milliseconds; " + series(SERVING, "or")
                            + " deployment only."),
                    choice("retraining", "How the production model is retrained.",
                            List.of("none", "manual", "scheduled", "continuous")).byDefault("none"),
                    value("monitoring", Type.FLAG, "Whether the production model is monitored. Default: true when "
                            + "mode is not none.").byDefault(bound -> deployed(bound)),
                    whole("models", 0, "The number of models in production. Default: 1 when mode is not none, else 0.")
                            .byDefault(bound -> deployed(bound) ? 1 : 0),
                    choice("infrastructure", "Where the system runs.", List.of("cloud", "on-prem", "hybrid"))),
                    false, null, false, 0),
            new Section("reporting", "What the business gets besides the model.", List.of(
                    value("dashboards", Type.FLAG, "Whether the project delivers dashboards.").byDefault(false),
                    value("insights", Type.FLAG, "Whether the project delivers exploratory insights for the business.")
                            .byDefault(false)),
                    false, null, false, 0),
            MEMBER), false, null, false, 0);

    /** The contradictions the reader refuses (a schema states them as if/then rules). */
    public static final List<Requires> REQUIRES = List.of(
            new Requires("deployment.latency-ms", new Present(), "deployment.mode", SERVING,
                    "a latency applies only to " + series(SERVING, "or") + " deployment; mode is %s."),
            new Requires("deployment.retraining", new OneOf(List.of("manual", "scheduled", "continuous")),
                    "deployment.mode", DEPLOYED, "retraining applies to a deployed model; set deployment.mode ("
                    + series(DEPLOYED, "or") + ") or remove it."),
            new Requires("deployment.monitoring", new IsTrue(), "deployment.mode", DEPLOYED,
                    "monitoring applies to a deployed model; set deployment.mode (" + series(DEPLOYED, "or")
                    + ") or remove it."),
            new Requires("deployment.models", new AtLeast(1), "deployment.mode", DEPLOYED,
                    "models in production need a deployment; set deployment.mode or make models 0."));

    private static final Map<String, Value> VALUES = Collections.unmodifiableMap(collect(PROJECT, "",
            new LinkedHashMap<>()));

    private ProjectFormat() {
    }

    /** Every value key of the project (not the team's), by key path, in file order. */
    public static Map<String, Value> values() {
        return VALUES;
    }

    private static Map<String, Value> collect(Section section, String path, Map<String, Value> into) {
        for (Key key : section.keys()) {
            String child = path.isEmpty() ? key.name() : path + "." + key.name();
            if (key instanceof Value value) {
                into.put(child, value);
            } else if (key instanceof Section inner && !inner.list()) {
                collect(inner, child, into);
            }
        }
        return into;
    }

    /** The key paths the rules see as input facts, with {@code team.size} when a team is given. */
    public static List<String> factKeys() {
        return Stream.concat(VALUES.entrySet().stream().filter(e -> e.getValue().fact()).map(Map.Entry::getKey),
                Stream.of("team.size")).toList();
    }

    private static boolean deployed(Map<String, Object> bound) {
        return !"none".equals(bound.get("deployment.mode"));
    }

    private static Value value(String name, Type type, String description) {
        return new Value(name, type, description, List.of(), 0, null, null, false, true, null);
    }

    private static Value line(String name, String description) {
        return value(name, Type.LINE, description);
    }

    private static Value whole(String name, int min, String description) {
        return new Value(name, Type.WHOLE, description, List.of(), min, null, null, false, true, null);
    }

    private static Value choice(String name, String description, List<String> choices) {
        return new Value(name, Type.CHOICE, description, choices, 0, null, null, false, true, null);
    }
}
