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
 * previous one, matched case-insensitively by its start: "Critical roles / Business side".
 */
public final class Seed {

    /** Where the bundled copy of the seed lies on the class path. */
    public static final String RESOURCE = "rules/seed/roles-in-an-ai-team.md";

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\s*-\\s+(?:\\*\\*)?([A-Za-z][A-Za-z ]*?)(?:\\*\\*)?:\\s*$");

    /** A heading or list label, with the lines it spans. */
    private record Section(int level, String title, int start, int end) {
    }

    private static Seed bundled;

    private final List<Section> sections;

    private Seed(List<Section> sections) {
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
        return new Seed(closed);
    }

    /** Whether a {@code @source} value names a section of the seed. */
    public boolean names(String source) {
        String[] parts = source.split("\\s*/\\s*");
        if (source.isBlank() || parts.length == 0) {
            return false;
        }
        return matches(parts, 0, 0, Integer.MAX_VALUE);
    }

    private boolean matches(String[] parts, int index, int from, int to) {
        if (index == parts.length) {
            return true;
        }
        String part = parts[index].strip().toLowerCase(Locale.ROOT);
        for (Section s : sections) {
            if (s.start() >= from && s.start() < to && !part.isEmpty()
                    && s.title().toLowerCase(Locale.ROOT).startsWith(part)
                    && matches(parts, index + 1, s.start() + 1, Math.min(to, s.end()))) {
                return true;
            }
        }
        return false;
    }

    /** The headings, for messages: "Definitions / Data Engineer" style paths are built from these. */
    public List<String> headings() {
        return sections.stream().filter(s -> s.level() < 7).map(Section::title).toList();
    }
}
