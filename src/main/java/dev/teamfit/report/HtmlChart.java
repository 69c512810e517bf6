package dev.teamfit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

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

    /** A list of bars is copied; any other iterable (a portfolio's bars, drawn as they are read back) is kept. */
    public HtmlChart {
        if (bars instanceof java.util.Collection<Bar> list) {
            bars = List.copyOf(list);
        }
    }

    /** A bar as drawn. */
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
        double max = bars.stream().mapToDouble(b -> b.segments().stream().mapToDouble(Segment::value).sum())
                .max().orElse(0);
        return draw(id, bars, max, false);
    }

    /** Parts from the same origin, each later one (a part of the first) thinner inside it. */
    static HtmlChart overlaid(String id, List<Data> bars) {
        double max = bars.stream().flatMap(b -> b.segments().stream()).mapToDouble(Segment::value).max().orElse(0);
        return draw(id, bars, max, true);
    }

    /**
     * Parts one after another, as {@link #stacked(String, List)} draws them, for bars too many to hold:
     * each is drawn as it is iterated, to a scale set by {@code max}, the longest bar's total.
     */
    static HtmlChart stacked(String id, Iterable<Data> bars, double max) {
        double scale = max <= 0 ? 0 : WIDTH / max;
        return new HtmlChart(id, () -> new java.util.Iterator<>() {
            private final java.util.Iterator<Data> data = bars.iterator();

            @Override
            public boolean hasNext() {
                return data.hasNext();
            }

            @Override
            public Bar next() {
                return bar(data.next(), scale, false);
            }
        });
    }

    private static HtmlChart draw(String id, List<Data> data, double max, boolean overlay) {
        double scale = max <= 0 ? 0 : WIDTH / max;
        List<Bar> bars = new ArrayList<>();
        for (Data d : data) {
            bars.add(bar(d, scale, overlay));
        }
        return new HtmlChart(id, bars);
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
