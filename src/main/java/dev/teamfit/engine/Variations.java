package dev.teamfit.engine;

import dev.teamfit.model.Approach;
import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Infrastructure;
import dev.teamfit.model.Member;
import dev.teamfit.model.Named;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Project;
import dev.teamfit.model.Project.Data;
import dev.teamfit.model.Project.Deployment;
import dev.teamfit.model.Project.Problem;
import dev.teamfit.model.Project.Reporting;
import dev.teamfit.model.Retraining;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Valid projects that differ from a given one in a single input value, for "why not" answers: what
 * one change would make a role needed. Each variation stays valid (SPEC §2): a deployment mode of
 * none clears retraining, monitoring and models; a latency exists only for online, streaming or edge.
 */
final class Variations {

    /** A project changed in one input value. @param change the key path and new value, {@code a.b=c} */
    record Variation(String key, String from, String to, Project project) {
        String change() {
            return key + "=" + to;
        }
    }

    private static final int[] STAKEHOLDERS = {0, 1, 2, 3, 5};
    private static final int[] MONTHS = {3, 6, 12};
    private static final int[] SOURCES = {1, 3, 6};
    private static final int[] MODELS = {1, 2, 3, 5, 6};
    private static final int[] LATENCIES = {20, 100, 500};
    private static final int[] TEAM_SIZES = {1, 5};

    private Variations() {
    }

    static List<Variation> of(Project p) {
        List<Variation> all = new ArrayList<>();
        Problem problem = p.problem();
        Data data = p.data();
        Deployment d = p.deployment();
        Reporting reporting = p.reporting();

        enums(all, "criticality", p.criticality(), Criticality.class, v -> copy(p, v, p.regulated(), p.customerFacing(),
                p.stakeholders(), p.durationMonths(), problem, data, d, reporting, p.team(), p.teamDeclared()));
        flip(all, "regulated", p.regulated(), v -> copy(p, p.criticality(), v, p.customerFacing(), p.stakeholders(),
                p.durationMonths(), problem, data, d, reporting, p.team(), p.teamDeclared()));
        flip(all, "customer-facing", p.customerFacing(), v -> copy(p, p.criticality(), p.regulated(), v,
                p.stakeholders(), p.durationMonths(), problem, data, d, reporting, p.team(), p.teamDeclared()));
        numbers(all, "stakeholders", p.stakeholders(), STAKEHOLDERS, v -> copy(p, p.criticality(), p.regulated(),
                p.customerFacing(), v, p.durationMonths(), problem, data, d, reporting, p.team(), p.teamDeclared()));
        numbers(all, "duration-months", p.durationMonths(), MONTHS, v -> copy(p, p.criticality(), p.regulated(),
                p.customerFacing(), p.stakeholders(), v, problem, data, d, reporting, p.team(), p.teamDeclared()));

        Function<Problem, Project> withProblem = v -> copy(p, p.criticality(), p.regulated(), p.customerFacing(),
                p.stakeholders(), p.durationMonths(), v, data, d, reporting, p.team(), p.teamDeclared());
        enums(all, "problem.kind", problem.kind(), ProblemKind.class,
                v -> withProblem.apply(new Problem(v, problem.novelty(), problem.approach())));
        enums(all, "problem.novelty", problem.novelty(), Novelty.class,
                v -> withProblem.apply(new Problem(problem.kind(), v, problem.approach())));
        enums(all, "problem.approach", problem.approach(), Approach.class,
                v -> withProblem.apply(new Problem(problem.kind(), problem.novelty(), v)));

        Function<Data, Project> withData = v -> copy(p, p.criticality(), p.regulated(), p.customerFacing(),
                p.stakeholders(), p.durationMonths(), problem, v, d, reporting, p.team(), p.teamDeclared());
        enums(all, "data.volume", data.volume(), DataVolume.class,
                v -> withData.apply(new Data(v, data.sources(), data.streaming(), data.quality(), data.personalData())));
        numbers(all, "data.sources", data.sources(), SOURCES,
                v -> withData.apply(new Data(data.volume(), v, data.streaming(), data.quality(), data.personalData())));
        flip(all, "data.streaming", data.streaming(),
                v -> withData.apply(new Data(data.volume(), data.sources(), v, data.quality(), data.personalData())));
        enums(all, "data.quality", data.quality(), DataQuality.class,
                v -> withData.apply(new Data(data.volume(), data.sources(), data.streaming(), v, data.personalData())));
        flip(all, "data.personal-data", data.personalData(),
                v -> withData.apply(new Data(data.volume(), data.sources(), data.streaming(), data.quality(), v)));

        Function<Deployment, Project> withDeployment = v -> copy(p, p.criticality(), p.regulated(), p.customerFacing(),
                p.stakeholders(), p.durationMonths(), problem, data, v, reporting, p.team(), p.teamDeclared());
        enums(all, "deployment.mode", d.mode(), DeploymentMode.class, v -> withDeployment.apply(mode(d, v)));
        if (d.mode() != DeploymentMode.NONE) {
            if (d.mode().servesRequests()) {
                numbers(all, "deployment.latency-ms", d.latencyMs(), LATENCIES, v -> withDeployment.apply(
                        new Deployment(d.mode(), v, d.retraining(), d.monitoring(), d.models(), d.infrastructure())));
            }
            enums(all, "deployment.retraining", d.retraining(), Retraining.class, v -> withDeployment.apply(
                    new Deployment(d.mode(), d.latencyMs(), v, d.monitoring(), d.models(), d.infrastructure())));
            flip(all, "deployment.monitoring", d.monitoring(), v -> withDeployment.apply(
                    new Deployment(d.mode(), d.latencyMs(), d.retraining(), v, d.models(), d.infrastructure())));
            numbers(all, "deployment.models", d.models(), MODELS, v -> withDeployment.apply(
                    new Deployment(d.mode(), d.latencyMs(), d.retraining(), d.monitoring(), v, d.infrastructure())));
        }
        enums(all, "deployment.infrastructure", d.infrastructure(), Infrastructure.class, v -> withDeployment.apply(
                new Deployment(d.mode(), d.latencyMs(), d.retraining(), d.monitoring(), d.models(), v)));

        Function<Reporting, Project> withReporting = v -> copy(p, p.criticality(), p.regulated(), p.customerFacing(),
                p.stakeholders(), p.durationMonths(), problem, data, d, v, p.team(), p.teamDeclared());
        flip(all, "reporting.dashboards", reporting.dashboards(),
                v -> withReporting.apply(new Reporting(v, reporting.insights())));
        flip(all, "reporting.insights", reporting.insights(),
                v -> withReporting.apply(new Reporting(reporting.dashboards(), v)));

        numbers(all, "team.size", p.teamDeclared() ? p.team().size() : null, TEAM_SIZES,
                v -> copy(p, p.criticality(), p.regulated(), p.customerFacing(), p.stakeholders(), p.durationMonths(),
                        problem, data, d, reporting, teamOf(p.team(), v), true));
        return all;
    }

