package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.report.Format;
import dev.teamfit.report.PortfolioWriter;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code teamfit portfolio PATH...}: many projects in one run, with a portfolio summary. */
@Command(name = "portfolio", mixinStandardHelpOptions = true, versionProvider = TeamfitCommand.Version.class,
        sortOptions = false,
        description = "Assess many projects at once: folders (searched at any depth for .yaml, .yml, .json and "
                + ".jsonl files), project files, and JSON Lines files (one project per line). Every input appears "
                + "in the output, as a result or as an error, in the order given. The summary shows demand per "
                + "role, people allocated over full time across projects, the riskiest projects, and roles that "
                + "several projects lack.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error, or any input invalid (all are still processed)",
                "3:a gap at or above --fail-on"})
final class PortfolioCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders, project files or .jsonl files.")
    List<Path> paths;

    @Mixin
    FormatOption format;

    @Mixin
    CsvBomOption csv;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the result to PATH instead of stdout.")
    Path output;

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

    @Mixin
    InputOptions input;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > 256) {
            throw TeamfitException.invalid("--threads must be from 1 to 256, not " + threadCount + ".");
        }
        if (top < 0) {
            throw TeamfitException.invalid("--top must be 0 or more.");
        }
        input.checkLimit();
        Format chosen = format.of(Reports.Document.PORTFOLIO, output);
        String preamble = csv.preamble(chosen);
        java.time.Duration timeout = rules.timeout();
        RuleBase base = rules.compile();
        boolean[] failed = {false};
        Progress progress = new Progress(spec.commandLine().getErr());
        PortfolioSummary summary;
        try {
            summary = Output.stream(output, spec.commandLine().getOut(), out -> {
                out.write(preamble);
                PortfolioWriter writer = Reports.of(chosen, base.catalog(), false).portfolio(out);
                PortfolioSummary result = Portfolio.run(base, paths,
                        new Portfolio.Options(threadCount, input.maxInputBytes, top, timeout), outcome -> {
                            if (outcome instanceof Outcome.Result r && failOn.isMet(r.assessment().gaps())) {
                                failed[0] = true;
                            }
                            write(writer, outcome);
                        }, progress);
                progress.done();
                writer.finish(result);
                return result;
            });
        } catch (Portfolio.TimedOut e) {
            progress.done();
            throw TeamfitException.invalid(e.getMessage());
        }
        if (summary.errors() > 0) {
            return TeamfitException.INVALID;
        }
        return failed[0] ? 3 : 0;
    }

    private static void write(PortfolioWriter writer, Outcome outcome) {
        try {
            writer.outcome(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
