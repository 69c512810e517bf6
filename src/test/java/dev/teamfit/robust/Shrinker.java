package dev.teamfit.robust;

import dev.teamfit.model.Criticality;
import dev.teamfit.model.DataQuality;
import dev.teamfit.model.DataVolume;
import dev.teamfit.model.DeploymentMode;
import dev.teamfit.model.Novelty;
import dev.teamfit.model.ProblemKind;
import dev.teamfit.model.Retraining;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Shrinks a project that breaks a property to a smallest one that still breaks it, greedily: drop a
 * member, a role or a skill, or put a field back to its default, for as long as the property still
 * fails. What is left is the counterexample a report should show.
 */
final class Shrinker {

    private static final int MAX_STEPS = 400;

    private Shrinker() {
    }

    static Draft shrink(Draft failing, Predicate<Draft> fails) {
        Draft current = failing;
        for (int step = 0; step < MAX_STEPS; step++) {
            Draft smaller = null;
            for (Draft candidate : candidates(current)) {
                if (failsSafely(fails, candidate)) {
                    smaller = candidate;
                    break;
                }
            }
            if (smaller == null) {
                return current;
            }
            current = smaller;
        }
        return current;
    }

    private static boolean failsSafely(Predicate<Draft> fails, Draft candidate) {
        try {
            return fails.test(candidate);
        } catch (RuntimeException | AssertionError e) {
            return false;
        }
    }

    /** Every one-step simplification of a draft, the biggest first. */
    private static List<Draft> candidates(Draft d) {
        List<Draft> out = new ArrayList<>();
        if (d.team != null) {
            for (int i = d.team.size() - 1; i >= 0; i--) {
                int index = i;
                out.add(d.with(x -> x.team.remove(index)));
            }
        }
        add(out, d, d.deployed(), x -> x.deploy(DeploymentMode.NONE));
        add(out, d, d.retraining != Retraining.NONE, x -> x.retraining = Retraining.NONE);
        add(out, d, d.latency != null, x -> x.latency = null);
        add(out, d, d.deployed() && d.models != 1, x -> x.models = 1);
        add(out, d, d.deployed() && !d.monitoring, x -> x.monitoring = true);
        add(out, d, d.infrastructure != null, x -> x.infrastructure = null);
        add(out, d, d.regulated, x -> x.regulated = false);
        add(out, d, d.criticality != Criticality.MEDIUM, x -> x.criticality = Criticality.MEDIUM);
        add(out, d, d.months != null, x -> x.months = null);
        add(out, d, d.stakeholders != 1, x -> x.stakeholders = 1);
        add(out, d, d.customerFacing, x -> x.customerFacing = false);
        add(out, d, d.kind != ProblemKind.CLASSIFICATION, x -> x.kind = ProblemKind.CLASSIFICATION);
        add(out, d, d.novelty != Novelty.ESTABLISHED, x -> x.novelty = Novelty.ESTABLISHED);
        add(out, d, d.approach != null, x -> x.approach = null);
        add(out, d, d.volume != DataVolume.SMALL, x -> x.volume = DataVolume.SMALL);
        add(out, d, d.sources != 1, x -> x.sources = 1);
        add(out, d, d.streaming, x -> x.streaming = false);
        add(out, d, d.quality != DataQuality.FAIR, x -> x.quality = DataQuality.FAIR);
        add(out, d, d.personalData, x -> x.personalData = false);
        add(out, d, d.dashboards, x -> x.dashboards = false);
        add(out, d, d.insights, x -> x.insights = false);
        add(out, d, d.description != null, x -> x.description = null);
        add(out, d, d.domain != null, x -> x.domain = null);
        add(out, d, !d.name.equals("P"), x -> x.name = "P");
        add(out, d, !d.id.equals("p"), x -> x.id = "p");
        if (d.team != null) {
            for (int i = 0; i < d.team.size(); i++) {
                int m = i;
                Draft.Person p = d.team.get(i);
                for (String role : p.roles) {
                    out.add(d.with(x -> x.team.get(m).roles.remove(role)));
                }
                for (String skill : p.skills.keySet()) {
                    out.add(d.with(x -> x.team.get(m).skills.remove(skill)));
                }
                add(out, d, p.allocation != 1, x -> x.team.get(m).allocation = 1);
            }
        }
        return out;
    }

    private static void add(List<Draft> out, Draft d, boolean applies, Consumer<Draft> change) {
        if (applies) {
            out.add(d.with(change));
        }
    }
}
