package dev.teamfit.portfolio;

/**
 * Where one project of a portfolio comes from: a file, or one line of a JSON Lines file.
 *
 * @param file the file as the user named it (or as found in a folder they named)
 * @param line the line number in a JSON Lines file, or 0 for a whole file
 */
public record Source(String file, int line) {

    /** How messages name it: {@code projects/a.yaml} or {@code all.jsonl:12}. */
    public String label() {
        return line == 0 ? file : file + ":" + line;
    }

    @Override
    public String toString() {
        return label();
    }
}
