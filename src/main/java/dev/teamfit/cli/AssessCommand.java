package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.Watchdog;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.Format;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code teamfit assess FILE}: the roles, skills, coverage and gaps of one project. */
@Command(name = "assess", description = "Assess one project: the roles and skill levels it needs, who on the team covers them, "
                + "and the gaps, each with a suggestion.",
        exitCodeList = {"0:success", "1:internal error", "2:usage error or invalid input",
                "3:a gap at or above --fail-on"})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
    InputOptions input;

    @Mixin
    ChangeOptions changes;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Format chosen = format.of(Reports.Document.ASSESSMENT);
        String preamble = csv.preamble(chosen);
        ProjectReader.Loaded loaded = input.read(file, rules.catalog(), changes.overrides());
        RuleBase base = rules.compile();
        Assessment assessment = assess(base, loaded, rules.timeout());
        String text = preamble + Reports.of(chosen, base.catalog(), explain).assessment(assessment);
        Output.write(text, format.output, spec.commandLine().getOut());
        return failOn.isMet(assessment.gaps()) ? 3 : 0;
    }

    /** Assesses one project under the rule time limit; a failure of the rules is exit code 2. */
    static Assessment assess(RuleBase base, ProjectReader.Loaded loaded, java.time.Duration timeout) {
        try {
            return Watchdog.within(timeout, "project " + loaded.project().id(),
                    () -> base.assess(loaded.project(), loaded.warnings()));
        } catch (RuleFailure e) {
            throw TeamfitException.invalid(java.util.List.of(e.getMessage()), e);
        }
    }
}
