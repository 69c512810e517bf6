package dev.teamfit.serve;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.Watchdog;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.PeopleReader;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.model.Catalog;

import dev.teamfit.plan.PortfolioPlan;
import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the handlers ask of teamfit, through the same engine API as the CLI: the rule base and the
 * people pool loaded once at start-up, projects read with the CLI's limits, assessed under its rule
 * time limit.
 */
public final class Service {

    private final RuleBase rules;
    private final Settings settings;
    private final PeopleReader.Pool people;
    private final AtomicInteger abandoned = new AtomicInteger();

    /** @param people the pool of {@code --people FILE}, or null */
    public Service(RuleBase rules, Settings settings, PeopleReader.Pool people) {
        this.rules = rules;
        this.settings = settings;
        this.people = people;
    }

    public Catalog catalog() {
        return rules.catalog();
    }

    public RuleBase rules() {
        return rules;
    }

    public Settings settings() {
        return settings;
    }

    /** The people pool given at start-up, for the staffing plan. */
    public Optional<PeopleReader.Pool> people() {
        return Optional.ofNullable(people);
    }

    /** Reads a project's bytes as a file named {@code name}, with what-if changes made first. */
    public ProjectReader.Loaded read(String name, byte[] bytes, TreeReader.Syntax syntax, Overrides changes)
            throws InvalidInputException {
        return reader().read(name, bytes, syntax, changes);
    }

    /** Parses a project's bytes as a file named {@code name} would be, within the size and depth limits. */
    public Node parse(String name, byte[] bytes, TreeReader.Syntax syntax) throws InvalidInputException {
        return new TreeReader(settings.maxInputBytes()).parse(name, bytes, syntax);
    }

    /** Validates a parsed project (a part of a larger document), with what-if changes made first. */
    public ProjectReader.Loaded bind(String name, Node tree, Overrides changes) throws InvalidInputException {
        Node changed = tree instanceof Node.Mapping mapping && !changes.isEmpty() ? changes.apply(mapping) : tree;
        return reader().bind(name, changed);
    }

    private ProjectReader reader() {
        return new ProjectReader(rules.catalog(), settings.maxInputBytes(), settings.strict());
    }

    /**
     * Assesses one project under the rule time limit. A rule that spins past it cannot be stopped, only
     * abandoned (see {@link Watchdog}): the server goes on, and {@link #abandoned()} counts such threads.
     */
    public Assessment assess(ProjectReader.Loaded loaded) {
        long start = System.nanoTime();
        try {
            return Watchdog.within(settings.ruleTimeout(), "project " + loaded.project().id(),
                    () -> rules.assess(loaded.project(), loaded.warnings()));
        } catch (RuleFailure e) {
            if (Duration.ofNanos(System.nanoTime() - start).compareTo(settings.ruleTimeout()) >= 0) {
                abandoned.incrementAndGet();
            }
            throw HttpProblem.rules(e.getMessage());
        }
    }

    /**
     * A staffing plan of the projects in {@code files} (read as {@code teamfit plan} reads its paths) from
     * the people pool of {@code --people}, or the projects' own teams without one. An invalid project
     * stops the plan, with every problem (422), as it stops {@code teamfit plan}.
     *
     * @param prefix the temporary folder's path, left out of messages: files are named as uploaded
     */
    public PortfolioPlan plan(List<Path> files, String prefix, YearMonth from, long seed) {
        Portfolio.Options options = new Portfolio.Options(1, settings.maxInputBytes(), 0, settings.ruleTimeout(),
                settings.strict(), Overrides.none(), Portfolio.Options.window(1));
        List<Assessment> assessments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Portfolio.run(rules, files, options, outcome -> {
            if (outcome instanceof Outcome.Result r) {
                assessments.add(r.assessment());
            } else if (outcome instanceof Outcome.Failure f) {
                f.messages().forEach(m -> problems.add(m.replace(prefix, "")));
            }
        }, (pass, done, total, errors) -> { });
        if (problems.isEmpty() && assessments.isEmpty()) {
            problems.add("no project to plan: give one project, or several as JSON Lines.");
        }
        if (!problems.isEmpty()) {
            throw HttpProblem.invalid(problems);
        }
        try {
            return PortfolioPlan.of(assessments, people == null ? null : people.people(), rules.catalog(),
                    new PortfolioPlan.Options(from, seed, null), line -> { });
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(List.of(e.getMessage() + "."));
        }
    }

    /** Rule threads abandoned past the time limit since start-up. */
    public int abandoned() {
        return abandoned.get();
    }
}
