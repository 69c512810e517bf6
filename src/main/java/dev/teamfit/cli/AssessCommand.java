package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.Watchdog;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.HtmlReport;
import dev.teamfit.report.GapCsv;
import dev.teamfit.report.JsonReport;
import dev.teamfit.report.PortfolioMarkdown;
import dev.teamfit.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code teamfit assess FILE}: the roles, skills, coverage and gaps of one project. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = TeamfitCommand.Version.class, sortOptions = false,
        description = "Assess one project: the roles and skill levels it needs, who on the team covers them, "
                + "and the gaps, each with a suggestion.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error or invalid input",
                "3:a gap at or above --fail-on"})
final class AssessCommand implements Callable<Integer> {

    /** The formats of one assessment. */
    enum Format { text, json, html, markdown, csv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project description (.yaml, .yml or .json).")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). html is one "
                    + "self-contained page (coverage matrix, skills per role, gaps with their reasons) that works "
                    + "offline and prints on A4; markdown is a section to paste; csv is one row per gap.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the result to PATH instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            description = "Exit 3 when a gap is at or above this severity: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--explain", description = "Show the rules, seed sections and facts behind each role and gap.")
    boolean explain;

    @Mixin
    InputOptions input;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        ProjectReader.Loaded loaded = input.read(file, rules.catalog());
        RuleBase base = rules.compile();
        Assessment assessment = assess(base, loaded, rules.timeout());
        String text = switch (format) {
            case json -> new JsonReport(base.catalog()).render(assessment);
            case text -> new TextReport(base.catalog(), explain).render(assessment);
            case html -> new HtmlReport(base.catalog()).render(assessment);
            case markdown -> PortfolioMarkdown.assessment(base.catalog(), assessment);
            case csv -> GapCsv.render(base.catalog(), assessment);
        };
        Output.write(text, output, spec.commandLine().getOut());
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
