package dev.teamfit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * A horizontal bar chart as the template {@code components/bars.jte} draws it: per bar a label, its
 * parts as rectangles of a small SVG that stretches to the width it is given, and its numbers written
 * out, so that the text keeps its size on a phone and the colours are never the only signal. The
 * geometry is computed here, its numbers formatted for SVG attributes.
 *
 * @param id the list's element id
 */
public record HtmlChart(String id, Iterable<Bar> bars) {

    /** The SVG's user units across, the longest bar's length. */
    public static final int WIDTH = 1000;
    /** The SVG's user units down. */
    public static final int HEIGHT = 20;

    public record Bar(String label, String value, List<Rect> rects) {
    }

    /** A rectangle, its coordinates formatted. @param css the class that colours it */
    public record Rect(String css, String x, String y, String width, String height) {
    }

    /** A part of a bar to draw. */
    record Segment(double value, String css) {
    }

    /** A bar to draw: its label, its numbers as text, its parts. */
    record Data(String label, String value, List<Segment> segments) {
    }

    /** Parts one after another, each as long as its value. */
    static HtmlChart stacked(String id, List<Data> bars) {
        return stacked(id, bars, bars.stream().mapToDouble(b -> b.segments().stream().mapToDouble(Segment::value).sum())
                .max().orElse(0));
    }

    /** Parts from the same origin, each later one (a part of the first) thinner inside it. */
    static HtmlChart overlaid(String id, List<Data> bars) {
        return draw(id, bars, bars.stream().flatMap(b -> b.segments().stream()).mapToDouble(Segment::value).max()
                .orElse(0), true);
    }

    /**
     * Parts one after another, as {@link #stacked(String, List)} draws them, for bars too many to hold:
     * to a scale set by {@code max}, the longest bar's total.
     */
    static HtmlChart stacked(String id, Iterable<Data> bars, double max) {
        return draw(id, bars, max, false);
    }

    /** Each bar is drawn as the template iterates the chart, so that bars read back from a file are never all held. */
    private static HtmlChart draw(String id, Iterable<Data> data, double max, boolean overlay) {
        double scale = max <= 0 ? 0 : WIDTH / max;
        return new HtmlChart(id, () -> StreamSupport.stream(data.spliterator(), false).map(d -> bar(d, scale, overlay))
                .iterator());
    }

    private static Bar bar(Data d, double scale, boolean overlay) {
        List<Rect> rects = new ArrayList<>();
        double x = 0;
        for (int k = 0; k < d.segments().size(); k++) {
            Segment s = d.segments().get(k);
            double w = s.value() * scale;
            int inset = overlay && k > 0 ? 4 : 1;
            if (w > 0) {
                // At least a sliver, so that a small non-zero value still shows.
                rects.add(new Rect(s.css(), number(x), number(inset), number(Math.max(w, 4)),
                        number(HEIGHT - 2 * inset)));
            }
            x = overlay ? 0 : x + w;
        }
        return new Bar(d.label(), d.value(), rects);
    }

    /** A coordinate: at most one decimal, no trailing zeros. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
