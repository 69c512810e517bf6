package dev.teamfit.portfolio;

import dev.teamfit.model.Text;

/**
 * Where one project of a portfolio comes from: a file, or one line of a JSON Lines file.
 *
 * @param file the file as the user named it (or as found in a folder they named)
 * @param line the line number in a JSON Lines file, or 0 for a whole file
 */
public record Source(String file, int line) {

    /**
     * How messages name it: {@code projects/a.yaml} or {@code all.jsonl:12}. A file name is untrusted
     * text too: control characters in it are shown escaped ({@link Text#printable}).
     */
    public String label() {
        String name = Text.printable(file);
        return line == 0 ? name : name + ":" + line;
    }

    @Override
    public String toString() {
        return label();
    }
}
