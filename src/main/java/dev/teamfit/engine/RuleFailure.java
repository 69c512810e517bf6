package dev.teamfit.engine;

/** The rules failed on a project: a runaway rule set, a rule that threw, or a conclusion the catalog lacks. */
public final class RuleFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public RuleFailure(String message) {
        super(message);
    }

    public RuleFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
