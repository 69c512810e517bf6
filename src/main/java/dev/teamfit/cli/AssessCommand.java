package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.Format;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code teamfit assess FILE}: the roles, skills, coverage and gaps of one project. */
@Command(name = "assess", description = "Assess one project: the roles and skill levels it needs, who on the team covers them, "
                + "and the gaps, each with a suggestion.",
        exitCodeList = {"0:success", "1:internal error", "2:usage error or invalid input",
                "3:a gap at or above --fail-on"})
final class AssessCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "The project description (.yaml, .yml or .json); - reads it from "
            + "stdin (JSON when it starts with {, else YAML).")
    Path file;

    @Mixin
    FormatOption format;

    @Mixin
    CsvBomOption csv;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            description = "Exit 3 when a gap is at or above this severity: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--explain", description = "Show the rules, seed sections and facts behind each role and gap.")
    boolean explain;

    @Mixin
    ChangeOptions changes;

    @Override
    public Integer call() {
        Format chosen = format.of(Reports.Document.ASSESSMENT);
        String preamble = csv.preamble(chosen);
        ProjectReader.Loaded loaded = changes.read(file);
        RuleBase base = changes.project.rules.compile();
        Assessment assessment = changes.project.assess(base, loaded);
        write(preamble + Reports.of(chosen, base.catalog(), explain).assessment(assessment), format.output);
        return failOn.isMet(assessment.gaps()) ? 3 : 0;
    }
}
