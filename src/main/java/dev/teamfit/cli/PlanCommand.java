package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.Overrides;
import dev.teamfit.model.Assessment;
import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.portfolio.Inputs;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.report.Format;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code teamfit plan PATH...}: who should staff the projects, month by month, and whom to hire. */
@Command(name = "plan", description = "Propose teams for projects month by month from a pool of people: the rules infer what each "
                + "project needs (as in assess), then an optimiser assigns people, suggests training, and proposes "
                + "the fewest hires for what the pool cannot staff. Projects are read as in portfolio; each runs from "
                + "its start (or --from) for duration-months (12 when not given).",
        exitCodeList = {"0:success", "1:internal error", "2:usage error or invalid input (a project or the pool)"})
final class PlanCommand extends Subcommand {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders, project files or .jsonl files.")
    List<Path> paths;

    @Option(names = "--people", paramLabel = "FILE", description = "The pool of people who could be staffed (YAML, "
            + "JSON or JSON Lines): name, roles, skills, availability, available-from, available-until, cost. "
            + "Without it, the pool is the projects' own teams.")
    Path people;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "The plan's first month: projects without start "
            + "start then, earlier months are not planned (default: the current month, so pass it for output that "
            + "does not change with the date).")
    String from;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "The search's random seed (default: ${DEFAULT-VALUE}). The same inputs and seed give the "
                    + "same plan, byte for byte.")
    long seed;

    @Option(names = "--time-limit", paramLabel = "DURATION", description = "Stop the search after this long "
            + "(30s, 2m, 500ms; a bare number is seconds) with the best plan so far. A plan stopped by the clock "
            + "may differ from run to run.")
    String timeLimit;

    @Mixin
    FormatOption format;

    @Mixin
    CsvBomOption csv;

    @Option(names = "--explain", description = "Give every assignment, hire, training and unmet need its reasons in "
            + "full (rule, basis, facts); without it, only the ids of the rules behind each.")
    boolean explain;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        project.checkLimit();
        YearMonth first = from();
        Duration limit = timeLimit();
        Format chosen = format.of(Reports.Document.PLAN);
        String preamble = csv.preamble(chosen);
        int threads = Runtime.getRuntime().availableProcessors();
        Portfolio.Options options = project.portfolio(threads, 0, Overrides.none());
        RuleBase base = project.rules.compile();
        List<dev.teamfit.model.Person> pool = people == null ? null : project.readPeople(people, base.catalog()).people();
        List<Assessment> assessments = assess(base, options);
        Progress progress = new Progress(err());
        PortfolioPlan plan;
        try {
            plan = PortfolioPlan.of(assessments, pool, base.catalog(), new PortfolioPlan.Options(first, seed, limit),
                    progress::best);
        } catch (IllegalArgumentException e) {
            throw TeamfitException.invalid(List.of(e.getMessage() + "."), e);
        } finally {
            progress.done();
        }
        write(preamble + Reports.of(chosen, base.catalog(), explain).plan(plan), format.output);
        return 0;
    }

    private YearMonth from() {
        if (from == null) {
            return YearMonth.now();
        }
        try {
            if (!from.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("", from, 0);
            }
            return YearMonth.parse(from);
        } catch (DateTimeParseException e) {
            throw TeamfitException.invalid("--from " + from + ": not a month. Give it as YYYY-MM, such as 2027-01.");
        }
    }

    private Duration timeLimit() {
        if (timeLimit == null) {
            return null;
        }
        Matcher m = DURATION.matcher(timeLimit.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw TeamfitException.invalid("--time-limit " + timeLimit + ": not a duration. Give a number with ms, s, "
                    + "m or h (30s, 2m, 500ms); a bare number is seconds.");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = value * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1_000;
        };
        if (!(millis >= 1) || millis > 86_400_000) {
            throw TeamfitException.invalid("--time-limit " + timeLimit + ": must be at least 1 ms and at most a day.");
        }
        return Duration.ofMillis((long) millis);
    }

    /** Every project assessed, in input order; any invalid input stops the plan, with every problem reported. */
    private List<Assessment> assess(RuleBase base, Portfolio.Options options) {
        List<Assessment> assessments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Progress progress = new Progress(err());
        try {
            Portfolio.run(base, Inputs.of(paths, project.maxInputBytes), options, outcome -> {
                if (outcome instanceof Outcome.Result r) {
                    assessments.add(r.assessment());
                } else if (outcome instanceof Outcome.Failure f) {
                    problems.addAll(f.messages());
                }
            }, progress);
        } finally {
            progress.done();
        }
        if (!problems.isEmpty()) {
            throw TeamfitException.invalid(problems, null);
        }
        if (assessments.isEmpty()) {
            throw TeamfitException.invalid("no project to plan in " + String.join(", ",
                    paths.stream().map(Path::toString).toList()) + ".");
        }
        return assessments;
    }
}
