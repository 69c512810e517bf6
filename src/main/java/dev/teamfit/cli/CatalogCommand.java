package dev.teamfit.cli;

import dev.teamfit.engine.RuleFolder;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Overlap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code teamfit catalog [SECTION]}: the vocabulary of roles, levels, skills and overlaps. */
@Command(name = "catalog", description = "Print the vocabulary from the catalog: roles, proficiency levels (with teamfit's reading of the "
                + "seed's qualifiers as base levels), skills with their aliases, responsibilities and the overlaps "
                + "between roles.")
final class CatalogCommand extends Subcommand {

    enum Section { all, roles, levels, skills, responsibilities, overlaps }

    @Parameters(paramLabel = "SECTION", arity = "0..1", defaultValue = "all",
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Section section;

    @Option(names = "--export", description = "Print the catalog file itself, to start a rules folder of your own.")
    boolean export;

    @Mixin
    RuleFolderOptions rules;

    @Override
    public Integer call() {
        StringBuilder out = new StringBuilder();
        if (export) {
            RuleFolder first = rules.folders().get(0);
            out.append(new String(first.catalog() == null ? new byte[0] : first.catalog(), StandardCharsets.UTF_8));
        } else {
            Catalog catalog = rules.catalog();
            if (section == Section.all || section == Section.roles) {
                table(out, "Roles", List.of("id", "name", "group", "seed section"), catalog.roles(),
                        r -> List.of(r.id(), r.name(), r.group(), r.source()));
                table(out, "Base skills of each role (levels are teamfit's reading of the seed's words, or its estimate)",
                        List.of("role", "skill", "base level", "the seed says"),
                        catalog.roles().stream().flatMap(r -> r.skills().stream()).toList(),
                        b -> List.of(b.role(), b.skill(), b.level().id(), b.says()));
            }
            if (section == Section.all || section == Section.levels) {
                table(out, "Proficiency levels (Dreyfus)", List.of("value", "id", "meaning"), catalog.levels(),
                        l -> List.of(String.valueOf(l.level().value()), l.level().id(), l.description()));
                if (!catalog.qualifiers().isEmpty()) {
                    // A role's Knowledge or Skills line "Label: <qualifier> ..." gives its skill the base level.
                    table(out, "Base levels from the seed's qualifiers (teamfit's reading of the seed's words)",
                            List.of("the seed says", "base level", "why"), catalog.qualifiers(),
                            q -> List.of(q.says().startsWith("*") ? "a verb ending in -" + q.says().substring(1)
                                    : q.says() + " ...", q.level().id(), q.why()));
                }
            }
            if (section == Section.all || section == Section.skills) {
                table(out, "Skills", List.of("id", "name", "aliases"), catalog.skills(),
                        s -> List.of(s.id(), s.name(), String.join(", ", s.aliases())));
            }
            if (section == Section.all || section == Section.responsibilities) {
                table(out, "Responsibilities", List.of("id", "name", "seed section"), catalog.responsibilities(),
                        r -> List.of(r.id(), r.name(), r.source()));
            }
            if (section == Section.all || section == Section.overlaps) {
                table(out, "Overlaps", List.of("roles", "shared skills", "seed section"), catalog.overlaps(),
                        (Overlap o) -> List.of(o.role() + " ~ " + o.partner(), String.join(", ", o.shared()), o.source()));
            }
        }
        write(out.toString(), null);
        return 0;
    }

    private static <T> void table(StringBuilder out, String title, List<String> header, List<T> rows,
                                  Function<T, List<String>> cells) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        rows.forEach(r -> lines.add(cells.apply(r)));
        out.append(out.length() > 0 ? "\n" : "").append(title).append("\n").append(columns(lines));
    }

    /** The lines indented, each column but the last padded to its widest cell and two spaces apart. */
    static String columns(List<List<String>> lines) {
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size() - 1; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder row = new StringBuilder("  ");
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                row.append(i == line.size() - 1 ? cell : cell + " ".repeat(widths[i] - cell.length() + 2));
            }
            out.append(row.toString().stripTrailing()).append("\n");
        }
        return out.toString();
    }
}
