package dev.teamfit.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An input file that cannot be used, with every problem found in it. */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    /** The problems are kept in file order: those without a location first, then by line and column. */
    public InvalidInputException(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems.stream().sorted(Comparator.comparing(Problem::at, Comparator.nullsFirst(
                Comparator.comparingInt(Location::line).thenComparingInt(Location::column)))).toList();
    }

    public InvalidInputException(String file, Problem problem) {
        this(file, List.of(problem));
    }

    /** Every problem, one a line. */
    @Override
    public String getMessage() {
        return problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n"));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The most problems of one file reported; a file can hold thousands of the same mistake. */
    public static final int SHOWN = 20;

    /**
     * Each problem as one line, {@code file:line:col: path: message}, at most {@link #SHOWN}, then a
     * line saying how many more there are.
     */
    public List<String> lines() {
        return lines(dev.teamfit.model.Text.printable(file), p -> p.format(file));
    }

    /** The same, each problem as {@code format} words it, and the last line under {@code label}. */
    public List<String> lines(String label, Function<Problem, String> format) {
        List<String> lines = new ArrayList<>(problems.stream().limit(SHOWN).map(format).toList());
        if (problems.size() > SHOWN) {
            lines.add(label + ": and " + (problems.size() - SHOWN) + " more problems; fix these first.");
        }
        return lines;
    }
}
