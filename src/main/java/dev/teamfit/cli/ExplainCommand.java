package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.WhatIf;
import dev.teamfit.engine.Watchdog;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.ExplainJson;
import dev.teamfit.report.ExplainReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code teamfit explain FILE [--role ID | --gap N]}: why, and why not. */
@Command(name = "explain", description = "Explain an assessment: the chain of rules, seed sections and facts behind a role or a gap. "
                + "For a role that is not needed (or only recommended), the single changes to the input that "
                + "would make it needed (or required). Without --role or --gap, a short answer for every role.")
final class ExplainCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "The project description (.yaml, .yml or .json); - reads it from "
            + "stdin.")
    Path file;

    enum Form { text, json }

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON gives the role or "
                    + "gap, its chain of reasons with their basis, and the what-if changes.")
    Form format;

    /** What to explain: one role or one gap. */
    static final class Target {
        @Option(names = "--role", paramLabel = "ID", description = "A role id or name, e.g. ml-researcher or \"ML Researcher\".")
        String role;

        @Option(names = "--gap", paramLabel = "N", description = "A gap, by its number in the assess report (1 = first).")
        Integer gap;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the explanation to PATH instead of stdout.")
    Path output;

    @Mixin
    ChangeOptions changes;

    @Override
    public Integer call() {
        ProjectOptions project = changes.project;
        ProjectReader.Loaded loaded = changes.read(file);
        RuleBase base = project.rules.compile();
        ExplainReport report = new ExplainReport(base.catalog());
        ExplainJson json = new ExplainJson(base.catalog());
        boolean asJson = format == Form.json;
        Assessment assessment = project.assess(base, loaded);
        String text;
        if (target != null && target.gap != null) {
            int count = assessment.gaps().size();
            if (target.gap < 1 || target.gap > count) {
                throw TeamfitException.invalid("--gap " + target.gap + ": " + ProjectOptions.name(file) + " has "
                        + (count == 0 ? "no gaps." : count + " gap" + (count == 1 ? "" : "s") + "; give a number from 1 to " + count + "."));
            }
            text = asJson ? json.gap(assessment, target.gap) : report.gap(assessment, target.gap);
        } else if (target != null && target.role != null) {
            String role = base.catalog().resolveRole(target.role).orElseThrow(() -> TeamfitException.invalid(
                    "--role " + target.role + ": not a role. Allowed: " + String.join(", ", base.catalog().roleIds()) + "."));
            List<WhatIf.Alternative> alternatives = alternatives(base, loaded, project.rules.timeout());
            text = asJson ? json.role(assessment, role, alternatives) : report.role(assessment, role, alternatives);
        } else {
            List<WhatIf.Alternative> alternatives = alternatives(base, loaded, project.rules.timeout());
            text = asJson ? json.roles(assessment, alternatives) : report.roles(assessment, alternatives);
        }
        write(text, output);
        return 0;
    }

    private static List<WhatIf.Alternative> alternatives(RuleBase base, ProjectReader.Loaded loaded,
                                                         java.time.Duration timeout) {
        try {
            return WhatIf.alternatives(loaded.project(), base, p -> Watchdog.within(timeout, "project " + p.id(),
                    () -> base.assess(p, List.of())), timeout.multipliedBy(4));
        } catch (RuleFailure e) {
            throw TeamfitException.invalid(List.of(e.getMessage()), e);
        }
    }
}
