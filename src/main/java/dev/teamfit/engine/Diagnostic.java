package dev.teamfit.engine;

/**
 * A problem in a rules folder, located in the user's own file.
 *
 * @param line   1-based, or 0 when unknown
 * @param column 1-based, or 0 when unknown (Drools gives columns only inside some messages)
 */
public record Diagnostic(String file, int line, int column, boolean error, String message) {

    /** {@code file:line:col: message}, with {@code warning: } before the message of a warning. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (error ? "" : "warning: ") + message;
    }
}
