package dev.teamfit.engine;

import dev.teamfit.model.Approach;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Infrastructure;
import dev.teamfit.model.Member;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Project;
import dev.teamfit.model.Retraining;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds valid projects for tests, starting from the simplest one (every default of SPEC §2). */
public final class ProjectBuilder {

    public String id = "p";
    public boolean regulated;
    public Criticality criticality = Criticality.MEDIUM;
    public Integer months;
    public int stakeholders = 1;
    public boolean customerFacing;
    public ProblemKind kind = ProblemKind.CLASSIFICATION;
    public Novelty novelty = Novelty.ESTABLISHED;
    public Approach approach;
    public DataVolume volume = DataVolume.SMALL;
    public int sources = 1;
    public boolean streaming;
    public DataQuality quality = DataQuality.FAIR;
    public boolean personalData;
    public DeploymentMode mode = DeploymentMode.NONE;
    public Integer latency;
    public Retraining retraining = Retraining.NONE;
    public Boolean monitoring;
    public Integer models;
    public Infrastructure infrastructure;
    public boolean dashboards;
    public boolean insights;
    public List<Member> team;

    public static ProjectBuilder project() {
        return new ProjectBuilder();
    }

    public ProjectBuilder with(java.util.function.Consumer<ProjectBuilder> change) {
        change.accept(this);
        return this;
    }

    /** Adds a member with roles and skills given as id, level pairs. */
    public ProjectBuilder member(String name, List<String> roles, Object... skills) {
        if (team == null) {
            team = new ArrayList<>();
        }
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < skills.length; i += 2) {
            levels.put((String) skills[i], (Integer) skills[i + 1]);
        }
        team.add(new Member(team.size(), name, roles, 1.0, levels));
        return this;
    }

    public Project build() {
        boolean deployed = mode != DeploymentMode.NONE;
        return new Project(id, "Project " + id, null, null, regulated, criticality, months, stakeholders, customerFacing,
                new Project.Problem(kind, novelty, approach),
                new Project.Data(volume, sources, streaming, quality, personalData),
                new Project.Deployment(mode, latency, retraining, monitoring == null ? deployed : monitoring,
                        models == null ? (deployed ? 1 : 0) : models, infrastructure),
                new Project.Reporting(dashboards, insights),
                team == null ? List.of() : team, team != null);
    }
}
