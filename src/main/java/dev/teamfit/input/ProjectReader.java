package dev.teamfit.input;

import dev.teamfit.model.Approach;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Infrastructure;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Named;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Project;
import dev.teamfit.model.Retraining;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a project file into a validated {@link Project} (SPEC §2), reporting every problem of the
 * file at once. Unknown skills are kept and reported as warnings.
 */
public final class ProjectReader {

    /** A project id: lower-case letters, digits, dots, underscores and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    static final List<String> TOP_KEYS = List.of("id", "name", "description", "domain", "regulated", "criticality",
            "duration-months", "stakeholders", "customer-facing", "problem", "data", "deployment", "reporting", "team");
    static final List<String> PROBLEM_KEYS = List.of("kind", "novelty", "approach");
    static final List<String> DATA_KEYS = List.of("volume", "sources", "streaming", "quality", "personal-data");
    static final List<String> DEPLOYMENT_KEYS = List.of("mode", "latency-ms", "retraining", "monitoring", "models",
            "infrastructure");
    static final List<String> REPORTING_KEYS = List.of("dashboards", "insights");
    static final List<String> MEMBER_KEYS = List.of("name", "roles", "allocation", "skills");

    private static final int MAX = Integer.MAX_VALUE;
    /** The largest team teamfit assesses: far beyond a real project team, well within the rule time limit. */
    public static final int MAX_TEAM = 500;

