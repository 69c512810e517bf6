package dev.teamfit.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An output format; {@link Reports} gives each its renderer. */
public enum Format {
    TEXT, JSON, JSONL, MARKDOWN, CSV, HTML;

    /** The format's name on the command line and in {@code ?format=}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    /** The format of a file name's extension ({@code report.html}), if it has one teamfit writes. */
    public static java.util.Optional<Format> ofFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension())).findFirst();
    }

    /** The usual file extension. */
    public String extension() {
        return this == MARKDOWN ? "md" : id();
    }

    /** The ids of some formats, for messages. */
    public static String ids(List<Format> formats) {
        return String.join(", ", formats.stream().map(Format::id).toList());
    }
}
