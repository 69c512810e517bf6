package dev.teamfit.robust;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleVerifier;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.ProjectTree;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Member;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Project;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * jqwik arbitraries of valid projects, drawn from the input format itself ({@link ProjectFormat}):
 * every value key with every choice, flag and whole number (around the thresholds the rules compare
 * it with), a key left out as often as given, every problem kind, deployment and data shape; projects
 * without a team, with an empty one and with up to nine members, who declare overlapping and unneeded
 * roles, work part-time, hold unknown skills, and whose names and the project's free text stress the
 * writers (quotes, YAML indicators, words YAML reads as booleans or nulls, non-Latin scripts).
 *
 * <p>Each project is a tree a file could hold, read by the real reader: a value that contradicts
 * another ({@link ProjectFormat#REQUIRES}, such as retraining without a deployment) is left out, so
 * every project generated, and every project shrunk from one, is valid by construction.
 */
public final class ProjectArbitraries {

    /** Skill keys no catalog entry has: kept under their own name with a warning. */
    static final List<String> UNKNOWN_SKILLS = List.of("kubernets", "underwater-basket-weaving", "negotiation",
            "quantum-annealing", "sqll");
    /** Names chosen to trip YAML and JSON writers and readers; all already stripped. */
    static final List<String> ODD_NAMES = List.of("José Álvarez", "O'Neil", "Zoë \"Z\" Ng", "Dr. No: Yes",
            "#hash tag", "- dash", "yes", "no", "null", "~", "123", "1e3", "0x1F", "true", "False", ".inf",
            "李雷", "Ünïcødé 🚀", "& Co", "*star", "!bang", "a: b", "[list]", "{map}", "%percent", "@at",
            "`tick`", "Anne-Marie O.Brien_2", "back\\slash", "multi word name", "=cmd", "+plus");
    private static final List<String> FIRST = List.of("Ana", "Bo", "Chloe", "Dan", "Eve", "Farah", "Gus", "Hana",
            "Ivo", "Jin", "Kofi", "Lena", "Mo", "Nia", "Otto", "Pia");
    private static final List<String> LAST = List.of("Ruiz", "Chen", "Park", "Moss", "Lind", "Haddad", "Berg",
            "Okafor");
    private static final List<String> DESCRIPTIONS = List.of("Score things.", "Line one\nline two",
            "Quotes \" and ' and: colons # not a comment", "Ünïcødé ✓", "Tabs\tand\r\nWindows line ends");
    private static final List<String> DOMAINS = List.of("finance", "healthcare", "retail", "telecom", "insurance",
            "public sector", "energy");
    /** Allocations: mostly full-time, then the shares people are usually booked at. */
    private static final List<Double> ALLOCATIONS = List.of(1.0, 0.1, 0.25, 0.3, 0.33, 0.5, 0.6, 0.75, 0.8);

    private ProjectArbitraries() {
    }

    static RuleBase rules() {
        return RuleVerifier.bundled();
    }

    static Catalog catalog() {
        return rules().catalog();
    }

    /** Valid projects, as the reader reads them. */
    public static Arbitrary<Project> projects() {
        return trees().map(ProjectArbitraries::read);
    }

    /** Valid projects that have a team of at least one member. */
    public static Arbitrary<Project> staffedProjects() {
        return Combinators.combine(header(), values(), members().list().ofMinSize(1).ofMaxSize(9)
                        .uniqueElements(m -> MemberLoad.identity(m.name())))
                .as((header, values, team) -> read(tree(header, values, team)));
    }

    /** Trees of valid projects, as a project file would hold them. */
    public static Arbitrary<Node.Mapping> trees() {
        return Combinators.combine(header(), values(), teams()).as(ProjectArbitraries::tree);
    }

    /** Portfolios: projects with distinct ids, whose members' names repeat across projects. */
    public static Arbitrary<List<Project>> portfolios(int min, int max) {
        return projects().list().ofMinSize(min).ofMaxSize(max).map(projects -> {
            List<Project> numbered = new ArrayList<>();
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                numbered.add(new Project("gen-" + i, p.name(), p.description(), p.values(), p.team(),
                        p.teamDeclared()));
            }
            return numbered;
        });
    }

    /** A project's id, name and description (or null). */
    private record Header(String id, String name, String description) {
    }

    private static Arbitrary<Header> header() {
        Arbitrary<String> ids = Combinators.combine(Arbitraries.integers().between(0, 999),
                        Arbitraries.of("", "_v1.2", ".x", "-b"))
                .as((n, suffix) -> "gen-" + n + suffix);
        Arbitrary<String> names = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(LAST).map(last -> "Project " + last)),
                Tuple.of(1, Arbitraries.of(ODD_NAMES)));
        return Combinators.combine(ids, names, Arbitraries.of(DESCRIPTIONS).injectNull(0.4)).as(Header::new);
    }

    /** A value for every key of the format, or null to leave it out (its default then applies). */
    static Arbitrary<Map<String, Object>> values() {
        List<Arbitrary<Map.Entry<String, Object>>> keys = new ArrayList<>();
        ProjectFormat.values().forEach((path, value) -> {
            if (!List.of("id", "name", "description").contains(path)) {
                Arbitrary<Object> any = value(path, value);
                keys.add((value.required() ? any : any.injectNull(0.3)).map(v -> new java.util.AbstractMap
                        .SimpleImmutableEntry<>(path, v)));
            }
        });
        return Combinators.combine(keys).as(entries -> {
            Map<String, Object> values = new LinkedHashMap<>();
            entries.forEach(e -> {
                if (e.getValue() != null) {
                    values.put(e.getKey(), e.getValue());
                }
            });
            return consistent(values);
        });
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> value(String path, ProjectFormat.Value value) {
        return (Arbitrary<Object>) (Arbitrary<?>) switch (value.type()) {
            case CHOICE -> Arbitraries.of(value.choices());
            case FLAG -> Arbitraries.of(false, true);
            case WHOLE -> whole(path, value.min());
            case SHARE -> Arbitraries.of(ALLOCATIONS);
            case TEXT -> Arbitraries.of(DESCRIPTIONS);
            case LINE -> path.equals("domain") ? Arbitraries.of(DOMAINS) : Arbitraries.of(ODD_NAMES);
            case MONTH -> Combinators.combine(Arbitraries.integers().between(2024, 2030),
                    Arbitraries.integers().between(1, 12)).as((y, m) -> String.format("%04d-%02d", y, m));
            case NUMBER -> Arbitraries.doubles().between(0, 20000).ofScale(0);
            case ROLES, SKILLS -> throw new IllegalStateException(path + " is a member's key");
        };
    }

    /**
     * A whole number at least {@code min}: half the time one on either side of a threshold the rules
     * compare the key with, else any up to a little past the largest threshold.
     */
    private static Arbitrary<Integer> whole(String path, int min) {
        Set<Integer> around = new TreeSet<>(rules().thresholds().getOrDefault(path, Set.of()));
        around.removeIf(n -> n < min);
        int top = Math.max(12, around.stream().mapToInt(Integer::intValue).max().orElse(0) * 2);
        Arbitrary<Integer> any = Arbitraries.integers().between(min, top);
        return around.isEmpty() ? any : Arbitraries.oneOf(Arbitraries.of(around), any);
    }

    /** The values without any that contradicts another one (the reader would refuse the file). */
    private static Map<String, Object> consistent(Map<String, Object> values) {
        Map<String, ProjectFormat.Value> format = ProjectFormat.values();
        for (ProjectFormat.Requires rule : ProjectFormat.REQUIRES) {
            Object value = values.get(rule.key());
            Object other = values.containsKey(rule.other()) ? values.get(rule.other())
                    : format.get(rule.other()).fallback(values);
            if (value != null && rule.when().test(value) && !rule.allowed().contains(other)) {
                values.remove(rule.key());
            }
        }
        return values;
    }

    /** No team key (about one in six), an empty team (one in twenty), or one to nine members. */
    private static Arbitrary<List<Member>> teams() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<Member>of())),
                Tuple.of(16, members().list().ofMinSize(1).ofMaxSize(9)
                        .uniqueElements(m -> MemberLoad.identity(m.name()))))
                .injectNull(0.15);
    }

    /** A member: most declare one role, some none or two or three; a third are seasoned (most skills at 4 or 5). */
    public static Arbitrary<Member> members() {
        List<String> roleIds = catalog().roleIds();
        List<String> skillIds = catalog().skills().stream().map(Catalog.SkillInfo::id).toList();
        Arbitrary<String> names = Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST)).as((f, l) -> f + " " + l)),
                Tuple.of(1, Arbitraries.of(ODD_NAMES)));
        Arbitrary<List<String>> roles = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.<String>of())),
                Tuple.of(6, Arbitraries.of(roleIds).list().ofSize(1)),
                Tuple.of(2, Arbitraries.of(roleIds).list().ofMinSize(2).ofMaxSize(3).uniqueElements()));
        Arbitrary<Map<String, Integer>> some = Arbitraries.maps(Arbitraries.of(skillIds),
                Arbitraries.integers().between(1, 5)).ofMaxSize(9);
        Arbitrary<Map<String, Integer>> seasoned = Arbitraries.maps(Arbitraries.of(skillIds),
                Arbitraries.integers().between(4, 5)).ofMinSize(skillIds.size() * 5 / 6).ofMaxSize(skillIds.size());
        Arbitrary<Map<String, Integer>> unknown = Arbitraries.maps(Arbitraries.of(UNKNOWN_SKILLS),
                Arbitraries.integers().between(1, 5)).ofMaxSize(1);
        Arbitrary<Map<String, Integer>> skills = Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(2, some), Tuple.of(1, seasoned)),
                        Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(Map.<String, Integer>of())),
                                Tuple.of(1, unknown)))
                .as((known, odd) -> {
                    Map<String, Integer> all = new LinkedHashMap<>(known);
                    all.putAll(odd);
                    return all;
                });
        return Combinators.combine(names, roles, Arbitraries.of(ALLOCATIONS), skills)
                .as((name, declared, allocation, levels) -> new Member(0, name, declared, allocation, levels));
    }

    private static Node.Mapping tree(Header header, Map<String, Object> values, List<Member> team) {
        Node.Mapping tree = new Node.Mapping(Map.of(), null);
        tree = ProjectTree.with(tree, "id", ProjectTree.scalar(header.id()));
        tree = ProjectTree.with(tree, "name", ProjectTree.scalar(header.name()));
        if (header.description() != null) {
            tree = ProjectTree.with(tree, "description", ProjectTree.scalar(header.description()));
        }
        for (Map.Entry<String, Object> value : values.entrySet()) {
            tree = ProjectTree.with(tree, value.getKey(), ProjectTree.scalar(value.getValue()));
        }
        if (team != null) {
            tree = ProjectTree.with(tree, "team", new Node.Sequence(team.stream().map(m -> (Node) ProjectTree.member(m))
                    .toList(), null));
        }
        return tree;
    }

    /** The project a tree holds, read as the reader reads a file. */
    static Project read(Node.Mapping tree) {
        try {
            return new ProjectReader(catalog(), TreeReader.DEFAULT_MAX_BYTES, false).bind("generated", tree).project();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the generator made an invalid project: " + e.getMessage(), e);
        }
    }
}
