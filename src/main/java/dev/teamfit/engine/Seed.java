package dev.teamfit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of the source document the rules derive from (bundled as
 * {@code rules/seed/roles-in-an-ai-team.md}): its headings and the labelled lists inside them
 * ("Responsibilities", "Knowledge", "Skills", "Overlap", "Collaboration"). A rule's {@code @source}
 * names a section as {@code Heading / Sub-heading / List}, each part a heading (or label) inside the
 * previous one, matched case-insensitively by its start: "Critical roles / Business side". A part
 * that is a whole title matches only that title where it leads somewhere ("Data Scientist" is not
 * "Data Scientist and ML Engineer"). A rule's {@code @quote} must stand in the text of the section its
 * {@code @source} names ({@link #quotes}).
 */
public final class Seed {

    /** Where the bundled copy of the seed lies on the class path. */
    public static final String RESOURCE = "rules/seed/roles-in-an-ai-team.md";

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\s*-\\s+(?:\\*\\*)?([A-Za-z][A-Za-z ]*?)(?:\\*\\*)?:\\s*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s+(.*?)\\s*$");

    /** A heading or list label, with the lines it spans. */
    private record Section(int level, String title, int start, int end) {
    }

    private static Seed bundled;

    private final List<String> lines;
    private final List<Section> sections;

    private Seed(List<String> lines, List<Section> sections) {
        this.lines = List.copyOf(lines);
        this.sections = List.copyOf(sections);
    }

    /** The bundled seed. */
    public static synchronized Seed bundled() {
        if (bundled == null) {
            try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled seed " + RESOURCE + " is missing");
                }
                bundled = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /** The outline of a Markdown document. */
    static Seed parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            Matcher label = LABEL.matcher(lines.get(i));
            if (heading.matches()) {
                sections.add(new Section(heading.group(1).length(), heading.group(2), i, -1));
            } else if (label.matches()) {
                sections.add(new Section(7, label.group(1).strip(), i, -1));
            }
        }
        // A section ends where the next one of the same or a higher level starts; a label, at the next
        // label or heading.
        List<Section> closed = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int end = lines.size();
            for (int j = i + 1; j < sections.size(); j++) {
                if (sections.get(j).level() <= s.level() || s.level() == 7) {
                    end = sections.get(j).start();
                    break;
                }
            }
            closed.add(new Section(s.level(), s.title(), s.start(), end));
        }
        return new Seed(lines, closed);
    }

    /** Whether a {@code @source} value names a section of the seed. */
    public boolean names(String source) {
        return !resolve(source).isEmpty();
    }

    /**
     * Whether {@code quote} stands, word for word, in the text of a section {@code source} names:
     * runs of white space count as one space and Markdown's {@code **} is ignored, in both.
     */
    public boolean quotes(String source, String quote) {
        String wanted = normalise(quote);
        return !wanted.isEmpty() && resolve(source).stream().anyMatch(s -> normalise(text(s)).contains(wanted));
    }

    /**
     * The list items directly inside the sections a source names, each without its "- " and in
     * document order: {@code items("Data Scientist / Knowledge")} gives the Data Scientist's Knowledge
     * lines, "Statistics and Probability: Strong understanding of ...".
     */
    public List<String> items(String source) {
        List<String> items = new ArrayList<>();
        for (Section s : resolve(source)) {
            for (int i = s.start() + 1; i < s.end(); i++) {
                Matcher item = ITEM.matcher(lines.get(i));
                if (item.matches()) {
                    items.add(item.group(1).replace("**", ""));
                }
            }
        }
        return items;
    }

    /** Text as quotes are compared: Markdown's bold marks dropped, white space runs made one space. */
    public static String normalise(String text) {
        return SPACE.matcher(text.replace("**", "")).replaceAll(" ").strip();
    }

    private String text(Section s) {
        return String.join("\n", lines.subList(Math.min(s.start() + 1, s.end()), s.end()));
    }

    /** The sections a source names: the last part's sections along every path that matches. */
    private List<Section> resolve(String source) {
        String[] parts = source.split("\\s*/\\s*");
        List<Section> found = new ArrayList<>();
        if (!source.isBlank() && parts.length > 0) {
            resolve(parts, 0, 0, Integer.MAX_VALUE, null, found);
        }
        return found;
    }

    private void resolve(String[] parts, int index, int from, int to, Section last, List<Section> into) {
        if (index == parts.length) {
            into.add(last);
            return;
        }
        String part = parts[index].strip().toLowerCase(Locale.ROOT);
        if (part.isEmpty()) {
            return;
        }
        // Whole titles first: only when none of them leads anywhere does a title's start do.
        for (boolean whole : new boolean[] {true, false}) {
            int before = into.size();
            for (Section s : sections) {
                String title = s.title().toLowerCase(Locale.ROOT);
                if (s.start() >= from && s.start() < to && (whole ? title.equals(part) : title.startsWith(part))) {
                    resolve(parts, index + 1, s.start() + 1, Math.min(to, s.end()), s, into);
                }
            }
            if (into.size() > before) {
                return;
            }
        }
    }
}