    /** A deployment switched to another mode, kept valid. */
    private static Deployment mode(Deployment d, DeploymentMode mode) {
        if (mode == DeploymentMode.NONE) {
            return new Deployment(mode, null, Retraining.NONE, false, 0, d.infrastructure());
        }
        Integer latency = mode.servesRequests() ? d.latencyMs() : null;
        boolean wasNone = d.mode() == DeploymentMode.NONE;
        return new Deployment(mode, latency, d.retraining(), wasNone || d.monitoring(), wasNone ? 1 : d.models(),
                d.infrastructure());
    }

    /** The team grown (with placeholder members) or cut to a size. */
    private static List<Member> teamOf(List<Member> team, int size) {
        List<Member> result = new ArrayList<>(team.subList(0, Math.min(size, team.size())));
        for (int i = result.size(); i < size; i++) {
            result.add(new Member(i, "(member " + (i + 1) + ")", List.of(), 1.0, Map.of()));
        }
        return result;
    }

    private static Project copy(Project p, Criticality criticality, boolean regulated, boolean customerFacing,
                                int stakeholders, Integer months, Problem problem, Data data, Deployment deployment,
                                Reporting reporting, List<Member> team, boolean teamDeclared) {
        return new Project(p.id(), p.name(), p.description(), p.domain(), regulated, criticality, months, stakeholders,
                customerFacing, problem, data, deployment, reporting, team, teamDeclared);
    }

    private static <E extends Enum<E> & Named> void enums(List<Variation> all, String key, E current, Class<E> type,
                                                          Function<E, Project> apply) {
        for (E value : type.getEnumConstants()) {
            if (value != current) {
                all.add(new Variation(key, current == null ? "unset" : current.id(), value.id(), apply.apply(value)));
            }
        }
    }

    private static void flip(List<Variation> all, String key, boolean current, Function<Boolean, Project> apply) {
        all.add(new Variation(key, String.valueOf(current), String.valueOf(!current), apply.apply(!current)));
    }

    private static void numbers(List<Variation> all, String key, Integer current, int[] candidates,
                                Function<Integer, Project> apply) {
        for (int value : candidates) {
            if (!Objects.equals(current, value)) {
                all.add(new Variation(key, current == null ? "unset" : String.valueOf(current), String.valueOf(value),
                        apply.apply(value)));
            }
        }
    }
}
