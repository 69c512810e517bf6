package dev.teamfit.robust;

import dev.teamfit.model.Approach;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Infrastructure;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Retraining;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of valid projects for property tests: every problem kind, deployment and data
 * shape, projects without a team, with an empty one and with up to nine members, members with
 * overlapping and unneeded roles, partial allocations, unknown skills, and names and free text that
 * stress the writers (quotes, YAML indicators, words YAML reads as booleans or nulls, non-Latin
 * scripts). The same seed gives the same projects.
 */
public final class ValidProjects {

    static final List<String> ROLES = List.of("data-analyst", "domain-expert", "business-analyst",
            "data-engineer", "mlops-engineer", "ml-engineer", "ml-researcher", "data-scientist", "ml-project-manager");
    static final List<String> SKILLS = List.of("statistics", "machine-learning", "advanced-ml",
            "deep-learning-frameworks", "mathematics", "programming", "sql", "data-manipulation", "data-analysis",
            "data-visualization", "feature-engineering", "model-development", "big-data", "data-architecture", "etl",
            "pipeline-development", "database-management", "data-governance", "cloud-platforms",
            "software-engineering", "model-deployment", "api-development", "optimization", "ci-cd-ct",
            "infrastructure-as-code", "system-monitoring", "security", "automation", "research-methods", "prototyping",
            "domain-knowledge", "requirements-analysis", "business-strategy", "project-management", "communication",
            "leadership");
    /** Skill keys no catalog entry has: kept under their own name with a warning. */
    static final List<String> UNKNOWN_SKILLS = List.of("kubernets", "underwater-basket-weaving", "negotiation",
            "quantum-annealing", "sqll");
    /** Names chosen to trip YAML and JSON writers and readers; all already stripped. */
    private static final List<String> ODD_NAMES = List.of("José Álvarez", "O'Neil", "Zoë \"Z\" Ng", "Dr. No: Yes",
            "#hash tag", "- dash", "yes", "no", "null", "~", "123", "1e3", "0x1F", "true", "False", ".inf",
            "李雷", "Ünïcødé 🚀", "& Co", "*star", "!bang", "a: b", "[list]", "{map}", "%percent", "@at", "`tick`",
            "Anne-Marie O.Brien_2", "back\\slash", "multi word name", "=cmd", "+plus");
    private static final List<String> FIRST = List.of("Ana", "Bo", "Chloe", "Dan", "Eve", "Farah", "Gus", "Hana", "Ivo",
            "Jin", "Kofi", "Lena", "Mo", "Nia", "Otto", "Pia");
    private static final List<String> LAST = List.of("Ruiz", "Chen", "Park", "Moss", "Lind", "Haddad", "Berg", "Okafor");
    private static final List<String> DOMAINS = List.of("finance", "healthcare", "retail", "telecom", "insurance",
            "public sector", "energy");
    private static final double[] ALLOCATIONS = {1, 1, 1, 0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.8, 0.33};

    private final Random random;
    private int count;

    public ValidProjects(long seed) {
        this.random = new Random(seed);
    }

    /** The next project, as a draft; about one in six has no team and one in twenty an empty one. */
    Draft next() {
        Draft d = new Draft();
        d.id = "gen-" + count++ + (random.nextInt(4) == 0 ? "_v1.2" : "");
        d.name = random.nextInt(5) == 0 ? pick(ODD_NAMES) : "Project " + pick(LAST) + " " + count;
        d.description = random.nextInt(3) == 0 ? null : pick(List.of("Score things.", "Line one\nline two",
                "Quotes \" and ' and: colons # not a comment", "Ünïcødé ✓"));
        d.domain = random.nextInt(3) == 0 ? null : pick(DOMAINS);
        d.regulated = random.nextBoolean();
        d.criticality = pick(Criticality.values());
        d.months = random.nextInt(4) == 0 ? null : 1 + random.nextInt(24);
        d.stakeholders = random.nextInt(7);
        d.customerFacing = random.nextBoolean();
        d.kind = pick(ProblemKind.values());
        d.novelty = pick(Novelty.values());
        d.approach = random.nextInt(4) == 0 ? null : pick(Approach.values());
        d.volume = pick(DataVolume.values());
        d.sources = 1 + random.nextInt(8);
        d.streaming = random.nextInt(4) == 0;
        d.quality = pick(DataQuality.values());
        d.personalData = random.nextBoolean();
        d.deploy(pick(DeploymentMode.values()));
        if (d.deployed()) {
            d.latency = d.mode.servesRequests() && random.nextBoolean() ? pick(List.of(5, 20, 21, 50, 100, 101, 500, 1 + random.nextInt(2000))) : null;
            d.retraining = pick(Retraining.values());
            d.monitoring = random.nextInt(5) != 0;
            d.models = random.nextInt(8);
        }
        d.infrastructure = random.nextInt(3) == 0 ? null : pick(Infrastructure.values());
        d.dashboards = random.nextInt(3) == 0;
        d.insights = random.nextInt(3) == 0;
        int shape = random.nextInt(20);
        if (shape < 3) {
            d.team = null;
        } else if (shape == 3) {
            d.team = new ArrayList<>();
        } else {
            d.team = new ArrayList<>();
            int size = 1 + random.nextInt(9);
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < size; i++) {
                d.team.add(member(taken));
            }
        }
        return d;
    }

    /** A new member whose name is not in {@code taken} (compared as the reader does, ignoring case). */
    Draft.Person member(Set<String> taken) {
        String name;
        do {
            name = random.nextInt(6) == 0 ? pick(ODD_NAMES) : pick(FIRST) + " " + pick(LAST);
        } while (!taken.add(name.toLowerCase(Locale.ROOT)));
        List<String> roles = new ArrayList<>();
        int declared = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
        for (int r = 0; r < declared; r++) {
            String role = pick(ROLES);
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        // A third are seasoned (most skills at 4 or 5), so that full coverage happens too.
        boolean seasoned = random.nextInt(3) == 0;
        Map<String, Integer> skills = new LinkedHashMap<>();
        int n = seasoned ? SKILLS.size() : random.nextInt(10);
        for (int s = 0; s < n; s++) {
            String skill = seasoned ? SKILLS.get(s) : pick(SKILLS);
            if (seasoned && random.nextInt(6) == 0) {
                continue;
            }
            skills.put(skill, seasoned ? 4 + random.nextInt(2) : 1 + random.nextInt(5));
        }
        if (random.nextInt(8) == 0) {
            skills.put(pick(UNKNOWN_SKILLS), 1 + random.nextInt(5));
        }
        return new Draft.Person(name, roles, ALLOCATIONS[random.nextInt(ALLOCATIONS.length)], skills);
    }

    /** The next n projects, built: for tests of the engine that need varied valid projects. */
    public List<dev.teamfit.model.Project> projects(int n) {
        List<dev.teamfit.model.Project> projects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            projects.add(next().build());
        }
        return projects;
    }

    /** The next n projects. */
    List<Draft> next(int n) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(next());
        }
        return drafts;
    }

    Random random() {
        return random;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
