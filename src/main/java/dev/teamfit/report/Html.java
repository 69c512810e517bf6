package dev.teamfit.report;

import dev.teamfit.model.Fte;

import java.util.List;

/**
 * What the HTML reports share: escaping, the page around a report, its style sheet, and bar charts as
 * inline SVG. A page is one self-contained file: no script, no font, no image or style fetched from
 * anywhere, so it opens offline and prints on A4.
 */
final class Html {

    private Html() {
    }

    /**
     * Makes text inert in element content and in quoted attribute values: {@code & < > " '} become
     * references, and control characters, which HTML does not allow, become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> out.append('\n');
                default -> out.append(c < 0x20 || (c >= 0x7f && c < 0xa0) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A fragment id from text: an id such as a project id, with anything but {@code [a-z0-9._-]} dropped. */
    static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** The whole page around a body that is already HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"teamfit\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    /** FTE as a word: {@code 0.5 FTE}. */
    static String fte(double value) {
        return Fte.format(value) + " FTE";
    }

    /** One bar of a horizontal bar chart: a label, stacked segments, and the numbers as text after them. */
    record Bar(String label, String title, List<Segment> segments, String text) {
    }

    /** A part of a bar. @param css the class that colours it */
    record Segment(double value, String css, String label) {
    }

    /**
     * A horizontal bar chart as inline SVG: one row per bar, its label on the left, segments drawn from
     * the same origin when {@code overlay} (a total and a part of it) or one after another when stacked.
     * Every number is also written out after the bar, so the colours are never the only signal.
     */
    static String barChart(String id, String title, String description, List<Bar> bars, double max, boolean overlay,
                           int labelWidth) {
        int row = 26;
        int plot = 400;
        int textWidth = 340;
        int width = labelWidth + plot + textWidth;
        int height = Math.max(1, bars.size()) * row + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-t ").append(escape(id))
                .append("-d\">\n<title id=\"").append(escape(id)).append("-t\">").append(escape(title))
                .append("</title>\n<desc id=\"").append(escape(id)).append("-d\">").append(escape(description))
                .append("</desc>\n");
        double scale = max <= 0 ? 0 : plot / max;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * row;
            svg.append("<g><title>").append(escape(bar.title())).append("</title>\n");
            svg.append("<text class=\"label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(escape(clip(bar.label(), labelWidth / 7)))
                    .append("</text>\n");
            double x = labelWidth;
            for (int k = 0; k < bar.segments().size(); k++) {
                Segment segment = bar.segments().get(k);
                double w = segment.value() * scale;
                // Overlaid, the later segment (a part of the first) is drawn thinner inside it.
                int inset = overlay && k > 0 ? 4 : 0;
                if (w > 0) {
                    svg.append("<rect class=\"").append(segment.css()).append("\" x=\"").append(Fte.format(x))
                            .append("\" y=\"").append(y + 2 + inset).append("\" width=\"")
                            .append(Fte.format(Math.max(w, 1))).append("\" height=\"").append(18 - 2 * inset)
                            .append("\"/>\n");
                    if (!overlay && segment.label() != null && w >= 18) {
                        svg.append("<text class=\"in\" x=\"").append(Fte.format(x + w / 2)).append("\" y=\"")
                                .append(y + 15).append("\" text-anchor=\"middle\">").append(escape(segment.label()))
                                .append("</text>\n");
                    }
                }
                x = overlay ? labelWidth : x + w;
            }
            svg.append("<text class=\"value\" x=\"").append(labelWidth + plot + 8).append("\" y=\"").append(y + 16)
                    .append("\">").append(escape(bar.text())).append("</text>\n</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Text cut to {@code max} characters with an ellipsis; the full text goes in the element's title. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(1, max - 1);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }

    /**
     * The style sheet. Colours pass WCAG AA contrast for their text; every coloured cell also carries a
     * symbol and a word. Print: A4, colours kept, collapsed reasons expanded, a project per page.
     */
    static final String CSS = """
            :root { color-scheme: light; --ink: #1b1f24; --muted: #4d5561; --line: #c9ced6; --soft: #f3f5f8;
              --full-bg: #d5f0dc; --full-ink: #14532d; --part-bg: #fdebc4; --part-ink: #6b3d06;
              --none-bg: #fadcdc; --none-ink: #7f1d1d; --na-ink: #59616c;
              --critical: #9b1c1c; --major: #9a4a00; --minor: #3d4f66; --accent: #1f4e8c; }
            * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              color: var(--ink); background: #fff; line-height: 1.45; }
            body { max-width: 1200px; margin: 0 auto; padding: 24px 28px 48px; font-size: 15px; }
            h1, h2, h3, h4 { line-height: 1.25; margin: 1.4em 0 .5em; }
            h1 { font-size: 1.9em; margin-top: .2em; }
            header.report h1, header.report h2 { font-size: 1.9em; margin: .1em 0 .3em; border: none; padding: 0; }
            h2 { font-size: 1.45em; border-bottom: 2px solid var(--line); padding-bottom: .2em; }
            h3 { font-size: 1.15em; }
            h4 { font-size: 1em; }
            a { color: var(--accent); }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em;
              background: var(--soft); border: 1px solid #e1e5ea; border-radius: 3px; padding: 0 .3em; }
            .muted, .sub { color: var(--muted); }
            .sub { margin: -.3em 0 .8em; }
            .description { white-space: pre-line; max-width: 75ch; }
            .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
              white-space: nowrap; }
            header.report { border-bottom: 3px solid var(--accent); padding-bottom: .6em; margin-bottom: 1em; }
            .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .78em; color: var(--muted);
              margin: 0; }
            .profile { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .6em 0; }
            .profile dt { font-weight: 600; }
            .profile dd { margin: 0; }
            .tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 1em 0; padding: 0; list-style: none; }
            .tiles li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 120px; flex: 1 1 0;
              background: var(--soft); }
            .tiles .n { display: block; font-size: 1.6em; font-weight: 700; }
            .tiles .t { font-size: .85em; color: var(--muted); }
            .tiles .critical .n { color: var(--critical); }
            .tiles .major .n { color: var(--major); }
            .tiles .minor .n { color: var(--minor); }
            .meter { display: block; height: 6px; background: #e4e7ec; border-radius: 3px; margin-top: 4px; }
            .meter span { display: block; height: 6px; background: #2f7d4a; border-radius: 3px; }
            nav.jump { font-size: .9em; margin: .3em 0 1em; }
            nav.jump a { margin-right: 1em; }
            table { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; }
            caption { text-align: left; font-weight: 600; padding-bottom: .3em; caption-side: top; }
            th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
            thead th { background: #e9edf2; font-weight: 600; }
            th[scope=row] { background: #fafbfc; font-weight: 600; white-space: nowrap; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .scroll { overflow-x: auto; }
            .matrix td.cell { text-align: center; min-width: 64px; }
            .matrix td, .matrix tbody th { vertical-align: middle; }
            .matrix th small, .matrix td small { display: block; font-weight: 400; font-size: .8em; }
            .matrix tbody th small { color: var(--muted); }
            .matrix tr.recommended th { font-weight: 500; }
            .matrix thead th.member { min-width: 64px; max-width: 130px; }
            .full { background: var(--full-bg); color: var(--full-ink); }
            .partial { background: var(--part-bg); color: var(--part-ink); }
            .none { color: var(--na-ink); }
            .uncovered { background: var(--none-bg); color: var(--none-ink); font-weight: 600; }
            .status { white-space: nowrap; }
            .sym { font-weight: 700; }
            .legend { font-size: .85em; color: var(--muted); margin: .2em 0 .8em; }
            .legend > span { margin-right: 1.2em; white-space: nowrap; }
            .legend .key { display: inline-block; padding: 0 .4em; border-radius: 3px; border: 1px solid var(--line); }
            .heat td.lvl { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .heat .meets { background: var(--full-bg); color: var(--full-ink); }
            .heat .below { background: var(--part-bg); color: var(--part-ink); }
            .heat .absent { background: var(--none-bg); color: var(--none-ink); }
            .heatmaps { display: flex; flex-wrap: wrap; gap: 0 24px; align-items: flex-start; }
            .heatbox { flex: 1 1 440px; max-width: 100%; }
            .heatbox table { width: 100%; }
            .heat td.need { white-space: nowrap; }
            .heat td, .heat tbody th { vertical-align: middle; }
            .heat small.who { display: block; font-size: .78em; }
            .gaps { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 12px; }
            .gap { border: 1px solid var(--line); border-left: 6px solid var(--minor); border-radius: 6px;
              padding: 8px 12px; background: #fff; break-inside: avoid; }
            .gap.critical { border-left-color: var(--critical); }
            .gap.major { border-left-color: var(--major); }
            .gap h4, .gap h5 { margin: 0 0 .3em; font-size: .95em; }
            .gap p { margin: .3em 0; }
            .badge { display: inline-block; font-size: .75em; font-weight: 700; text-transform: uppercase;
              letter-spacing: .04em; color: #fff; background: var(--minor); border-radius: 3px; padding: 1px 6px;
              vertical-align: 1px; }
            .badge.critical { background: var(--critical); }
            .badge.major { background: var(--major); }
            .gap .n { color: var(--muted); font-weight: 400; }
            .suggestion { border-top: 1px dashed var(--line); padding-top: .3em; }
            details { margin: .3em 0; }
            summary { cursor: pointer; color: var(--accent); font-size: .9em; }
            ul.reasons { margin: .3em 0; padding-left: 1.1em; font-size: .86em; }
            ul.reasons li { margin: .25em 0; }
            .source { color: var(--muted); }
            .facts code { overflow-wrap: anywhere; }
            .roles-why details { border-bottom: 1px solid #e4e7ec; padding: .2em 0; }
            .roles-why summary { color: var(--ink); font-size: .95em; }
            nav.toc ol { padding-left: 2.4em; }
            nav.toc li { margin: .15em 0; }
            figure { margin: 1em 0 1.4em; break-inside: avoid; }
            figcaption { font-weight: 600; margin-bottom: .4em; }
            svg.chart { max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
            svg.chart .label, svg.chart .value { fill: var(--ink); }
            svg.chart .in { fill: #fff; font-weight: 700; font-size: 11px; }
            svg .need { fill: #fff; stroke: #3d4f66; stroke-width: 1.2; stroke-dasharray: 4 2; }
            svg .covered { fill: #2f7d4a; }
            svg .critical { fill: var(--critical); }
            svg .major { fill: var(--major); }
            svg .minor { fill: var(--minor); }
            svg .coverage { fill: #2f7d4a; }
            svg .track { fill: #e4e7ec; }
            svg text.in.minor, svg text.in.major, svg text.in.critical { fill: #fff; }
            .project { border-top: 4px solid var(--accent); margin-top: 2.5em; padding-top: .2em; }
            footer { margin-top: 3em; font-size: .85em; color: var(--muted); border-top: 1px solid var(--line);
              padding-top: .6em; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 9.5pt; }
              h2 { break-after: avoid; }
              h3, h4 { break-after: avoid; }
              tr, .gap, figure, .tiles, .heatbox { break-inside: avoid; }
              .project { break-before: page; border-top: none; margin-top: 0; }
              .scroll { overflow: visible; }
              a { color: inherit; text-decoration: none; }
              nav.jump { display: none; }
              details::details-content { content-visibility: visible; display: block; }
              summary { color: var(--ink); }
              .heatmaps, .gaps { display: block; }
              .gap { margin-bottom: 8px; }
              .matrix td.cell { min-width: 0; }
            }
            """;
}
