package dev.teamfit.input;

/**
 * One thing wrong with an input file.
 *
 * @param at   where the parser saw it, or null when it does not know
 * @param path the key path, such as {@code team[2].skills.spark}, or empty for the whole file
 */
public record Problem(Location at, String path, String message) {

    /**
     * {@code file:line:col: path: message}, leaving out what is unknown, on one line: control
     * characters from the input (in a key path, or quoted in a message) are shown escaped.
     */
    public String format(String file) {
        StringBuilder text = new StringBuilder();
        if (at != null && at.origin() != null) {
            text.append(dev.teamfit.model.Text.printable(at.origin()));
        } else {
            text.append(dev.teamfit.model.Text.printable(file));
            if (at != null) {
                text.append(':').append(at);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(dev.teamfit.model.Text.printable(path)).append(": ");
        }
        return text.append(dev.teamfit.model.Text.printable(message)).toString();
    }

    /** The same problem on line {@code line}: one found in a line parsed on its own (JSON Lines). */
    public Problem onLine(int line) {
        return at == null ? this : new Problem(new Location(line, at.column()), path, message);
    }
}
