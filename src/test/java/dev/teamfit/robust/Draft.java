package dev.teamfit.robust;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A mutable copy of a {@link Project}, to vary and shrink generated projects field by field. Every
 * field holds the value the reader would produce (defaults applied), so {@link #build} is valid
 * whenever the draft keeps SPEC §2's rules (no retraining, monitoring or models without a mode).
 */
final class Draft {

    /** A mutable team member. */
    static final class Person {
        String name;
        List<String> roles;
        double allocation;
        Map<String, Integer> skills;

        Person(String name, List<String> roles, double allocation, Map<String, Integer> skills) {
            this.name = name;
            this.roles = new ArrayList<>(roles);
            this.allocation = allocation;
            this.skills = new LinkedHashMap<>(skills);
        }

        Person copy() {
            return new Person(name, roles, allocation, skills);
        }
    }

    String id;
    String name;
    String description;
    String domain;
    boolean regulated;
    Criticality criticality = Criticality.MEDIUM;
    Integer months;
    int stakeholders = 1;
    boolean customerFacing;
    ProblemKind kind = ProblemKind.CLASSIFICATION;
    Novelty novelty = Novelty.ESTABLISHED;
    Approach approach;
    DataVolume volume = DataVolume.SMALL;
    int sources = 1;
    boolean streaming;
    DataQuality quality = DataQuality.FAIR;
    boolean personalData;
    DeploymentMode mode = DeploymentMode.NONE;
    Integer latency;
    Retraining retraining = Retraining.NONE;
    boolean monitoring;
    int models;
    Infrastructure infrastructure;
    boolean dashboards;
    boolean insights;
    /** Null when the input has no {@code team} key. */
    List<Person> team;

    static Draft of(Project p) {
        Draft d = new Draft();
        d.id = p.id();
        d.name = p.name();
        d.description = p.description();
        d.domain = p.domain();
        d.regulated = p.regulated();
        d.criticality = p.criticality();
        d.months = p.durationMonths();
        d.stakeholders = p.stakeholders();
        d.customerFacing = p.customerFacing();
        d.kind = p.problem().kind();
        d.novelty = p.problem().novelty();
        d.approach = p.problem().approach();
        d.volume = p.data().volume();
        d.sources = p.data().sources();
        d.streaming = p.data().streaming();
        d.quality = p.data().quality();
        d.personalData = p.data().personalData();
        d.mode = p.deployment().mode();
        d.latency = p.deployment().latencyMs();
        d.retraining = p.deployment().retraining();
        d.monitoring = p.deployment().monitoring();
        d.models = p.deployment().models();
        d.infrastructure = p.deployment().infrastructure();
        d.dashboards = p.reporting().dashboards();
        d.insights = p.reporting().insights();
        if (p.teamDeclared()) {
            d.team = new ArrayList<>();
            for (Member m : p.team()) {
                d.team.add(new Person(m.name(), m.roles(), m.allocation(), m.skills()));
            }
        }
        return d;
    }

    Draft copy() {
        return of(build());
    }

    /** A copy with one change made. */
    Draft with(Consumer<Draft> change) {
        Draft copy = copy();
        change.accept(copy);
        return copy;
    }

    boolean deployed() {
        return mode != DeploymentMode.NONE;
    }

    /** Sets the deployment mode and keeps the deployment valid, as the README's explain variations do. */
    void deploy(DeploymentMode newMode) {
        mode = newMode;
        if (!deployed()) {
            latency = null;
            retraining = Retraining.NONE;
            monitoring = false;
            models = 0;
        } else if (!newMode.servesRequests()) {
            latency = null;
        }
    }

    Project build() {
        List<Member> members = new ArrayList<>();
        if (team != null) {
            for (int i = 0; i < team.size(); i++) {
                Person p = team.get(i);
                members.add(new Member(i, p.name, p.roles, p.allocation, p.skills));
            }
        }
        return new Project(id, name, description, domain, regulated, criticality, months, stakeholders, customerFacing,
                new Project.Problem(kind, novelty, approach),
                new Project.Data(volume, sources, streaming, quality, personalData),
                new Project.Deployment(mode, latency, retraining, monitoring, models, infrastructure),
                new Project.Reporting(dashboards, insights), members, team != null);
    }
}
