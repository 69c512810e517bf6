package dev.teamfit.cli;

import dev.teamfit.compare.Comparison;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.Overrides;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.Format;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code teamfit compare BASE [VARIANT...]}: what-if scenarios, side by side. */
@Command(name = "compare", description = "Compare a project with variants of it: other project files, or the base changed with --set, "
                + "--add-member and --remove-member. Prints what changes, and only that: roles, FTE, skill levels, "
                + "staffing and gaps, each with the input differences behind it, and each variant's top actions.",
        exitCodeList = {"0:success", "1:internal error", "2:usage error or invalid input",
                "3:a variant has a new (or more severe) gap at or above --fail-on"})
final class CompareCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "BASE", description = "The project as it is (.yaml, .yml or .json); - reads "
            + "it from stdin.")
    Path base;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "VARIANT", description = "Other versions of the project.")
    List<Path> variants = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            description = "Exit 3 when a variant has a gap at or above this severity that the base does not have "
                    + "(new, or more severe): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Mixin
    ChangeOptions changes;

    @Override
    public Integer call() {
        Format chosen = format.of(Reports.Document.COMPARISON);
        Overrides overrides = changes.overrides();
        if (variants.isEmpty() && overrides.isEmpty()) {
            throw TeamfitException.invalid("give a VARIANT file, or changes to the base with --set, --add-member or "
                    + "--remove-member.");
        }
        RuleBase base = changes.project.rules.compile();
        Assessment assessed = assess(base, this.base, Overrides.none());
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        for (Path variant : variants) {
            assessments.put(ProjectOptions.name(variant), assess(base, variant, Overrides.none()));
        }
        if (!overrides.isEmpty()) {
            assessments.put(String.join(" ", overrides.changes().stream().map(Overrides.Change::option).toList()),
                    assess(base, this.base, overrides));
        }
        Comparison comparison = Comparison.of(assessed, assessments, base.catalog());
        write(Reports.of(chosen, base.catalog(), false).comparison(comparison), format.output);
        return comparison.variants().stream().anyMatch(v -> failOn.isMetBy(v.worse())) ? 3 : 0;
    }

    private Assessment assess(RuleBase base, Path file, Overrides overrides) {
        ProjectOptions project = changes.project;
        return project.assess(base, project.read(file, project.rules.catalog(), overrides));
    }
}
