package dev.teamfit.portfolio;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Folds assessments into a {@link PortfolioSummary} with state bounded by roles and the ranking size. */
final class SummaryBuilder {

    /** The highest risk first, then the project id. */
    static final Comparator<PortfolioSummary.Risk> RISK = Comparator
            .comparingDouble(PortfolioSummary.Risk::score).reversed()
            .thenComparing(PortfolioSummary.Risk::project);

    private static final class Demand {
        int required;
        int recommended;
        double needed;
        double covered;
        int uncovered;
    }

    private final Catalog catalog;
    private final int top;
    private final Map<String, Demand> demand = new HashMap<>();
    private final TreeSet<PortfolioSummary.Risk> risks = new TreeSet<>(RISK);
    private int projects;
    private int errors;
    private int critical;
    private int major;
    private int minor;

    SummaryBuilder(Catalog catalog, int top) {
        this.catalog = catalog;
        this.top = top;
    }

    void add(Outcome outcome) {
        if (outcome instanceof Outcome.Failure) {
            errors++;
            return;
        }
        Assessment a = ((Outcome.Result) outcome).assessment();
        projects++;
        critical += a.summary().critical();
        major += a.summary().major();
        minor += a.summary().minor();
        for (Assessment.RoleResult role : a.roles()) {
            Demand d = demand.computeIfAbsent(role.role(), k -> new Demand());
            if (role.requirement().priority() == Priority.RECOMMENDED) {
                d.recommended++;
                continue;
            }
            d.required++;
            d.needed += role.needed();
            d.covered += Math.min(role.needed(), role.staffed());
            if (role.staffed() == 0) {
                d.uncovered++;
            }
        }
        risks.add(risk(a));
        if (risks.size() > top) {
            risks.pollLast();
        }
    }

    /** A project's risk (see {@link PortfolioSummary.Risk}). */
    static PortfolioSummary.Risk risk(Assessment a) {
        Assessment.Summary s = a.summary();
        double unstaffed = Fte.round(s.requiredFte() - (s.staffedFte() == null ? 0 : s.staffedFte()));
        int weight = Math.max(0, dev.teamfit.input.ProjectFormat.CRITICALITIES.indexOf(a.project().criticality())) + 1;
        double score = Fte.round(weight * (unstaffed + s.critical() + s.major() / 4.0));
        return new PortfolioSummary.Risk(a.project().id(), a.project().name(), a.project().criticality(), score,
                unstaffed, s.critical(), s.major(), s.minor(), a.project().teamDeclared());
    }

    PortfolioSummary build(List<MemberLoad> overallocated) {
        List<PortfolioSummary.RoleDemand> roles = new ArrayList<>();
        List<PortfolioSummary.SharedTeam> shared = new ArrayList<>();
        demand.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Demand> e) -> catalog.roleOrder(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    Demand d = e.getValue();
                    double uncovered = Fte.round(Math.max(0, d.needed - d.covered));
                    roles.add(new PortfolioSummary.RoleDemand(e.getKey(), d.required, d.recommended,
                            Fte.round(d.needed), Fte.round(d.covered), uncovered, d.uncovered));
                    if (d.uncovered >= PortfolioSummary.SHARED_TEAM_THRESHOLD) {
                        shared.add(new PortfolioSummary.SharedTeam(e.getKey(), d.uncovered, uncovered));
                    }
                });
        return new PortfolioSummary(projects + errors, projects, errors, critical, major, minor, roles,
                overallocated, new ArrayList<>(risks), shared);
    }
}
