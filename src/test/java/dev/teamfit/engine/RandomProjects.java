package dev.teamfit.engine;

import dev.teamfit.model.Approach;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Infrastructure;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Project;
import dev.teamfit.model.Retraining;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded generator of valid, varied projects (every kind, size and team shape) for property tests. */
public final class RandomProjects {

    private static final List<String> ROLES = List.of("data-analyst", "domain-expert", "business-analyst",
            "data-engineer", "mlops-engineer", "ml-engineer", "ml-researcher", "data-scientist", "ml-project-manager");
    private static final List<String> SKILLS = List.of("statistics", "machine-learning", "advanced-ml",
            "deep-learning-frameworks", "mathematics", "programming", "sql", "data-manipulation", "data-analysis",
            "data-visualization", "feature-engineering", "model-development", "big-data", "data-architecture", "etl",
            "pipeline-development", "database-management", "data-governance", "cloud-platforms",
            "software-engineering", "model-deployment", "api-development", "optimization", "ci-cd-ct",
            "infrastructure-as-code", "system-monitoring", "security", "automation", "research-methods", "prototyping",
            "domain-knowledge", "requirements-analysis", "business-strategy", "project-management", "communication",
            "leadership");

    private final Random random;
    private int count;

    public RandomProjects(long seed) {
        this.random = new Random(seed);
    }

    /** The next project; about one in five has no team. */
    public Project next() {
        ProjectBuilder p = ProjectBuilder.project();
        p.id = "random-" + count++;
        p.regulated = random.nextBoolean();
        p.criticality = pick(Criticality.values());
        p.months = random.nextInt(4) == 0 ? null : 1 + random.nextInt(24);
        p.stakeholders = random.nextInt(7);
        p.customerFacing = random.nextBoolean();
        p.kind = pick(ProblemKind.values());
        p.novelty = pick(Novelty.values());
        p.approach = random.nextInt(4) == 0 ? null : pick(Approach.values());
        p.volume = pick(DataVolume.values());
        p.sources = 1 + random.nextInt(8);
        p.streaming = random.nextInt(4) == 0;
        p.quality = pick(DataQuality.values());
        p.personalData = random.nextBoolean();
        p.mode = pick(DeploymentMode.values());
        if (p.mode != DeploymentMode.NONE) {
            p.latency = p.mode.servesRequests() && random.nextBoolean() ? 5 + random.nextInt(500) : null;
            p.retraining = pick(Retraining.values());
            p.monitoring = random.nextInt(5) != 0;
            p.models = random.nextInt(8);
        }
        p.infrastructure = random.nextInt(3) == 0 ? null : pick(Infrastructure.values());
        p.dashboards = random.nextInt(3) == 0;
        p.insights = random.nextInt(3) == 0;
        if (random.nextInt(5) != 0) {
            int size = random.nextInt(10);
            p.team = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                List<String> roles = new ArrayList<>();
                int declared = random.nextInt(3);
                for (int r = 0; r < declared; r++) {
                    String role = pick(ROLES);
                    if (!roles.contains(role)) {
                        roles.add(role);
                    }
                }
                // A third are seasoned (every skill at 4 or 5), so that full coverage happens too.
                boolean seasoned = random.nextInt(3) == 0;
                Object[] skills = new Object[seasoned ? 2 * SKILLS.size() : 2 * random.nextInt(10)];
                for (int s = 0; s < skills.length; s += 2) {
                    skills[s] = seasoned ? SKILLS.get(s / 2) : pick(SKILLS);
                    skills[s + 1] = seasoned ? 4 + random.nextInt(2) : 1 + random.nextInt(5);
                }
                p.member("Member " + i, roles, distinct(skills));
            }
        }
        return p.build();
    }

    /** The next n projects. */
    public List<Project> next(int n) {
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            projects.add(next());
        }
        return projects;
    }

    private static Object[] distinct(Object[] pairs) {
        java.util.LinkedHashMap<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        Object[] result = new Object[map.size() * 2];
        int i = 0;
        for (var e : map.entrySet()) {
            result[i++] = e.getKey();
            result[i++] = e.getValue();
        }
        return result;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
