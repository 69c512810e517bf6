package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.Overrides;
import dev.teamfit.portfolio.Inputs;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Spool;
import dev.teamfit.report.Format;
import dev.teamfit.report.PortfolioWriter;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code teamfit portfolio PATH...}: many projects in one run, with a portfolio summary. */
@Command(name = "portfolio", description = "Assess many projects at once: folders (searched at any depth for .yaml, .yml, .json and "
                + ".jsonl files, leaving out hidden files and folders, node_modules, and files that are not "
                + "projects), project files, and JSON Lines files (one project per line). Every input appears "
                + "in the output, as a result or as an error, in the order given. The summary shows demand per "
                + "role, the people on several projects, the riskiest projects, and roles that several projects "
                + "lack.",
        exitCodeList = {"0:success", "1:internal error", "2:usage error, or any input invalid (all are still processed)",
                "3:a gap at or above --fail-on"})
final class PortfolioCommand extends Subcommand {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders, project files or .jsonl files.")
    List<Path> paths;

    @Mixin
    FormatOption format;

    @Mixin
    CsvBomOption csv;

    @Option(names = "--explain", description = "In json and jsonl, give each conclusion its reasons (rule, source "
            + "section, facts) in full; without it, only the ids of its rules (rules), so that the output stays "
            + "proportional to the portfolio.")
    boolean explain;

    @Option(names = "--threads", paramLabel = "N", description = "Projects assessed at once (default: the machine's "
            + "cores). The output is the same for any N.")
    Integer threads;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "How many of the riskiest projects the summary ranks (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            description = "Exit 3 when a gap in any project is at or above this severity: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "What if: change an input value in every project before assessing it, by its key path "
                    + "(deployment.retraining=continuous). The summary then says what the change does to the "
                    + "portfolio: demand per role and the risk ranking, against the projects unchanged. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB", description = "In folders, read only files whose path below the "
            + "folder matches GLOB (a glob without '/' matches a name at any depth). Repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In folders, leave out files and folders whose "
            + "path below the folder matches GLOB (drafts, **/archive/**, *.draft.yaml). Repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--follow-links", description = "In folders, follow symbolic links that lead out of the folders "
            + "given (never round a loop; a file reached twice is read once).")
    boolean followLinks;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        int threadCount = ProjectOptions.threads(threads);
        if (top < 0) {
            throw TeamfitException.invalid("--top must be 0 or more.");
        }
        project.checkLimit();
        Overrides changes = changes();
        Format chosen = format.of(Reports.Document.PORTFOLIO);
        String preamble = csv.preamble(chosen);
        Output.Target target = format.output == null ? null : Output.target(format.output);
        Inputs inputs = inputs();
        if (target != null && target.kind() == Output.Kind.REGULAR) {
            String clash = inputs.find(target::is);
            if (clash != null) {
                throw Output.replacesInput(format.output, clash);
            }
        }
        Portfolio.Options options = project.portfolio(threadCount, top, changes);
        RuleBase base = project.rules.compile();
        boolean[] failed = {false};
        Progress progress = new Progress(err());
        try {
            return Output.stream(target, out(), out -> {
                out.write(preamble);
                try (PortfolioWriter writer = Reports.of(chosen, base.catalog(), explain).portfolio(out)) {
                    PortfolioSummary summary = Portfolio.run(base, inputs, options, outcome -> {
                        if (outcome instanceof Outcome.Result r && failOn.isMet(r.assessment().gaps())) {
                            failed[0] = true;
                        }
                        write(writer, outcome);
                    }, progress);
                    progress.done();
                    writer.finish(summary);
                    return summary.errors() > 0 ? TeamfitException.INVALID : failed[0] ? 3 : 0;
                }
            });
        } catch (Spool.Failure e) {
            throw TeamfitException.invalid(List.of(e.getMessage() + "."), e);
        } finally {
            progress.done();
        }
    }

    /** The what-if changes: {@code --set} of project values only, never of members or the id. */
    private Overrides changes() {
        for (String set : sets) {
            String key = set.contains("=") ? set.substring(0, set.indexOf('=')).strip() : set.strip();
            if (key.equals("id") || key.equals("team") || key.startsWith("team[") || key.startsWith("team.")) {
                throw TeamfitException.invalid("--set " + set + ": a portfolio changes every project alike, so it "
                        + "cannot change " + (key.equals("id") ? "the id" : "the team") + ". Change project values, "
                        + "such as deployment.retraining=continuous.");
            }
        }
        return ChangeOptions.parse(sets, List.of(), List.of());
    }

    private Inputs inputs() {
        try {
            return Inputs.of(paths, project.maxInputBytes, new Inputs.Walk(followLinks, include, exclude));
        } catch (IllegalArgumentException e) {
            throw TeamfitException.invalid("--include/--exclude: " + e.getMessage());
        }
    }

    private static void write(PortfolioWriter writer, Outcome outcome) {
        try {
            writer.outcome(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
