package dev.teamfit.input;

/**
 * Where a value came from: a 1-based line and column in an input file, or, for a value given on the
 * command line ({@code --set deployment.mode=streaming}), that option.
 *
 * @param origin the command-line option the value came from, or null for a file
 */
public record Location(int line, int column, String origin) {

    public Location(int line, int column) {
        this(line, column, null);
    }

    @Override
    public String toString() {
        return origin != null ? origin : line + ":" + column;
    }
}
