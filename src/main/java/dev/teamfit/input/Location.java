package dev.teamfit.input;

/** A 1-based line and column in an input file. */
public record Location(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
