package dev.teamfit.engine;

import java.util.List;

/** A rule base that does not compile or lacks what the engine needs, with every problem found. */
public final class RuleBuildException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public RuleBuildException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:col: message}. */
    public List<String> problems() {
        return problems;
    }
}
