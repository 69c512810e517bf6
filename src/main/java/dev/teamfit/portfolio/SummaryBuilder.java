package dev.teamfit.portfolio;

import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Folds assessments into a {@link PortfolioSummary} with state bounded by roles and the ranking size
 * (the people come from the {@link Tally}). A what-if run folds the projects it compares twice more:
 * as changed and as they were.
 */
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

    /** A ranked project with its score in the other version of the portfolio (a what-if's before or after). */
    private record Ranked(PortfolioSummary.Risk risk, double other) {
    }

    /** Demand per role and the riskiest projects of one version of the portfolio. */
    private final class Fold {
        final Map<String, Demand> demand = new HashMap<>();
        final TreeSet<Ranked> risks = new TreeSet<>(Comparator.comparing(Ranked::risk, RISK));

        void add(Assessment a, double other) {
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
            risks.add(new Ranked(risk(a), other));
            if (risks.size() > top) {
                risks.pollLast();
            }
        }

        List<PortfolioSummary.RoleDemand> roles() {
            List<PortfolioSummary.RoleDemand> roles = new ArrayList<>();
            demand.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Demand> e) -> catalog.roleOrder(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> roles.add(demand(e.getKey(), e.getValue())));
            return roles;
        }

        PortfolioSummary.RoleDemand role(String role) {
            Demand d = demand.get(role);
            return d == null ? new PortfolioSummary.RoleDemand(role, 0, 0, 0, 0, 0, 0) : demand(role, d);
        }

        List<PortfolioSummary.Risk> ranking() {
            return risks.stream().map(Ranked::risk).toList();
        }
    }

    private static PortfolioSummary.RoleDemand demand(String role, Demand d) {
        return new PortfolioSummary.RoleDemand(role, d.required, d.recommended, Fte.round(d.needed),
                Fte.round(d.covered), Fte.round(Math.max(0, d.needed - d.covered)), d.uncovered);
    }

    private final Catalog catalog;
    private final int top;
    private final Fold all = new Fold();
    private final Fold after = new Fold();
    private final Fold before = new Fold();
    private int projects;
    private int errors;
    private int critical;
    private int major;
    private int minor;
    private int compared;

    SummaryBuilder(Catalog catalog, int top) {
        this.catalog = catalog;
        this.top = top;
    }

    void add(Outcome outcome) {
        if (outcome instanceof Outcome.Failure) {
            errors++;
            return;
        }
        Outcome.Result result = (Outcome.Result) outcome;
        Assessment a = result.assessment();
        projects++;
        critical += a.summary().critical();
        major += a.summary().major();
        minor += a.summary().minor();
        all.add(a, 0);
        if (result.baseline() != null) {
            compared++;
            after.add(a, risk(result.baseline()).score());
            before.add(result.baseline(), risk(a).score());
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

    /**
     * The summary.
     *
     * @param changes the what-if changes made to every project, or none
     */
    PortfolioSummary build(List<PortfolioSummary.Person> people, PortfolioSummary.Skipped skipped,
                           List<String> changes) {
        return new PortfolioSummary(projects + errors, projects, errors, critical, major, minor, all.roles(), people,
                all.ranking(), skipped, changes.isEmpty() ? null : whatIf(changes));
    }

    private PortfolioSummary.WhatIf whatIf(List<String> changes) {
        List<String> ids = new ArrayList<>(after.demand.keySet());
        before.demand.keySet().stream().filter(r -> !after.demand.containsKey(r)).forEach(ids::add);
        ids.sort(Comparator.comparingInt(catalog::roleOrder).thenComparing(Comparator.naturalOrder()));
        List<PortfolioSummary.RoleChange> roles = new ArrayList<>();
        for (String role : ids) {
            PortfolioSummary.RoleDemand was = before.role(role);
            PortfolioSummary.RoleDemand is = after.role(role);
            if (!was.equals(is)) {
                roles.add(new PortfolioSummary.RoleChange(role, was, is));
            }
        }
        List<PortfolioSummary.RiskChange> risks = new ArrayList<>();
        Map<String, Integer> rankBefore = new HashMap<>();
        int rank = 1;
        for (Ranked r : before.risks) {
            rankBefore.put(r.risk().project(), rank++);
        }
        rank = 1;
        for (Ranked r : after.risks) {
            String id = r.risk().project();
            risks.add(new PortfolioSummary.RiskChange(id, r.risk().name(), rank++, rankBefore.remove(id),
                    r.risk().score(), r.other()));
        }
        for (Ranked r : before.risks) {
            if (rankBefore.containsKey(r.risk().project())) {
                risks.add(new PortfolioSummary.RiskChange(r.risk().project(), r.risk().name(), null,
                        rankBefore.get(r.risk().project()), r.other(), r.risk().score()));
            }
        }
        return new PortfolioSummary.WhatIf(changes, compared, roles, risks);
    }
}
