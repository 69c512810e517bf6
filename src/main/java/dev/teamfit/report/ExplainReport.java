package dev.teamfit.report;

import dev.teamfit.engine.WhatIf;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Fte;
import dev.teamfit.model.Gap;
import dev.teamfit.model.Priority;
import dev.teamfit.model.Reason;
import dev.teamfit.model.RoleRequirement;
import dev.teamfit.model.SkillRequirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers of {@code teamfit explain}: why a role is required or recommended, why it is not
 * needed and what single change would make it so, and the chain behind one gap.
 */
public record ExplainReport(Catalog catalog) {

    private static final int MAX_CHANGES = 6;

    /** Every role of the catalog, one short answer each. */
    public String roles(Assessment a, List<WhatIf.Alternative> alternatives) {
        StringBuilder out = new StringBuilder(title(a)).append("\n");
        for (Catalog.RoleInfo role : catalog.roles()) {
            out.append("\n").append(role(a, role.id(), alternatives, false));
        }
        return out.toString();
    }

    /** One role in full: the chain of rules and facts, the skills, the coverage, and what would change it. */
    public String role(Assessment a, String role, List<WhatIf.Alternative> alternatives) {
        return title(a) + "\n\n" + role(a, role, alternatives, true);
    }

    private String role(Assessment a, String role, List<WhatIf.Alternative> alternatives, boolean full) {
        StringBuilder out = new StringBuilder();
        String name = catalog.roleName(role) + " (" + role + ")";
        Optional<Assessment.RoleResult> result = a.role(role);
        Priority current = result.map(r -> r.requirement().priority()).orElse(null);
        if (result.isPresent()) {
            RoleRequirement requirement = result.get().requirement();
            out.append(name).append(" is ").append(requirement.priority().id()).append(", ")
                    .append(Fte.format(requirement.fte())).append(" FTE. Why:\n");
            reasons(out, full ? requirement.reasons() : requirement.reasons().subList(0, 1), "  ");
            if (full) {
                if (!result.get().skills().isEmpty()) {
                    out.append("Skills it needs:\n");
                    for (SkillRequirement skill : result.get().skills()) {
                        Reason why = skill.reasons().get(0);
                        out.append("  ").append(skill.skill()).append(" ").append(skill.level().id())
                                .append(": ").append(why.rule()).append(" \"").append(why.name()).append("\"\n");
                        // A base skill's reason carries the catalog entry, with the seed's line it quotes.
                        why.facts().stream().filter(f -> f.startsWith("catalog: ")).forEach(f -> out.append("    ")
                                .append(f).append("\n"));
                    }
                }
                out.append("Covered by: ").append(coverage(a, result.get())).append("\n");
            }
        } else {
            out.append(name).append(" is not needed: no rule concludes it from this project's facts.\n");
        }
        List<String> stronger = changes(alternatives, role, current, true);
        if (!stronger.isEmpty()) {
            out.append(current == null ? "It would be needed if:\n" : "It would be required if:\n");
            stronger.stream().limit(full ? Long.MAX_VALUE : MAX_CHANGES).forEach(c -> out.append("  ").append(c).append("\n"));
        } else if (current != Priority.REQUIRED) {
            out.append("No single change to the input would make it ")
                    .append(current == null ? "needed" : "required").append(".\n");
        }
        if (full && current != null) {
            List<String> weaker = changes(alternatives, role, current, false);
            if (!weaker.isEmpty()) {
                out.append("It would no longer be ").append(current.id()).append(" if:\n");
                weaker.forEach(c -> out.append("  ").append(c).append("\n"));
            }
        }
        return out.toString();
    }

    /** One gap, by its 1-based number in the report. */
    public String gap(Assessment a, int number) {
        Gap gap = a.gaps().get(number - 1);
        StringBuilder out = new StringBuilder(title(a)).append("\n\n");
        out.append("Gap ").append(number).append(" of ").append(a.gaps().size()).append(": ")
                .append(gap.severity().id()).append(" ").append(gap.type().id());
        if (gap.role() != null) {
            out.append(" · ").append(catalog.roleName(gap.role()));
        }
        out.append("\n  ").append(gap.message(catalog)).append("\n  → ").append(gap.action().text(catalog))
                .append("\nWhy, from this gap back to the input:\n");
        reasons(out, gap.reasons(), "  ");
        return out.toString();
    }

    private String title(Assessment a) {
        return "Explaining " + a.project().name() + " (" + a.project().id() + ")";
    }

    private String coverage(Assessment a, Assessment.RoleResult role) {
        if (!a.project().teamDeclared()) {
            return "no team given";
        }
        if (role.coverage().isEmpty()) {
            return "nobody";
        }
        List<String> names = new ArrayList<>();
        for (Assessment.Cover cover : role.coverage()) {
            names.add(cover.coverage().member() + " (" + cover.coverage().degree().id()
                    + (cover.coverage().via().equals(role.role()) ? "" : " via " + cover.coverage().via()) + ")");
        }
        return String.join(", ", names);
    }

    /**
     * The single changes that make the role stronger (or weaker) than it is, with the rule that then
     * decides, ordered by key and value.
     */
    private List<String> changes(List<WhatIf.Alternative> alternatives, String role, Priority current,
                                 boolean stronger) {
        List<String> lines = new ArrayList<>();
        for (WhatIf.Alternative alternative : alternatives) {
            Priority then = alternative.priority(role);
            if (Objects.equals(then, current) || stronger != isStronger(then, current)) {
                continue;
            }
            StringBuilder line = new StringBuilder(alternative.key()).append(" were ").append(alternative.to())
                    .append(" (it is ").append(alternative.from()).append(")");
            if (then != null && stronger) {
                Reason reason = alternative.roles().get(role).reasons().get(0);
                line.append(": ").append(then.id()).append(" by ").append(reason.rule()).append(" \"")
                        .append(reason.name()).append("\"");
            } else if (then != null) {
                line.append(": only ").append(then.id());
            }
            lines.add(line.toString());
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static boolean isStronger(Priority then, Priority current) {
        if (then == null) {
            return false;
        }
        return current == null || then.compareTo(current) < 0;
    }

    private static void reasons(StringBuilder out, List<Reason> reasons, String indent) {
        for (Reason reason : reasons) {
            out.append(indent).append(reason.rule()).append(" \"").append(reason.name()).append("\" [")
                    .append(TextReport.basis(reason)).append("]");
            if (!reason.facts().isEmpty()) {
                out.append("\n").append(indent).append("  facts: ").append(String.join(", ", reason.facts()));
            }
            out.append("\n");
        }
    }
}
