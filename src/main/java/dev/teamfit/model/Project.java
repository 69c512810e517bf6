package dev.teamfit.model;

import java.util.List;
import java.util.Objects;

/**
 * A validated project description (SPEC §2) with every default applied.
 *
 * @param description    free text, or null
 * @param domain         free text such as {@code finance}, or null
 * @param durationMonths planned duration, or null when not given
 * @param team           the members, empty when no team was given
 * @param teamDeclared   whether the input had a {@code team} key; without one teamfit only scopes needs
 */
public record Project(
        String id,
        String name,
        String description,
        String domain,
        boolean regulated,
        Criticality criticality,
        Integer durationMonths,
        int stakeholders,
        boolean customerFacing,
        Problem problem,
        Data data,
        Deployment deployment,
        Reporting reporting,
        List<Member> team,
        boolean teamDeclared) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(reporting, "reporting");
        team = List.copyOf(team);
    }

    /** What the project must solve. @param approach the modelling approach, or null */
    public record Problem(ProblemKind kind, Novelty novelty, Approach approach) {
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(novelty, "novelty");
        }
    }

    /** The data the project works on. */
    public record Data(DataVolume volume, int sources, boolean streaming, DataQuality quality, boolean personalData) {
        public Data {
            Objects.requireNonNull(volume, "volume");
            Objects.requireNonNull(quality, "quality");
        }
    }

    /**
     * How the model ships.
     *
     * @param latencyMs      the latency budget, or null
     * @param infrastructure where it runs, or null
     */
    public record Deployment(DeploymentMode mode, Integer latencyMs, Retraining retraining, boolean monitoring,
                             int models, Infrastructure infrastructure) {
        public Deployment {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(retraining, "retraining");
        }
    }

    /** What the business gets besides the model. */
    public record Reporting(boolean dashboards, boolean insights) {
    }
}
