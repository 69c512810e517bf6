package dev.teamfit.cli;

import java.util.List;

/** A failure the user can act on: one or more messages for stderr, and the exit code. */
final class TeamfitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for usage errors and invalid input (SPEC §4). */
    static final int INVALID = 2;

    private final int exitCode;
    private final List<String> messages;

    TeamfitException(int exitCode, List<String> messages, Throwable cause) {
        super(String.join("\n", messages), cause);
        this.exitCode = exitCode;
        this.messages = List.copyOf(messages);
    }

    /** Invalid input or usage, exit 2. */
    static TeamfitException invalid(String message) {
        return new TeamfitException(INVALID, List.of(message), null);
    }

    /** Invalid input with several problems, exit 2. */
    static TeamfitException invalid(List<String> messages, Throwable cause) {
        return new TeamfitException(INVALID, messages, cause);
    }

    int exitCode() {
        return exitCode;
    }

    List<String> messages() {
        return messages;
    }
}
