package dev.teamfit.cli;

import picocli.CommandLine.Option;

/** The rule base's options, and the time limit of the rules on one project, for the commands that run rules. */
final class RuleOptions extends RuleFolderOptions {

    @Option(names = "--rule-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Stop with an error when the rules take longer than this on one project "
                    + "(default: ${DEFAULT-VALUE}).")
    double ruleTimeout;

    /** The time limit of the rules on one project. */
    java.time.Duration timeout() {
        if (!(ruleTimeout > 0) || ruleTimeout > 86_400) {
            throw TeamfitException.invalid("--rule-timeout must be a number of seconds over 0 (and at most a day).");
        }
        return java.time.Duration.ofMillis((long) Math.ceil(ruleTimeout * 1000));
    }
}
