package dev.teamfit.engine;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.List;

/** The input characteristics of a project, one fact per key path, defaults applied (stage 1 input). */
final class Facts {

    private Facts() {
    }

    static List<Characteristic> of(Project p) {
        List<Characteristic> facts = new ArrayList<>();
        add(facts, "regulated", p.regulated());
        add(facts, "criticality", p.criticality().id());
        add(facts, "duration-months", p.durationMonths());
        add(facts, "stakeholders", p.stakeholders());
        add(facts, "customer-facing", p.customerFacing());
        add(facts, "domain", p.domain());
        add(facts, "problem.kind", p.problem().kind().id());
        add(facts, "problem.novelty", p.problem().novelty().id());
        add(facts, "problem.approach", p.problem().approach() == null ? null : p.problem().approach().id());
        add(facts, "data.volume", p.data().volume().id());
        add(facts, "data.sources", p.data().sources());
        add(facts, "data.streaming", p.data().streaming());
        add(facts, "data.quality", p.data().quality().id());
        add(facts, "data.personal-data", p.data().personalData());
        add(facts, "deployment.mode", p.deployment().mode().id());
        add(facts, "deployment.latency-ms", p.deployment().latencyMs());
        add(facts, "deployment.retraining", p.deployment().retraining().id());
        add(facts, "deployment.monitoring", p.deployment().monitoring());
        add(facts, "deployment.models", p.deployment().models());
        add(facts, "deployment.infrastructure",
                p.deployment().infrastructure() == null ? null : p.deployment().infrastructure().id());
        add(facts, "reporting.dashboards", p.reporting().dashboards());
        add(facts, "reporting.insights", p.reporting().insights());
        if (p.teamDeclared()) {
            add(facts, "team.size", p.team().size());
        }
        return facts;
    }

    private static void add(List<Characteristic> facts, String key, Object value) {
        if (value != null) {
            facts.add(Characteristic.input(key, value));
        }
    }
}