    /** A project and the warnings its file raised. */
    public record Loaded(Project project, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private final Catalog catalog;
    private final TreeReader trees;

    public ProjectReader(Catalog catalog, long maxBytes) {
        this.catalog = catalog;
        this.trees = new TreeReader(maxBytes);
    }

    /** Reads a project file; {@code file} names it in messages. */
    public Loaded read(Path path, String file) throws InvalidInputException, IOException {
        return bind(file, trees.read(path, file));
    }

    /** Reads a project from bytes of the given syntax, e.g. one line of a JSON Lines file. */
    public Loaded read(String file, byte[] bytes, TreeReader.Syntax syntax) throws InvalidInputException {
        return bind(file, trees.parse(file, bytes, syntax));
    }

    /** Validates a parsed tree and builds the project. */
    public Loaded bind(String file, Node root) throws InvalidInputException {
        Binder in = new Binder();
        Node.Mapping top = in.mapping(root, "");
        if (top == null) {
            throw new InvalidInputException(file, in.problems);
        }
        in.checkKeys(top, "", TOP_KEYS);
        in.required(top, top, "", "id", "give the project an id such as 'card-fraud'.");
        in.required(top, top, "", "name", "give the project a human-readable name.");
        in.required(top, top, "", "problem", "say at least problem.kind.");

        String id = in.text(top, "", "id");
        if (id != null && !ID.matcher(id).matches()) {
            in.problem(Binder.get(top, "id"), "id", "'" + Binder.clip(id) + "' is not a valid id. Use lower-case letters, "
                    + "digits, '.', '_' and '-', starting with a letter or digit.");
        }
        String name = in.text(top, "", "name");
        if (name != null && name.isBlank()) {
            in.problem(Binder.get(top, "name"), "name", "the name is blank.");
        }
        String description = in.text(top, "", "description");
        String domain = in.text(top, "", "domain");
        printable(in, top, "", "name", name, false);
        printable(in, top, "", "domain", domain, false);
        printable(in, top, "", "description", description, true);
        boolean regulated = in.bool(top, "", "regulated", false);
        Criticality criticality = in.choice(top, "", "criticality", Criticality.class, Criticality.MEDIUM);
        Integer duration = in.integer(top, "", "duration-months", 1, MAX, null);
        int stakeholders = in.integer(top, "", "stakeholders", 0, MAX, 1);
        boolean customerFacing = in.bool(top, "", "customer-facing", false);

        Project.Problem problem = problem(in, section(in, top, "problem", PROBLEM_KEYS));
        Project.Data data = data(in, section(in, top, "data", DATA_KEYS));
        Project.Deployment deployment = deployment(in, section(in, top, "deployment", DEPLOYMENT_KEYS));
        Node.Mapping reportingNode = section(in, top, "reporting", REPORTING_KEYS);
        Project.Reporting reporting = new Project.Reporting(
                in.bool(reportingNode, "reporting", "dashboards", false),
                in.bool(reportingNode, "reporting", "insights", false));

        Node teamNode = Binder.get(top, "team");
        List<Member> team = team(in, teamNode);

        if (!in.problems.isEmpty()) {
            throw new InvalidInputException(file, in.problems);
        }
        Project project = new Project(id, name.strip(), description, domain, regulated, criticality, duration,
                stakeholders, customerFacing, problem, data, deployment, reporting, team, teamNode != null);
        return new Loaded(project, in.warnings);
    }

    /**
     * Reports text that would not print as itself: names appear in reports and terminals, so a
     * project file must not smuggle escape sequences or line breaks into them (a description may
     * hold line breaks and tabs).
     */
    private static void printable(Binder in, Node.Mapping node, String path, String key, String text,
                                  boolean multiline) {
        if (text != null && text.chars().anyMatch(c -> dev.teamfit.model.Text.isControl(c)
                && !(multiline && (c == '\n' || c == '\t' || c == '\r')))) {
            in.problem(Binder.get(node, key), Binder.child(path, key), "control characters are not allowed here"
                    + (multiline ? " (line breaks and tabs are)." : "; write it on one line."));
        }
    }

    /** An optional section: its mapping after checking its keys, or null when absent or wrong. */
    private static Node.Mapping section(Binder in, Node.Mapping top, String key, List<String> keys) {
        Node node = Binder.get(top, key);
        if (node == null) {
            return null;
        }
        Node.Mapping mapping = in.mapping(node, key);
        if (mapping != null) {
            in.checkKeys(mapping, key, keys);
        }
        return mapping;
    }

    private static Project.Problem problem(Binder in, Node.Mapping node) {
        if (node != null) {
            in.required(node, node, "problem", "kind", "one of " + String.join(", ", Named.ids(ProblemKind.class)) + ".");
        }
        ProblemKind kind = in.choice(node, "problem", "kind", ProblemKind.class, ProblemKind.ANALYTICS);
        Novelty novelty = in.choice(node, "problem", "novelty", Novelty.class, Novelty.ESTABLISHED);
        Approach approach = in.choice(node, "problem", "approach", Approach.class, null);
        return new Project.Problem(kind, novelty, approach);
    }

    private static Project.Data data(Binder in, Node.Mapping node) {
        return new Project.Data(
                in.choice(node, "data", "volume", DataVolume.class, DataVolume.SMALL),
                in.integer(node, "data", "sources", 1, MAX, 1),
                in.bool(node, "data", "streaming", false),
                in.choice(node, "data", "quality", DataQuality.class, DataQuality.FAIR),
                in.bool(node, "data", "personal-data", false));
    }

    private static Project.Deployment deployment(Binder in, Node.Mapping node) {
        String path = "deployment";
        int before = in.problems.size();
        DeploymentMode mode = in.choice(node, path, "mode", DeploymentMode.class, DeploymentMode.NONE);
        // With a mode given but invalid, checks against it would only add confusing errors.
        boolean modeKnown = in.problems.size() == before;
        boolean deployed = mode != DeploymentMode.NONE || !modeKnown;
        Integer latency = in.integer(node, path, "latency-ms", 1, MAX, null);
        if (latency != null && modeKnown && !mode.servesRequests()) {
            in.problem(Binder.get(node, "latency-ms"), path + ".latency-ms", "a latency applies only to online, "
                    + "streaming or edge deployment; mode is " + mode.id() + ".");
        }
        Retraining retraining = in.choice(node, path, "retraining", Retraining.class, Retraining.NONE);
        if (!deployed && retraining != Retraining.NONE) {
            in.problem(Binder.get(node, "retraining"), path + ".retraining", "retraining applies to a deployed "
                    + "model; set deployment.mode (batch, online, streaming or edge) or remove it.");
        }
        boolean monitoring = in.bool(node, path, "monitoring", deployed);
        if (!deployed && monitoring) {
            in.problem(Binder.get(node, "monitoring"), path + ".monitoring", "monitoring applies to a deployed "
                    + "model; set deployment.mode (batch, online, streaming or edge) or remove it.");
        }
        Integer models = in.integer(node, path, "models", 0, MAX, deployed ? 1 : 0);
        if (!deployed && models != null && models > 0) {
            in.problem(Binder.get(node, "models"), path + ".models", "models in production need a deployment; "
                    + "set deployment.mode or make models 0.");
        }
        Infrastructure infrastructure = in.choice(node, path, "infrastructure", Infrastructure.class, null);
        return new Project.Deployment(mode, latency, retraining, monitoring, models, infrastructure);
    }

    private List<Member> team(Binder in, Node teamNode) {
        List<Member> team = new ArrayList<>();
        if (teamNode == null) {
            return team;
        }
        if (!(teamNode instanceof Node.Sequence sequence)) {
            in.problem(teamNode, "team", "expected a list of members, found " + teamNode.describe() + ".");
            return team;
        }
        if (sequence.items().size() > MAX_TEAM) {
            in.problem(teamNode, "team", "the team has " + sequence.items().size() + " members; teamfit assesses teams "
                    + "of up to " + MAX_TEAM + ". Split the project, or list only the people on it.");
            return team;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            String path = "team[" + i + "]";
            Node.Mapping node = in.mapping(sequence.items().get(i), path);
            if (node == null) {
                continue;
            }
            in.checkKeys(node, path, MEMBER_KEYS);
            in.required(node, node, path, "name", "every member needs a name.");
            String name = in.text(node, path, "name");
            printable(in, node, path, "name", name, false);
            if (name != null) {
                name = name.strip();
                // The same person across projects is the same name ignoring case and spacing; so within one.
                Integer first = seen.putIfAbsent(dev.teamfit.model.MemberLoad.identity(name), i);
                if (name.isEmpty()) {
                    in.problem(Binder.get(node, "name"), path + ".name", "the name is blank.");
                } else if (first != null) {
                    in.problem(Binder.get(node, "name"), path + ".name", "'" + Binder.clip(name)
                            + "' is already the name of team[" + first + "]. Member names must be unique.");
                }
            }
            List<String> roles = roles(in, catalog, Binder.get(node, "roles"), path + ".roles");
            double allocation = in.share(node, path, "allocation", 1.0);
            Map<String, Integer> skills = skills(in, Binder.get(node, "skills"), path + ".skills");
            if (name != null) {
                team.add(new Member(i, name, roles, allocation, skills));
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

    private Map<String, Integer> skills(Binder in, Node node, String path) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (node == null) {
            return skills;
        }
        Node.Mapping mapping = in.mapping(node, path);
        if (mapping == null) {
            return skills;
        }
        for (Node.Entry entry : mapping.entries().values()) {
            String key = entry.key();
            String keyPath = path + "." + key;
            if (dev.teamfit.model.Text.hasControl(key)) {
                in.problems.add(new Problem(entry.keyAt(), keyPath, "a skill name may not hold control characters."));
                continue;
            }
            Optional<String> skill = catalog.resolveSkill(key);
            if (skill.isEmpty()) {
                in.warnings.add(keyPath + ": unknown skill" + catalog.nearestSkillName(key)
                        .map(n -> "; did you mean " + n + "?").orElse("; it is kept but no rule uses it."));
            }
            Integer level = level(in, entry.value(), keyPath);
            if (level != null) {
                skills.merge(skill.orElse(key.strip().toLowerCase(Locale.ROOT)), level, Math::max);
            }
        }
        return skills;
    }

    private static Integer level(Binder in, Node node, String path) {
        if (node instanceof Node.Scalar s) {
            if (s.value() instanceof String text) {
                Optional<Level> level = Named.byId(Level.class, text);
                if (level.isPresent()) {
                    return level.get().value();
                }
            } else if (s.value() instanceof BigInteger number && number.compareTo(BigInteger.ONE) >= 0
                    && number.compareTo(BigInteger.valueOf(5)) <= 0) {
                return number.intValue();
            }
        }
        in.problem(node, path, Binder.shown(node) + " is not a level. Allowed: "
                + String.join(", ", Named.ids(Level.class)) + ", or 1 to 5.");
        return null;
    }
}
